import type { SyncDb } from '../../../db/query.ts';
import { foldText } from '../../shared/text.ts';

/** The folded text the search reads: title, author, ISBN and category (copy barcodes are searched in their table). */
export function searchText(title: string, author: string, isbn: string | null, categoryName: string): string {
  return foldText([title, author, isbn ?? '', categoryName].join(' '));
}

/** Recomputes the search text of a category's records after it is renamed. */
export function refreshCategorySearchText(db: SyncDb, categoryId: number, categoryName: string): void {
  const rows = db.all(db.q.selectFrom('item').select(['id', 'title', 'author', 'isbn']).where('category_id', '=', categoryId));
  for (const row of rows) {
    db.run(db.q.updateTable('item').set({ search_text: searchText(row.title, row.author, row.isbn, categoryName) }).where('id', '=', row.id));
  }
}
