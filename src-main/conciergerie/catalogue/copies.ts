import type { SyncDb } from '../../../db/query.ts';
import { AppError, invalidField, notFound } from '../../core/errors.ts';
import { frenchDate } from '../../shared/days.ts';
import { nextGeneratedBarcodes } from './barcodes.ts';
import type { CopyCondition } from './kinds.ts';
import { untieFromKits } from './kits.ts';
import { findCopyById, type CopyWithItem } from './lookup.ts';
import { holdWhereabouts, loanWhereabouts } from './whereabouts.ts';

interface NewCopies {
  /** Generated barcodes for `count` copies, or the one barcode given (already normalised). */
  barcode: string | null;
  count: number;
  condition: CopyCondition;
  notes: string;
  acquiredOn: string | null;
}

/** Adds copies to a record; returns their ids in barcode order. */
export function addCopies(db: SyncDb, itemId: number, copies: NewCopies, now: string): number[] {
  let barcodes: string[];
  if (copies.barcode !== null) {
    const taken = db.get(
      db.q.selectFrom('copy').innerJoin('item', 'item.id', 'copy.item_id').select('item.title').where('copy.barcode', '=', copies.barcode),
    );
    if (taken) throw invalidField('barcode', `Le code-barres ${copies.barcode} est déjà celui d’un exemplaire de « ${taken.title} ».`);
    barcodes = [copies.barcode];
  } else {
    barcodes = nextGeneratedBarcodes(db, copies.count);
  }
  return barcodes.map(
    (barcode) =>
      db.get(
        db.q
          .insertInto('copy')
          .values({
            item_id: itemId,
            barcode,
            condition: copies.condition,
            status: 'available',
            notes: copies.notes,
            acquired_on: copies.acquiredOn,
            created_at: now,
            updated_at: now,
          })
          .returning('id'),
      )!.id,
  );
}

/** A copy of the catalogue, or a French "not found". */
export function copyOrFail(db: SyncDb, id: number): CopyWithItem {
  const copy = findCopyById(db, id);
  if (!copy) throw notFound('Exemplaire');
  return copy;
}

/** Refuses to retire a copy that is out, set aside or being repaired, saying why and what to do. */
export function assertRetirable(db: SyncDb, copy: CopyWithItem): void {
  const refuse = (why: string) => new AppError('CONFLICT', `L’exemplaire ${copy.barcode} est ${why}.`);
  switch (copy.status) {
    case 'on_loan':
      throw refuse(`${loanWhereabouts(db, copy.id)} : il pourra être retiré à son retour`);
    case 'reserved':
      throw refuse(`${holdWhereabouts(db, copy.id)} : annulez d’abord la réservation`);
    case 'in_repair':
      throw refuse('en réparation : clôturez le ticket de réparation (réparé ou mis au rebut)');
    case 'retired':
      throw refuse('déjà retiré');
    case 'available':
      return;
  }
}

/**
 * Takes a copy out of the catalogue for good (lost, broken, given away): it stays on file with its history, its
 * barcode is never given again, and it leaves any kit (a retired kit frees its parts). The reason is kept in its notes.
 */
export function markRetired(db: SyncDb, copy: CopyWithItem, reason: string, today: string, now: string): void {
  const note = `Retiré le ${frenchDate(today)}${reason ? ` : ${reason}` : ''}.`;
  untieFromKits(db, copy.id);
  db.run(
    db.q
      .updateTable('copy')
      .set({ status: 'retired', notes: copy.notes ? `${copy.notes}\n${note}` : note, updated_at: now })
      .where('id', '=', copy.id),
  );
}
