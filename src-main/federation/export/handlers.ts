import type { Handlers } from '../../core/dispatch.ts';
import { buildExportBundle } from './bundle.ts';
import type { exportContract } from './contract.ts';

export const exportHandlers: Handlers<typeof exportContract> = {
  'federation.export.preview': (period, { db, nowIso }) => {
    const generatedAt = nowIso();
    const bundle = buildExportBundle(db, period, generatedAt);
    return {
      ...bundle.period,
      schemaVersion: bundle.schemaVersion,
      threshold: bundle.threshold,
      generatedAt,
      fingerprint: bundle.fingerprint,
      files: bundle.files.map((file) => ({ ...file, bytes: Buffer.byteLength(file.content, 'utf8') })),
    };
  },
};
