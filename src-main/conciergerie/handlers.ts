import type { Handlers } from '../core/dispatch.ts';
import type { conciergerieContract } from './contract.ts';
import { catalogueHandlers } from './catalogue/handlers.ts';
import { repairsHandlers } from './repairs/handlers.ts';
import { membersHandlers } from './members/handlers.ts';
import { tillHandlers } from './till/handlers.ts';
import { servicesHandlers } from './services/handlers.ts';
import { loansHandlers } from './loans/handlers.ts';
import { holdsHandlers } from './holds/handlers.ts';
import { counterHandlers } from './counter/handlers.ts';

export const conciergerieHandlers: Handlers<typeof conciergerieContract> = {
  ...catalogueHandlers,
  ...repairsHandlers,
  ...membersHandlers,
  ...tillHandlers,
  ...servicesHandlers,
  ...loansHandlers,
  ...holdsHandlers,
  ...counterHandlers,
};
