import { basename } from 'node:path';
import { takeAndRotate } from '../backups/service.ts';
import type { HandlerContext } from '../core/context.ts';
import type { Handlers } from '../core/dispatch.ts';
import { AppError, invalidField } from '../core/errors.ts';
import { localToday } from '../shared/days.ts';
import { applyPlan } from './apply.ts';
import { type ImportPreview, importsContract, PREVIEW_REJECTED, PREVIEW_ROWS, type PreviewRow } from './contract.ts';
import { cleanMapping, rememberedMapping, rememberMapping } from './memory.ts';
import { type ImportPlan, type PlannedRow, planImport } from './plan.ts';
import { decodeFile, type RawTable, readImportFile } from './read-file.ts';
import { columnOf, rejectedRowsCsv, reportFileName } from './report.ts';
import { guessMapping, type ImportMapping, IMPORT_TARGETS, REQUIRED_TARGETS, TARGET_LABELS } from './targets.ts';

type FileInput = { name: string; base64: string };

async function readTable(file: FileInput): Promise<RawTable> {
  return readImportFile(file.name, decodeFile(file.base64));
}

function describe(file: FileInput, table: RawTable) {
  return {
    fileName: basename(file.name),
    format: table.format,
    encoding: table.encoding,
    separator: table.separator,
    headers: table.headers,
    rowCount: table.rows.length,
  };
}

/** The mapping, limited to the file's columns; refused when a required field has no column. */
function checkedMapping(mapping: ImportMapping, table: RawTable): ImportMapping {
  const clean = cleanMapping(mapping, table.headers.length);
  const missing = REQUIRED_TARGETS.filter((target) => clean[target] === undefined);
  if (missing.length > 0) {
    const issues = missing.map((target) => ({ path: `mapping.${target}`, message: `Choisissez la colonne « ${TARGET_LABELS[target]} ».` }));
    throw new AppError('VALIDATION', issues.map((issue) => issue.message).join(' '), issues);
  }
  if (clean.dwellingInternalId === undefined && clean.dwellingRplsId === undefined && clean.addressLine === undefined) {
    throw invalidField(
      'mapping.dwellingInternalId',
      'Choisissez la colonne du logement (identifiant interne ou RPLS) ; pour des foyers non locataires, celle de leur adresse.',
    );
  }
  return clean;
}

function previewRow(table: RawTable, mapping: ImportMapping, row: PlannedRow): PreviewRow {
  const values: PreviewRow['values'] = {};
  for (const target of IMPORT_TARGETS) {
    const index = mapping[target];
    if (index !== undefined && index !== null) values[target] = row.cells[index] ?? '';
  }
  return {
    line: row.line,
    status: row.status,
    values,
    problems: row.issues.map((issue) => ({ column: columnOf(table.headers, mapping, issue.target), message: issue.message })),
  };
}

function report(file: FileInput, table: RawTable, mapping: ImportMapping, plan: ImportPlan, today: string) {
  const csv = rejectedRowsCsv(table, mapping, plan.rows);
  return csv === null ? null : { fileName: reportFileName(basename(file.name), today), csv };
}

const today = (ctx: HandlerContext) => localToday(ctx.clock.now());

export const importsHandlers: Handlers<typeof importsContract> = {
  'imports.analyse': async ({ file }, ctx) => {
    const table = await readTable(file);
    const remembered = rememberedMapping(ctx.db, table.headers);
    return {
      ...describe(file, table),
      samples: table.rows.slice(0, 5).map((row) => row.cells),
      mapping: remembered ?? guessMapping(table.headers),
      mappingSource: remembered ? 'memory' : 'guess',
    };
  },

  'imports.saveMapping': ({ headers, mapping }, { db, nowIso }) => {
    rememberMapping(db, headers, mapping, nowIso());
    return { saved: true };
  },

  'imports.preview': async ({ file, mapping }, ctx): Promise<ImportPreview> => {
    const table = await readTable(file);
    const clean = checkedMapping(mapping, table);
    const plan = planImport(ctx.db, table, clean, ctx.clock.now());
    return {
      ...describe(file, table),
      counts: plan.counts,
      households: plan.householdCounts,
      sample: plan.rows.slice(0, PREVIEW_ROWS).map((row) => previewRow(table, clean, row)),
      rejected: plan.rows
        .filter((row) => row.status === 'rejected')
        .slice(0, PREVIEW_REJECTED)
        .map((row) => previewRow(table, clean, row)),
      report: report(file, table, clean, plan, today(ctx)),
    };
  },

  'imports.commit': async ({ file, mapping }, ctx) => {
    const table = await readTable(file);
    const clean = checkedMapping(mapping, table);
    const before = planImport(ctx.db, table, clean, ctx.clock.now());
    if (before.counts.new + before.counts.updated + before.counts.unchanged === 0) {
      throw new AppError('CONFLICT', "Aucune ligne n'est valable : rien n'a été importé. Corrigez le fichier à l'aide du rapport des lignes refusées.");
    }
    // Nothing to write, nothing to protect: a backup only when the import changes something.
    let backup: string | null = null;
    if (before.counts.new + before.counts.updated > 0) {
      try {
        backup = basename(takeAndRotate(ctx, 'avant-import').file);
      } catch {
        throw new AppError('CONFLICT', "La sauvegarde avant import a échoué : l'import n'a pas été lancé. Vérifiez l'espace disque, puis réessayez.");
      }
    }
    // Computed again inside the transaction: what is written matches the database at that very moment.
    let plan: ImportPlan;
    try {
      plan = ctx.db.transaction(() => {
        const now = ctx.clock.now();
        const planned = planImport(ctx.db, table, clean, now);
        applyPlan(ctx.db, planned, ctx.nowIso(), localToday(now));
        rememberMapping(ctx.db, table.headers, clean, ctx.nowIso());
        return planned;
      });
    } catch (error) {
      // The SQLite message (a constraint's name), not the row: the log never holds personal data.
      if (error instanceof AppError && error.cause instanceof Error) ctx.logger.error('import rolled back', { error: error.cause.message.slice(0, 200) });
      throw error;
    }
    return { counts: plan.counts, households: plan.householdCounts, backup, report: report(file, table, clean, plan, today(ctx)) };
  },
};
