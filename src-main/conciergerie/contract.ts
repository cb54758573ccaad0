import { catalogueContract } from './catalogue/contract.ts';
import { repairsContract } from './repairs/contract.ts';
import { membersContract } from './members/contract.ts';
import { tillContract } from './till/contract.ts';
import { servicesContract } from './services/contract.ts';
import { loansContract } from './loans/contract.ts';
import { holdsContract } from './holds/contract.ts';
import { counterContract } from './counter/contract.ts';

/** The conciergerie counter: catalogue, repairs, members and memberships, till, paid services, loans, holds. */
export const conciergerieContract = {
  ...catalogueContract,
  ...repairsContract,
  ...membersContract,
  ...tillContract,
  ...servicesContract,
  ...loansContract,
  ...holdsContract,
  ...counterContract,
};
