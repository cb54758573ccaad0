import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { escapeLike, searchWords } from '../../shared/text.ts';
import type { CatalogueSearchRow } from './contract.ts';
import { parseIsbn } from './isbn.ts';
import type { CopyStatus, ItemKind } from './kinds.ts';

interface CatalogueQuery {
  query: string;
  kind: ItemKind | null;
  categoryId: number | null;
  status: CopyStatus | null;
  offset: number;
  limit: number;
}

/**
 * A word as the search text holds it: an ISBN typed with hyphens, or as an ISBN-10, becomes the 13 digits stored.
 */
function searchableWord(word: string): string {
  if (!/^[\dx-]+$/.test(word)) return word;
  const isbn = parseIsbn(word);
  return isbn.ok ? isbn.isbn13 : word.replaceAll('-', '');
}

/**
 * Every word must be found, in the folded search text (title, author, ISBN, category) or, for a word with a digit,
 * at the start of one of the record's copy barcodes (a range on the barcode's unique index).
 */
function wordCondition(word: string) {
  const like = sql<boolean>`item.search_text LIKE ${`%${escapeLike(word)}%`} ESCAPE '\\'`;
  if (!/\d/.test(word)) return like;
  const prefix = word.toUpperCase();
  return sql<boolean>`(${like} OR item.id IN (SELECT copy.item_id FROM copy WHERE copy.barcode >= ${prefix} AND copy.barcode < ${`${prefix}\u007f`}))`;
}

/**
 * The catalogue's search: filters and words narrow the records in SQL, the total is counted there, and only the
 * page's rows get their copy counts. Sorted by the search text, which starts with the folded title: alphabetical
 * by title then author, accents ignored.
 */
export function searchCatalogue(db: SyncDb, input: CatalogueQuery): { rows: CatalogueSearchRow[]; total: number } {
  let base = db.q.selectFrom('item');
  for (const word of searchWords(input.query)) base = base.where(wordCondition(searchableWord(word)));
  if (input.kind) base = base.where('item.kind', '=', input.kind);
  if (input.categoryId !== null) base = base.where('item.category_id', '=', input.categoryId);
  if (input.status) {
    base = base.where(sql<boolean>`EXISTS (SELECT 1 FROM copy WHERE copy.item_id = item.id AND copy.status = ${input.status})`);
  }
  const total = db.get(base.select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0;
  if (total === 0 || input.offset >= total) return { rows: [], total };

  const page = base.select(['item.id', 'item.search_text']).orderBy('item.search_text').orderBy('item.id').limit(input.limit).offset(input.offset);
  const rows = db.all(
    db.q
      .selectFrom(page.as('pg'))
      .innerJoin('item', 'item.id', 'pg.id')
      .leftJoin('item_category', 'item_category.id', 'item.category_id')
      .select([
        'item.id',
        'item.kind',
        'item.title',
        'item.author',
        'item.isbn',
        'item_category.name as category_name',
        sql<number>`(SELECT COUNT(*) FROM copy WHERE copy.item_id = item.id AND copy.status = 'available')`.as('available'),
        sql<number>`(SELECT COUNT(*) FROM copy WHERE copy.item_id = item.id AND copy.status != 'retired')`.as('copies'),
        sql<number>`EXISTS (SELECT 1 FROM item_photo WHERE item_photo.item_id = item.id)`.as('has_photo'),
      ])
      .orderBy('pg.search_text')
      .orderBy('pg.id'),
  );
  return {
    total,
    rows: rows.map((row) => ({
      id: row.id,
      kind: row.kind as ItemKind,
      title: row.title,
      author: row.author,
      isbn: row.isbn,
      categoryName: row.category_name,
      copiesAvailable: row.available,
      copiesTotal: row.copies,
      hasPhoto: row.has_photo === 1,
    })),
  };
}
