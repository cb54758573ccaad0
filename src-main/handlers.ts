import type { Handlers } from './core/dispatch.ts';
import type { AppContract } from './contract.ts';
import { backupsHandlers } from './backups/handlers.ts';
import { auditHandlers } from './audit/handlers.ts';
import { authHandlers } from './auth/handlers.ts';
import { diagnosticsHandlers } from './diagnostics/handlers.ts';
import { recoveryHandlers } from './recovery/handlers.ts';
import { residencesHandlers } from './residences/handlers.ts';
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
  ...backupsHandlers,
  ...diagnosticsHandlers,
  ...recoveryHandlers,
  ...updatesHandlers,
  ...settingsHandlers,
};
