import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { categoryForRecord } from './categories.ts';
import type { CatalogueCopy, CatalogueItem } from './contract.ts';
import type { ItemFields } from './fields.ts';
import type { CopyCondition, CopyStatus, ItemKind } from './kinds.ts';
import { partsOfKits } from './kits.ts';
import { searchText } from './search-text.ts';
import { openLoansOf, readyHoldsOf } from './whereabouts.ts';

export interface Defaults {
  depositCents: number;
}

/** The columns of a record from its fields, checked against the database (category, ISBN already used). */
function itemColumns(db: SyncDb, fields: ItemFields, current: { id: number; category_id: number | null } | null, defaults: Defaults) {
  const categoryName = categoryForRecord(db, fields.categoryId, fields.kind, current?.category_id ?? null);
  const isbn = fields.kind === 'book' ? fields.isbn : null;
  if (isbn) {
    let twin = db.q.selectFrom('item').select(['id', 'title']).where('isbn', '=', isbn);
    if (current) twin = twin.where('id', '!=', current.id);
    const found = db.get(twin);
    if (found) throw invalidField('isbn', `Cet ISBN est déjà celui de « ${found.title} » : ajoutez plutôt des exemplaires à cette fiche.`);
  }
  return {
    kind: fields.kind,
    category_id: fields.categoryId,
    title: fields.title,
    author: fields.author,
    isbn,
    description: fields.description,
    conditions: fields.conditions,
    replacement_value_cents: fields.replacementValueCents,
    deposit_cents: fields.depositCents ?? defaults.depositCents,
    loan_days: fields.loanDays,
    search_text: searchText(fields.title, fields.author, isbn, categoryName),
  };
}

export function createItem(db: SyncDb, fields: ItemFields, defaults: Defaults, now: string): number {
  const columns = itemColumns(db, fields, null, defaults);
  return db.get(db.q.insertInto('item').values({ ...columns, created_at: now, updated_at: now }).returning('id'))!.id;
}

/**
 * A record changes kind only if kits stay whole: a kit with parts stays a kit, and a record whose copies are parts
 * of a kit cannot become a kit itself (a kit never holds a kit).
 */
function assertKindChange(db: SyncDb, id: number, from: string, to: ItemKind): void {
  if (from === to) return;
  const links = db.get(
    db.q
      .selectFrom('copy')
      .select([
        sql<number>`SUM(EXISTS (SELECT 1 FROM kit_part WHERE kit_part.kit_copy_id = copy.id))`.as('kits'),
        sql<number>`SUM(EXISTS (SELECT 1 FROM kit_part WHERE kit_part.part_copy_id = copy.id))`.as('parts'),
      ])
      .where('item_id', '=', id),
  );
  if (from === 'kit' && (links?.kits ?? 0) > 0) {
    throw invalidField('kind', 'Ce kit contient des pièces : retirez-les de chaque exemplaire avant de changer le type.');
  }
  if (to === 'kit' && (links?.parts ?? 0) > 0) {
    throw invalidField('kind', 'Des exemplaires de cette fiche font partie d’un kit : une fiche de type « Kit » ne peut pas en être une pièce.');
  }
}

export function updateItem(db: SyncDb, id: number, fields: ItemFields, defaults: Defaults, now: string): void {
  const current = db.get(db.q.selectFrom('item').select(['id', 'kind', 'category_id']).where('id', '=', id));
  if (!current) throw notFound('Fiche du catalogue');
  assertKindChange(db, id, current.kind, fields.kind);
  db.run(db.q.updateTable('item').set({ ...itemColumns(db, fields, current, defaults), updated_at: now }).where('id', '=', id));
}

/** A record's copies as its page shows them: status, who has it and until when, kit links. Retired ones last. */
function copiesOf(db: SyncDb, itemId: number, kind: string): CatalogueCopy[] {
  const rows = db.all(
    db.q
      .selectFrom('copy')
      .leftJoin('kit_part', 'kit_part.part_copy_id', 'copy.id')
      .leftJoin('copy as kit', 'kit.id', 'kit_part.kit_copy_id')
      .selectAll('copy')
      .select(['kit.id as kit_id', 'kit.barcode as kit_barcode'])
      .where('copy.item_id', '=', itemId)
      .orderBy(sql`copy.status = 'retired'`)
      .orderBy('copy.barcode'),
  );
  const ids = rows.map((row) => row.id);
  // A part lent with its kit has no loan of its own: the kit's says until when, and to whom.
  const loans = openLoansOf(db, [...ids, ...rows.flatMap((row) => (row.kit_id === null ? [] : [row.kit_id]))]);
  const holds = readyHoldsOf(db, ids);
  const parts = kind === 'kit' ? partsOfKits(db, ids) : new Map();
  return rows.map((row) => {
    const loan = loans.get(row.id) ?? (row.status === 'on_loan' && row.kit_id !== null ? loans.get(row.kit_id) : undefined);
    return {
      id: row.id,
      barcode: row.barcode,
      condition: row.condition as CopyCondition,
      status: row.status as CopyStatus,
      notes: row.notes,
      acquiredOn: row.acquired_on,
      createdAt: row.created_at,
      loan: loan ? { dueOn: loan.dueOn, memberNumber: loan.member.number } : null,
      heldFor: holds.get(row.id)?.number ?? null,
      kit: row.kit_id !== null && row.kit_barcode !== null ? { copyId: row.kit_id, barcode: row.kit_barcode } : null,
      parts: parts.get(row.id) ?? [],
    };
  });
}

export function getItem(db: SyncDb, id: number): CatalogueItem {
  const row = db.get(
    db.q
      .selectFrom('item')
      .leftJoin('item_category', 'item_category.id', 'item.category_id')
      .leftJoin('item_photo', 'item_photo.item_id', 'item.id')
      .selectAll('item')
      .select(['item_category.name as category_name', 'item_photo.item_id as photo_item_id'])
      .where('item.id', '=', id),
  );
  if (!row) throw notFound('Fiche du catalogue');
  return {
    id: row.id,
    kind: row.kind as ItemKind,
    categoryId: row.category_id,
    categoryName: row.category_name,
    title: row.title,
    author: row.author,
    isbn: row.isbn,
    description: row.description,
    conditions: row.conditions,
    replacementValueCents: row.replacement_value_cents,
    depositCents: row.deposit_cents,
    loanDays: row.loan_days,
    hasPhoto: row.photo_item_id !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    copies: copiesOf(db, id, row.kind),
  };
}

/** One copy as the record page shows it (after an edit of that copy). */
export function getCopy(db: SyncDb, copyId: number): CatalogueCopy {
  const row = db.get(db.q.selectFrom('copy').innerJoin('item', 'item.id', 'copy.item_id').select(['item.id', 'item.kind']).where('copy.id', '=', copyId));
  if (!row) throw notFound('Exemplaire');
  return copiesOf(db, row.id, row.kind).find((copy) => copy.id === copyId)!;
}
