import { z } from 'zod';
import { method } from '../core/contract.ts';
import { IMPORT_TARGETS } from './targets.ts';

/** 20 Mo once decoded is about 28 million base64 characters: the schema stops anything much larger early. */
const MAX_BASE64 = 32_000_000;
const TOO_HEAVY = 'Le fichier dépasse 20 Mo : exportez moins de colonnes ou découpez-le en plusieurs fichiers.';

const file = z.object({
  name: z.string({ error: 'Nom de fichier manquant.' }).trim().min(1, { error: 'Nom de fichier manquant.' }).max(255),
  base64: z
    .string({ error: 'Choisissez un fichier.' })
    .min(1, { error: 'Choisissez un fichier.' })
    .max(MAX_BASE64, { error: TOO_HEAVY }),
});

export const mappingSchema = z.partialRecord(
  z.enum(IMPORT_TARGETS),
  z.number({ error: 'Colonne invalide.' }).int().min(0).max(199).nullable(),
);

const counts = z.object({ total: z.number(), new: z.number(), updated: z.number(), unchanged: z.number(), rejected: z.number() });
const householdCounts = z.object({ created: z.number(), updated: z.number(), moved: z.number(), vacated: z.number() });
const report = z.object({ fileName: z.string(), csv: z.string() }).nullable();

const previewRow = z.object({
  line: z.number(),
  status: z.enum(['new', 'updated', 'unchanged', 'rejected']),
  /** The file's text for each mapped field. */
  values: z.partialRecord(z.enum(IMPORT_TARGETS), z.string()),
  problems: z.array(z.object({ column: z.string(), message: z.string() })),
});

const fileDescription = z.object({
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  encoding: z.enum(['utf-8-bom', 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be']).nullable(),
  separator: z.enum([';', ',', '\t', '|']).nullable(),
  headers: z.array(z.string()),
  rowCount: z.number(),
});

/** How many rows the preview shows; every row is checked and counted all the same. */
export const PREVIEW_ROWS = 100;
export const PREVIEW_REJECTED = 500;

const importing = { module: 'households', right: 'write' } as const;

export const importsContract = {
  /** Reads the file: its format, its columns, a few rows, and the mapping remembered for these headers or guessed. */
  'imports.analyse': method({
    ...importing,
    kind: 'read',
    input: z.object({ file }),
    output: fileDescription.extend({
      samples: z.array(z.array(z.string())),
      mapping: mappingSchema,
      mappingSource: z.enum(['memory', 'guess']),
    }),
  }),
  /** Remembers the mapping chosen for files with these headers. */
  'imports.saveMapping': method({
    ...importing,
    kind: 'write',
    input: z.object({ headers: z.array(z.string().max(500)).min(1).max(200), mapping: mappingSchema }),
    output: z.object({ saved: z.boolean() }),
  }),
  /** Checks every row and tells what the import would do; writes nothing. */
  'imports.preview': method({
    ...importing,
    kind: 'read',
    input: z.object({ file, mapping: mappingSchema }),
    output: fileDescription.extend({
      counts,
      households: householdCounts,
      sample: z.array(previewRow),
      rejected: z.array(previewRow),
      report,
    }),
  }),
  /**
   * Imports the accepted rows: a backup first ('avant-import'), then one transaction for all of them (all or
   * nothing). Matching on the landlord's ids makes a second import of the same file change nothing.
   */
  'imports.commit': method({
    ...importing,
    kind: 'action',
    input: z.object({ file, mapping: mappingSchema }),
    output: z.object({ counts, households: householdCounts, backup: z.string().nullable(), report }),
  }),
};

export type ImportPreview = z.output<(typeof importsContract)['imports.preview']['output']>;
export type ImportAnalysis = z.output<(typeof importsContract)['imports.analyse']['output']>;
export type ImportResult = z.output<(typeof importsContract)['imports.commit']['output']>;
export type PreviewRow = z.output<typeof previewRow>;
