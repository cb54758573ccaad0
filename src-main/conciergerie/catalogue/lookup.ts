import type { InferResult } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { CopyCondition, CopyStatus, ItemKind } from './kinds.ts';
import { normaliseBarcode } from './barcodes.ts';

/** A copy as the counter, loans and repairs need it: its own state and what its record says about lending it. */
export interface CopyWithItem {
  id: number;
  barcode: string;
  condition: CopyCondition;
  status: CopyStatus;
  notes: string;
  item: {
    id: number;
    kind: ItemKind;
    title: string;
    author: string;
    /** Printed on the loan form. */
    conditions: string;
    replacementValueCents: number;
    depositCents: number;
    /** null: the counter's default loan length. */
    loanDays: number | null;
  };
}

function copyQuery(db: SyncDb) {
  return db.q
    .selectFrom('copy')
    .innerJoin('item', 'item.id', 'copy.item_id')
    .select([
      'copy.id',
      'copy.barcode',
      'copy.condition',
      'copy.status',
      'copy.notes',
      'item.id as item_id',
      'item.kind',
      'item.title',
      'item.author',
      'item.conditions',
      'item.replacement_value_cents',
      'item.deposit_cents',
      'item.loan_days',
    ]);
}

type CopyRow = InferResult<ReturnType<typeof copyQuery>>[number];

function toCopyWithItem(row: CopyRow): CopyWithItem {
  return {
    id: row.id,
    barcode: row.barcode,
    condition: row.condition as CopyCondition,
    status: row.status as CopyStatus,
    notes: row.notes,
    item: {
      id: row.item_id,
      kind: row.kind as ItemKind,
      title: row.title,
      author: row.author,
      conditions: row.conditions,
      replacementValueCents: row.replacement_value_cents,
      depositCents: row.deposit_cents,
      loanDays: row.loan_days,
    },
  };
}

/** The copy a scanner read (trimmed, case-insensitive), with its record; undefined when no copy has that barcode. */
export function findCopyByBarcode(db: SyncDb, code: string): CopyWithItem | undefined {
  const barcode = normaliseBarcode(code);
  if (barcode === '') return undefined;
  const row = db.get(copyQuery(db).where('copy.barcode', '=', barcode));
  return row && toCopyWithItem(row);
}

/** The same, by the copy's id. */
export function findCopyById(db: SyncDb, id: number): CopyWithItem | undefined {
  const row = db.get(copyQuery(db).where('copy.id', '=', id));
  return row && toCopyWithItem(row);
}
