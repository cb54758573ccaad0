import type { Handlers } from './core/dispatch.ts';
import type { AppContract } from './contract.ts';
import { backupsHandlers } from './backups/handlers.ts';
import { auditHandlers } from './audit/handlers.ts';
import { authHandlers } from './auth/handlers.ts';
import { diagnosticsHandlers } from './diagnostics/handlers.ts';
import { recoveryHandlers } from './recovery/handlers.ts';
import { residencesHandlers } from './residences/handlers.ts';
import { householdsHandlers } from './households/handlers.ts';
import { privacyHandlers } from './privacy/handlers.ts';
import { skillsHandlers } from './skills/handlers.ts';
import { followupHandlers } from './followup/handlers.ts';
import { exchangeHandlers } from './exchange/handlers.ts';
import { conciergerieHandlers } from './conciergerie/handlers.ts';
import { clubHandlers } from './club/handlers.ts';
import { agendaHandlers } from './agenda/handlers.ts';
import { federationHandlers } from './federation/handlers.ts';
import { importsHandlers } from './imports/handlers.ts';
import { settingsHandlers } from './settings/handlers.ts';
import { staffHandlers } from './staff/handlers.ts';
import { updatesHandlers } from './updates/handlers.ts';
import { systemHandlers } from './system/handlers.ts';

export const handlers: Handlers<AppContract> = {
  ...systemHandlers,
  ...authHandlers,
  ...staffHandlers,
  ...auditHandlers,
  ...residencesHandlers,
  ...householdsHandlers,
  ...privacyHandlers,
  ...skillsHandlers,
  ...followupHandlers,
  ...exchangeHandlers,
  ...conciergerieHandlers,
  ...clubHandlers,
  ...agendaHandlers,
  ...federationHandlers,
  ...importsHandlers,
  ...backupsHandlers,
  ...diagnosticsHandlers,
  ...recoveryHandlers,
  ...updatesHandlers,
  ...settingsHandlers,
};
