import type { SyncDb } from '../../../db/query.ts';

/** One file of an export, exactly as it leaves the office (UTF-8 text). */
export interface ExportFile {
  name: string;
  mediaType: string;
  content: string;
  /** SHA-256 of content's UTF-8 bytes, hexadecimal. */
  sha256: string;
}

export interface ExportPeriod {
  from: string;
  to: string;
}

/** The files of one export: indicators JSON and CSV, the French description, and the manifest naming their hashes. */
export interface ExportBundle {
  schemaVersion: string;
  period: ExportPeriod;
  threshold: number;
  files: ExportFile[];
  /** SHA-256 of the manifest: the preview shows it, sending checks the figures have not changed since. */
  fingerprint: string;
}

/** Builds the anonymised export of a period from the office's database (owner: the export part). */
export function buildExportBundle(_db: SyncDb, _period: ExportPeriod, _generatedAt: string): ExportBundle {
  throw new Error('buildExportBundle: not written yet');
}
