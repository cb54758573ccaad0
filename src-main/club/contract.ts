import { budgetContract } from './budget/contract.ts';
import { contractsContract } from './contracts/contract.ts';
import { feesContract } from './fees/contract.ts';
import { mailingContract } from './mailing/contract.ts';
import { offersContract } from './offers/contract.ts';
import { partnersContract } from './partners/contract.ts';
import { savingsContract } from './savings/contract.ts';
import { clubSettingsContract } from './settings/contract.ts';

/**
 * Methods of the tenants' club (module 'club'): partners and the exclusivity per trade, their fees, offers,
 * households' contracts and the savings ledger, the club's budget book, mailing lists, the club's rules.
 */
export const clubContract = {
  ...partnersContract,
  ...feesContract,
  ...offersContract,
  ...contractsContract,
  ...savingsContract,
  ...budgetContract,
  ...mailingContract,
  ...clubSettingsContract,
};
