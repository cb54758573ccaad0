import type { Contract } from './core/contract.ts';
import { backupsContract } from './backups/contract.ts';
import { auditContract } from './audit/contract.ts';
import { authContract } from './auth/contract.ts';
import { recoveryContract } from './recovery/contract.ts';
import { diagnosticsContract } from './diagnostics/contract.ts';
import { residencesContract } from './residences/contract.ts';
import { householdsContract } from './households/contract.ts';
import { privacyContract } from './privacy/contract.ts';
import { skillsContract } from './skills/contract.ts';
import { followupContract } from './followup/contract.ts';
import { exchangeContract } from './exchange/contract.ts';
import { conciergerieContract } from './conciergerie/contract.ts';
import { clubContract } from './club/contract.ts';
import { agendaContract } from './agenda/contract.ts';
import { federationContract } from './federation/contract.ts';
import { importsContract } from './imports/contract.ts';
import { settingsContract } from './settings/contract.ts';
import { staffContract } from './staff/contract.ts';
import { updatesContract } from './updates/contract.ts';
import { systemContract } from './system/contract.ts';

/** Every method of the backend: the one contract shared by main, preload, renderer and tests. */
export const contract = {
  ...systemContract,
  ...authContract,
  ...staffContract,
  ...auditContract,
  ...residencesContract,
  ...householdsContract,
  ...privacyContract,
  ...skillsContract,
  ...followupContract,
  ...exchangeContract,
  ...conciergerieContract,
  ...clubContract,
  ...agendaContract,
  ...federationContract,
  ...importsContract,
  ...backupsContract,
  ...diagnosticsContract,
  ...recoveryContract,
  ...updatesContract,
  ...settingsContract,
} satisfies Contract;

export type AppContract = typeof contract;
export type MethodName = keyof AppContract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
