import type { Handlers } from '../core/dispatch.ts';
import type { diagnosticsContract } from './contract.ts';
import { buildDiagnosticsReport } from './report.ts';

export const diagnosticsHandlers: Handlers<typeof diagnosticsContract> = {
  'system.diagnostics': (_input, ctx) => ({ text: buildDiagnosticsReport(ctx) }),
};
