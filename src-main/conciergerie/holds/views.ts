import type { InferResult } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { ItemKind } from '../catalogue/kinds.ts';
import { membersById } from '../loans/member-identity.ts';
import type { HoldStatus, HoldView } from './contract.ts';
import { collectBy, isPastCollection } from './queue.ts';

/** Holds joined to their record and copy; filtered and ordered by the caller. */
export function holdQuery(db: SyncDb) {
  return db.q
    .selectFrom('hold')
    .innerJoin('item', 'item.id', 'hold.item_id')
    .leftJoin('copy', 'copy.id', 'hold.copy_id')
    .selectAll('hold')
    .select(['item.title', 'item.kind as item_kind', 'copy.barcode as copy_barcode']);
}

type HoldRow = InferResult<ReturnType<typeof holdQuery>>[number];

/** Positions in the waiting lists of these records: hold id → place (1 = served next). */
function positions(db: SyncDb, itemIds: readonly number[]): Map<number, number> {
  const places = new Map<number, number>();
  if (itemIds.length === 0) return places;
  const rows = db.all(
    db.q
      .selectFrom('hold')
      .select(['id', 'item_id'])
      .where('item_id', 'in', [...new Set(itemIds)])
      .where('wanted_from', 'is', null)
      .where('status', '=', 'waiting')
      .orderBy('item_id')
      .orderBy('created_at')
      .orderBy('id'),
  );
  let item = -1;
  let place = 0;
  for (const row of rows) {
    place = row.item_id === item ? place + 1 : 1;
    item = row.item_id;
    places.set(row.id, place);
  }
  return places;
}

/** A hold's status as of today: what expiry will write at the next event is shown now. */
function statusToday(row: HoldRow, today: string): { status: HoldStatus; lapsed: boolean } {
  if (row.status === 'ready' && isPastCollection(row.ready_on, today)) return { status: 'expired', lapsed: true };
  if (row.status === 'waiting' && row.wanted_until !== null && row.wanted_until < today) return { status: 'expired', lapsed: true };
  return { status: row.status as HoldStatus, lapsed: false };
}

/** Rows of holdQuery as the contract shows them; `members` when the caller has read them already. */
export function toHoldViews(db: SyncDb, rows: HoldRow[], today: string, members = membersById(db, rows.map((row) => row.member_id))): HoldView[] {
  const places = positions(db, rows.filter((row) => row.status === 'waiting' && row.wanted_from === null).map((row) => row.item_id));
  return rows.map((row) => {
    const member = members.get(row.member_id)!;
    return {
      id: row.id,
      itemId: row.item_id,
      title: row.title,
      itemKind: row.item_kind as ItemKind,
      memberId: row.member_id,
      memberNumber: member.number,
      memberName: member.name,
      kind: row.wanted_from === null ? 'queue' : 'reservation',
      ...statusToday(row, today),
      position: places.get(row.id) ?? null,
      wantedFrom: row.wanted_from,
      wantedUntil: row.wanted_until,
      copyId: row.copy_id,
      copyBarcode: row.copy_barcode,
      readyOn: row.ready_on,
      collectBy: row.ready_on === null || row.status !== 'ready' ? null : collectBy(row.ready_on),
      notifiedOn: row.notified_on,
      closedOn: row.closed_on,
      note: row.note,
      createdAt: row.created_at,
    };
  });
}

export function holdViewById(db: SyncDb, id: number, today: string): HoldView | undefined {
  return toHoldViews(db, db.all(holdQuery(db).where('hold.id', '=', id)), today)[0];
}
