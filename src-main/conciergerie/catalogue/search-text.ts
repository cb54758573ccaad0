import type { SyncDb } from '../../../db/query.ts';
import { foldText } from '../../shared/text.ts';

/** The folded text the search reads: title, author, ISBN and category (copy barcodes are searched in their table). */
export function searchText(title: string, author: string, isbn: string | null, categoryName: string): string {
  return foldText([title, author, isbn ?? '', categoryName].join(' '));
}

/** Recomputes the search text of records whose category changed name. */
export function refreshSearchText(db: SyncDb, itemIds: readonly number[]): void {
  for (const id of itemIds) {
    const row = db.get(
      db.q
        .selectFrom('item')
        .leftJoin('item_category', 'item_category.id', 'item.category_id')
        .select(['item.title', 'item.author', 'item.isbn', 'item_category.name'])
        .where('item.id', '=', id),
    );
    if (row) db.run(db.q.updateTable('item').set({ search_text: searchText(row.title, row.author, row.isbn, row.name ?? '') }).where('id', '=', id));
  }
}
