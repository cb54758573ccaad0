import { type InferResult, sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { notFound } from '../../core/errors.ts';
import { personName } from '../../shared/names.ts';
import { currentHomes } from '../../shared/homes.ts';
import type { RegistrationView } from './contract.ts';
import { registrationKind } from './registrant.ts';

/* Registrations as the screens list them: who, how many seats, where they stand, attendance and payment. */

const refunded = sql<number>`(SELECT coalesce(-sum(r.amount_cents), 0) FROM payment r WHERE r.refund_of = payment.id)`;

export function registrationQuery(db: SyncDb) {
  return db.q
    .selectFrom('agenda_registration as reg')
    .innerJoin('agenda_event', 'agenda_event.id', 'reg.event_id')
    .leftJoin('person', 'person.id', 'reg.person_id')
    .leftJoin('member', 'member.person_id', 'reg.person_id')
    .leftJoin('household', 'household.id', 'reg.household_id')
    .leftJoin('payment', 'payment.id', 'reg.payment_id')
    .selectAll('reg')
    .select([
      'agenda_event.price_cents',
      'person.civility',
      'person.first_name',
      'person.usage_name',
      'person.family_name',
      'member.number as member_number',
      'household.name as household_name',
      'payment.receipt_number',
      'payment.amount_cents as paid_cents',
      refunded.as('refunded_cents'),
    ]);
}

type Row = InferResult<ReturnType<typeof registrationQuery>>[number];

/** "Léa Martin", "Foyer Martin (3 personnes)", or the guest's name. */
export function registrationName(row: Pick<Row, 'person_id' | 'household_name' | 'guest_name' | 'civility' | 'first_name' | 'usage_name' | 'family_name' | 'seats'>): string {
  if (row.person_id !== null) {
    return personName({ civility: row.civility ?? '', first_name: row.first_name ?? '', usage_name: row.usage_name ?? '', family_name: row.family_name ?? '' });
  }
  if (row.guest_name !== null) return row.guest_name;
  return `Foyer ${row.household_name ?? ''} (${row.seats} personne${row.seats > 1 ? 's' : ''})`;
}

/** What a confirmed registration still owes: the price of its seats when it was promoted or came in unpaid. */
export function amountDue(row: Pick<Row, 'status' | 'price_cents' | 'seats' | 'payment_id'>): number {
  return row.status === 'confirmed' && row.price_cents > 0 && row.payment_id === null ? row.price_cents * row.seats : 0;
}

/** Rows of one event in the waiting line's order (registered_at, id). */
export function eventRows(db: SyncDb, eventId: number): Row[] {
  return db.all(registrationQuery(db).where('reg.event_id', '=', eventId).orderBy('reg.registered_at').orderBy('reg.id'));
}

/** Turns rows into views; positions count the waiting rows among `rows`, which must be an event's whole line in order. */
export function toViews(db: SyncDb, rows: Row[], positions: Map<number, number> = new Map()): RegistrationView[] {
  const homes = currentHomes(
    db,
    rows.flatMap((row) => (row.household_id === null ? [] : [row.household_id])),
  );
  return rows.map((row) => ({
    id: row.id,
    eventId: row.event_id,
    kind: registrationKind(row),
    name: registrationName(row),
    personId: row.person_id,
    householdId: row.household_id,
    householdName: row.household_name,
    residenceName: row.household_id === null ? null : (homes.get(row.household_id)?.residenceName ?? null),
    memberNumber: row.member_number,
    guestPhone: row.guest_phone,
    seats: row.seats,
    status: row.status as RegistrationView['status'],
    position: positions.get(row.id) ?? null,
    registeredAt: row.registered_at,
    promotedAt: row.promoted_at,
    cancelledAt: row.cancelled_at,
    attendedAt: row.attended_at,
    attendanceSource: row.attendance_source as RegistrationView['attendanceSource'],
    payment:
      row.payment_id !== null && row.receipt_number !== null
        ? { id: row.payment_id, receiptNumber: row.receipt_number, amountCents: row.paid_cents ?? 0, refundedCents: row.refunded_cents }
        : null,
    amountDueCents: amountDue(row),
    notes: row.notes,
  }));
}

/** Places in the waiting line of each event: 1 = promoted first. `rows` are in the line's order (registered_at, id). */
export function waitingPositions(rows: Pick<Row, 'id' | 'event_id' | 'status'>[]): Map<number, number> {
  const positions = new Map<number, number>();
  const lengths = new Map<number, number>();
  for (const row of rows) {
    if (row.status !== 'waiting') continue;
    const position = (lengths.get(row.event_id) ?? 0) + 1;
    lengths.set(row.event_id, position);
    positions.set(row.id, position);
  }
  return positions;
}

/** The waiting lines of several events at once, in one query. */
export function waitingLines(db: SyncDb, eventIds: number[]): Map<number, number> {
  if (eventIds.length === 0) return new Map();
  return waitingPositions(
    db.all(
      db.q
        .selectFrom('agenda_registration')
        .select(['id', 'event_id', 'status'])
        .where('event_id', 'in', eventIds)
        .where('status', '=', 'waiting')
        .orderBy('registered_at')
        .orderBy('id'),
    ),
  );
}

/** One registration as shown after a change, with its place in the line when it waits. */
export function registrationView(db: SyncDb, id: number): RegistrationView {
  const row = getRegistrationRow(db, id);
  const line = eventRows(db, row.event_id);
  return toViews(db, [row], waitingPositions(line))[0]!;
}

export function getRegistrationRow(db: SyncDb, id: number): Row {
  const row = db.get(registrationQuery(db).where('reg.id', '=', id));
  if (!row) throw notFound('Inscription');
  return row;
}

export type RegistrationRow = Row;
