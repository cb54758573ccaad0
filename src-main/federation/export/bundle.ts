import { createHash } from 'node:crypto';
import type { SyncDb } from '../../../db/query.ts';
import { wallClockNow } from '../../agenda/registrations/event.ts';
import { AppError, invalidField } from '../../core/errors.ts';
import { todayIso } from '../../shared/days.ts';
import { federationSettings, officeSettings } from '../../settings/store.ts';
import { APP_VERSION } from '../../version.ts';
import { indicatorsCsv } from './csv.ts';
import { exportGroups, indicatorTables, type IndicatorsDocument } from './document.ts';
import { assertValidIndicators, DESCRIPTION_FILE, formatFile, SCHEMA_FILE, SCHEMA_VERSION } from './format-files.ts';
import { INDICATORS, ROUNDING_EUROS } from './indicators.ts';
import type { GroupFigure } from './figures.ts';
import { indicatorFigures } from './queries.ts';

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

export const MANIFEST_FILE = 'manifeste.json';
const INDICATORS_JSON = 'indicateurs.json';
const INDICATORS_CSV = 'indicateurs.csv';

/** Longest period one export covers. */
const MAX_PERIOD_YEARS = 5;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const file = (name: string, mediaType: string, content: string): ExportFile => ({ name, mediaType, content, sha256: sha256(content) });

function checkPeriod({ from, to }: ExportPeriod): void {
  if (from > to) throw invalidField('to', 'La fin de la période doit être le même jour que son début ou après.');
  const longest = `${Number(from.slice(0, 4)) + MAX_PERIOD_YEARS}${from.slice(4)}`;
  if (to >= longest) throw invalidField('to', `Une période d’export couvre au plus ${MAX_PERIOD_YEARS} ans : raccourcissez-la.`);
}

/** The anonymised indicators of a period, with secrecy applied, checked against the published schema. */
function indicatorsDocument(db: SyncDb, period: ExportPeriod, generatedAt: string): IndicatorsDocument {
  checkPeriod(period);
  const office = officeSettings(db);
  if (office.name === '') {
    throw new AppError('CONFLICT', 'Le nom du bureau n’est pas renseigné : indiquez-le dans Paramètres › Bureau (avec son SIREN) avant de préparer l’export.');
  }
  const threshold = federationSettings(db).suppressionThreshold;
  // The office's wall-clock day and minute at `generatedAt` (agenda times are local, without offset).
  const at = { now: () => new Date(generatedAt) };
  const figures = indicatorFigures(db, period, wallClockNow(at), todayIso(at));
  const groups = exportGroups(db, period, ([] as GroupFigure[]).concat(...figures.values()));
  const document: IndicatorsDocument = {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'Voisinage', version: APP_VERSION },
    generatedAt,
    period: { from: period.from, to: period.to },
    office: { name: office.name, siren: office.siren },
    suppression: { threshold, roundingEuros: ROUNDING_EUROS },
    groups,
    indicators: INDICATORS.map((definition) => indicatorTables(definition, figures.get(definition.id) ?? [], groups, threshold)),
  };
  assertValidIndicators(document);
  return document;
}

/** Builds the anonymised export of a period from the office's database (owner: the export part). */
export function buildExportBundle(db: SyncDb, period: ExportPeriod, generatedAt: string): ExportBundle {
  const document = indicatorsDocument(db, period, generatedAt);
  const files = [
    file(INDICATORS_JSON, 'application/json', `${JSON.stringify(document, null, 2)}\n`),
    file(INDICATORS_CSV, 'text/csv', indicatorsCsv(document)),
    file(DESCRIPTION_FILE, 'text/markdown', formatFile(DESCRIPTION_FILE)),
    file(SCHEMA_FILE, 'application/schema+json', formatFile(SCHEMA_FILE)),
  ];
  const manifest = {
    schemaVersion: SCHEMA_VERSION,
    generator: document.generator,
    generatedAt,
    period: document.period,
    office: document.office,
    threshold: document.suppression.threshold,
    files: files.map(({ name, mediaType, content, sha256: hash }) => ({ name, mediaType, bytes: Buffer.byteLength(content, 'utf8'), sha256: hash })),
  };
  const manifestFile = file(MANIFEST_FILE, 'application/json', `${JSON.stringify(manifest, null, 2)}\n`);
  return {
    schemaVersion: SCHEMA_VERSION,
    period: document.period,
    threshold: document.suppression.threshold,
    files: [...files, manifestFile],
    fingerprint: manifestFile.sha256,
  };
}
