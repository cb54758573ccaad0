import type { SyncDb } from '../../../db/query.ts';
import { AppError, notFound } from '../../core/errors.ts';
import { COPY_STATUS_LABELS, type CopyCondition, type CopyStatus } from './kinds.ts';
import { normaliseBarcode } from './barcodes.ts';
import { findCopyByBarcode, findCopyById } from './lookup.ts';

/*
 * Kits: a copy of a record of kind 'kit' groups part copies (table kit_part), lent and returned together. A part
 * belongs to one kit at most and is not lent alone while it is in a kit. Parts change only while the kit is on the
 * shelf: a kit out on loan or set aside for a member keeps the parts it left with.
 */

interface KitCopyRef {
  copyId: number;
  barcode: string;
  itemId: number;
  title: string;
  status: CopyStatus;
}

export interface KitPart {
  copyId: number;
  barcode: string;
  itemId: number;
  title: string;
  condition: CopyCondition;
  status: CopyStatus;
}

/** The kit a copy is a part of, or undefined when it is not part of a kit. */
export function kitOf(db: SyncDb, copyId: number): KitCopyRef | undefined {
  const row = db.get(
    db.q
      .selectFrom('kit_part')
      .innerJoin('copy', 'copy.id', 'kit_part.kit_copy_id')
      .innerJoin('item', 'item.id', 'copy.item_id')
      .select(['copy.id', 'copy.barcode', 'copy.status', 'item.id as item_id', 'item.title'])
      .where('kit_part.part_copy_id', '=', copyId),
  );
  return row && { copyId: row.id, barcode: row.barcode, itemId: row.item_id, title: row.title, status: row.status as CopyStatus };
}

/** The parts of a kit copy, by barcode (empty for a copy that is not a kit or has no parts yet). */
export function partsOf(db: SyncDb, kitCopyId: number): KitPart[] {
  return partsOfKits(db, [kitCopyId]).get(kitCopyId) ?? [];
}

/** The parts of several kit copies at once (a record page lists every copy's parts). */
export function partsOfKits(db: SyncDb, kitCopyIds: readonly number[]): Map<number, KitPart[]> {
  const parts = new Map<number, KitPart[]>();
  if (kitCopyIds.length === 0) return parts;
  const rows = db.all(
    db.q
      .selectFrom('kit_part')
      .innerJoin('copy', 'copy.id', 'kit_part.part_copy_id')
      .innerJoin('item', 'item.id', 'copy.item_id')
      .select(['kit_part.kit_copy_id', 'copy.id', 'copy.barcode', 'copy.condition', 'copy.status', 'item.id as item_id', 'item.title'])
      .where('kit_part.kit_copy_id', 'in', kitCopyIds)
      .orderBy('copy.barcode'),
  );
  for (const row of rows) {
    const list = parts.get(row.kit_copy_id) ?? [];
    list.push({
      copyId: row.id,
      barcode: row.barcode,
      itemId: row.item_id,
      title: row.title,
      condition: row.condition as CopyCondition,
      status: row.status as CopyStatus,
    });
    parts.set(row.kit_copy_id, list);
  }
  return parts;
}

/** A kit copy whose parts may change now: a copy of a kit record, on the shelf (or in repair). */
function kitOnShelf(db: SyncDb, kitCopyId: number) {
  const kit = findCopyById(db, kitCopyId);
  if (!kit) throw notFound('Exemplaire du kit');
  if (kit.item.kind !== 'kit') throw new AppError('VALIDATION', `L’exemplaire ${kit.barcode} n’est pas un kit : seules les fiches de type « Kit » ont des pièces.`);
  if (kit.status === 'on_loan' || kit.status === 'reserved' || kit.status === 'retired') {
    throw new AppError('CONFLICT', `Le kit ${kit.barcode} est ${COPY_STATUS_LABELS[kit.status].toLowerCase()} : ses pièces ne changent que lorsqu’il est disponible.`);
  }
  return kit;
}

/** Adds the copy with that barcode to a kit copy; returns the kit's parts. */
export function addKitPart(db: SyncDb, kitCopyId: number, barcode: string): KitPart[] {
  const kit = kitOnShelf(db, kitCopyId);
  const part = findCopyByBarcode(db, barcode);
  if (!part) throw new AppError('NOT_FOUND', `Aucun exemplaire n’a le code-barres ${normaliseBarcode(barcode)} : vérifiez le code ou créez l’exemplaire.`);
  if (part.id === kit.id || part.item.kind === 'kit') throw new AppError('VALIDATION', 'Un kit ne peut pas contenir un autre kit : scannez les pièces une à une.');
  const current = kitOf(db, part.id);
  if (current?.copyId === kit.id) throw new AppError('CONFLICT', `${part.barcode} (« ${part.item.title} ») fait déjà partie de ce kit.`);
  if (current) {
    throw new AppError('CONFLICT', `${part.barcode} (« ${part.item.title} ») fait déjà partie du kit ${current.barcode} : retirez-le d’abord de ce kit.`);
  }
  if (part.status !== 'available') {
    throw new AppError('CONFLICT', `${part.barcode} (« ${part.item.title} ») est ${COPY_STATUS_LABELS[part.status].toLowerCase()} : seul un exemplaire disponible peut entrer dans un kit.`);
  }
  db.run(db.q.insertInto('kit_part').values({ kit_copy_id: kit.id, part_copy_id: part.id }));
  return partsOf(db, kit.id);
}

/** Takes a part out of a kit copy (it can then be lent alone); returns the kit's parts. */
export function removeKitPart(db: SyncDb, kitCopyId: number, partCopyId: number): KitPart[] {
  const kit = kitOnShelf(db, kitCopyId);
  const removed = db.run(db.q.deleteFrom('kit_part').where('kit_copy_id', '=', kit.id).where('part_copy_id', '=', partCopyId));
  if (removed.changes === 0) throw new AppError('NOT_FOUND', `Cet exemplaire ne fait pas partie du kit ${kit.barcode}.`);
  return partsOf(db, kit.id);
}

/** Unties a copy from any kit, as a kit or as a part (it is retired or scrapped). */
export function untieFromKits(db: SyncDb, copyId: number): void {
  db.run(db.q.deleteFrom('kit_part').where((eb) => eb.or([eb('kit_copy_id', '=', copyId), eb('part_copy_id', '=', copyId)])));
}
