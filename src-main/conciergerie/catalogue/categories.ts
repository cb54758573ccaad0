import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { foldText } from '../../shared/text.ts';
import type { CatalogueCategory } from './contract.ts';
import { ITEM_KIND_LABELS, type ItemKind } from './kinds.ts';
import { refreshCategorySearchText } from './search-text.ts';

/* Categories, one list per kind of record (Bricolage for objects, Romans for books…). */

const itemCount = sql<number>`(SELECT COUNT(*) FROM item WHERE item.category_id = item_category.id)`;

function categoryQuery(db: SyncDb) {
  return db.q.selectFrom('item_category').select(['id', 'kind', 'name', 'archived_at', itemCount.as('item_count')]);
}

type CategoryRow = NonNullable<ReturnType<typeof rowOf>>;
const rowOf = (db: SyncDb, id: number) => db.get(categoryQuery(db).where('id', '=', id));

const toCategory = (row: CategoryRow): CatalogueCategory => ({
  id: row.id,
  kind: row.kind as ItemKind,
  name: row.name,
  archived: row.archived_at !== null,
  itemCount: row.item_count,
});

export function listCategories(db: SyncDb, kind: ItemKind | null, includeArchived: boolean): CatalogueCategory[] {
  let query = categoryQuery(db);
  if (kind) query = query.where('kind', '=', kind);
  if (!includeArchived) query = query.where('archived_at', 'is', null);
  return db
    .all(query)
    .map(toCategory)
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }));
}

function getCategory(db: SyncDb, id: number): CatalogueCategory {
  const row = rowOf(db, id);
  if (!row) throw notFound('Catégorie');
  return toCategory(row);
}

/** Two categories of a kind may not differ only by case or accents ("Cuisine" and "cuisine"). */
function assertNameFree(db: SyncDb, kind: string, name: string, exceptId: number | null): void {
  const folded = foldText(name);
  const clash = db
    .all(db.q.selectFrom('item_category').select(['id', 'name']).where('kind', '=', kind))
    .find((row) => row.id !== exceptId && foldText(row.name) === folded);
  if (clash) {
    throw invalidField('name', `La catégorie « ${clash.name} » existe déjà pour le type « ${ITEM_KIND_LABELS[kind as ItemKind]} ».`);
  }
}

export function createCategory(db: SyncDb, kind: ItemKind, name: string, now: string): CatalogueCategory {
  assertNameFree(db, kind, name, null);
  const { id } = db.get(db.q.insertInto('item_category').values({ kind, name, created_at: now }).returning('id'))!;
  return getCategory(db, id);
}

/** Renames a category; the search text of its records follows. */
export function renameCategory(db: SyncDb, id: number, name: string): CatalogueCategory {
  const current = getCategory(db, id);
  assertNameFree(db, current.kind, name, id);
  db.run(db.q.updateTable('item_category').set({ name }).where('id', '=', id));
  refreshCategorySearchText(db, id, name);
  return getCategory(db, id);
}

export function setCategoryArchived(db: SyncDb, id: number, archived: boolean, now: string): CatalogueCategory {
  getCategory(db, id);
  db.run(db.q.updateTable('item_category').set({ archived_at: archived ? now : null }).where('id', '=', id));
  return getCategory(db, id);
}

/**
 * The category given for a record of that kind: it must be of the same kind, and not archived unless the record
 * already had it. Returns its name (for the search text).
 */
export function categoryForRecord(db: SyncDb, categoryId: number | null, kind: ItemKind, currentCategoryId: number | null): string {
  if (categoryId === null) return '';
  const row = db.get(db.q.selectFrom('item_category').select(['kind', 'name', 'archived_at']).where('id', '=', categoryId));
  if (!row) throw invalidField('categoryId', 'Catégorie introuvable : choisissez-en une dans la liste.');
  if (row.kind !== kind) {
    throw invalidField('categoryId', `La catégorie « ${row.name} » est du type « ${ITEM_KIND_LABELS[row.kind as ItemKind]} », pas « ${ITEM_KIND_LABELS[kind]} » : choisissez-en une autre.`);
  }
  if (row.archived_at && categoryId !== currentCategoryId) {
    throw invalidField('categoryId', `La catégorie « ${row.name} » est archivée : choisissez-en une autre, ou rétablissez-la.`);
  }
  return row.name;
}
