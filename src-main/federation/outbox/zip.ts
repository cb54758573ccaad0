import { strToU8, type Zippable, zipSync } from 'fflate';
import type { ExportFile } from '../export/bundle.ts';

/** The files of an export in one .zip, under a folder named after the period; fixed dates keep it reproducible. */
export function zipExport(files: ExportFile[], period: { from: string; to: string }): { fileName: string; base64: string } {
  const folder = `federation-${period.from}-${period.to}`;
  const mtime = new Date('2000-01-01T00:00:00Z');
  const entries: Zippable = Object.fromEntries(files.map((file) => [`${folder}/${file.name}`, [strToU8(file.content), { mtime }]]));
  return { fileName: `${folder}.zip`, base64: Buffer.from(zipSync(entries)).toString('base64') };
}
