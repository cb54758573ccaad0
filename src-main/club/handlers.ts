import type { Handlers } from '../core/dispatch.ts';
import { registerPrivacyParticipant } from '../privacy/registry.ts';
import { budgetHandlers } from './budget/handlers.ts';
import type { clubContract } from './contract.ts';
import { contractsHandlers } from './contracts/handlers.ts';
import { feesHandlers } from './fees/handlers.ts';
import { mailingHandlers } from './mailing/handlers.ts';
import { offersHandlers } from './offers/handlers.ts';
import { partnersHandlers } from './partners/handlers.ts';
import { clubPrivacyParticipant } from './privacy-participant.ts';
import { savingsHandlers } from './savings/handlers.ts';
import { clubSettingsHandlers } from './settings/handlers.ts';

registerPrivacyParticipant(clubPrivacyParticipant);

export const clubHandlers: Handlers<typeof clubContract> = {
  ...partnersHandlers,
  ...feesHandlers,
  ...offersHandlers,
  ...contractsHandlers,
  ...savingsHandlers,
  ...budgetHandlers,
  ...mailingHandlers,
  ...clubSettingsHandlers,
};
