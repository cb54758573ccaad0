import { type InferResult, sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { notFound } from '../../core/errors.ts';
import type { Civility } from '../../households/fields.ts';
import type { CounterSettings } from '../../settings/fields.ts';
import { currentHomes, dwellingPlace } from '../../shared/homes.ts';
import { personName } from '../../shared/names.ts';
import type { PaymentMethod, PaymentPurpose } from '../till/kinds.ts';
import type { MemberDetail, MemberSummary } from './contract.ts';
import { nextStart } from './memberships.ts';
import { memberStanding } from './standing.ts';

/* Reading members: the summary line of lists and the member page. */

/** A member with their person and household, or NOT_FOUND. */
export function memberRow(db: SyncDb, id: number) {
  const row = db.get(
    db.q
      .selectFrom('member')
      .innerJoin('person', 'person.id', 'member.person_id')
      .innerJoin('household', 'household.id', 'person.household_id')
      .select([
        'member.id',
        'member.number',
        'member.joined_on',
        'member.person_id',
        'person.household_id',
        'person.civility',
        'person.family_name',
        'person.usage_name',
        'person.first_name',
        'person.phone',
        'person.email',
        'person.erased_at',
        'household.name as household_name',
        'household.is_tenant',
        'household.address_line',
        'household.postcode',
        'household.city',
      ])
      .where('member.id', '=', id),
  );
  if (!row) throw notFound('Adhérent');
  return row;
}

/*
 * The summary columns, computed per member in SQL so that lists filter and page there. The memberships covering a
 * member are their own and the ones shared by their household: two index lookups each (no OR across indexes).
 */
const coverEnd = sql<string | null>`(SELECT max(e) FROM (
  SELECT ends_on AS e FROM membership WHERE member_id = member.id
  UNION ALL SELECT ends_on FROM membership WHERE household_id = person.household_id))`;
const inForceOn = (day: string) => sql<number>`(
  EXISTS (SELECT 1 FROM membership WHERE member_id = member.id AND starts_on <= ${day} AND ends_on >= ${day})
  OR EXISTS (SELECT 1 FROM membership WHERE household_id = person.household_id AND starts_on <= ${day} AND ends_on >= ${day}))`;
const balanceOf = sql<number>`(SELECT coalesce(sum(amount_cents), 0) FROM member_account_entry WHERE member_id = member.id)`;
const activeFlags = sql<number>`(SELECT count(*) FROM member_flag WHERE member_id = member.id AND cleared_at IS NULL)`;

/** Members joined with their person and household, and the summary columns as of `today`. */
export function summaryQuery(db: SyncDb, today: string) {
  return db.q
    .selectFrom('member')
    .innerJoin('person', 'person.id', 'member.person_id')
    .innerJoin('household', 'household.id', 'person.household_id')
    .select([
      'member.id',
      'member.number',
      'member.person_id',
      'person.civility',
      'person.family_name',
      'person.usage_name',
      'person.first_name',
      'person.phone',
      'person.sort_name',
      'person.household_id',
      'household.name as household_name',
      'household.is_tenant',
      coverEnd.as('cover_end'),
      inForceOn(today).as('in_force'),
      balanceOf.as('balance'),
      activeFlags.as('active_flags'),
    ]);
}

type SummaryRow = InferResult<ReturnType<typeof summaryQuery>>[number];

export function toSummary(row: SummaryRow): MemberSummary {
  return {
    id: row.id,
    number: row.number,
    personId: row.person_id,
    name: personName(row),
    phone: row.phone,
    householdId: row.household_id,
    householdName: row.household_name,
    isTenant: row.is_tenant === 1,
    membershipEndsOn: row.cover_end,
    inForce: row.in_force === 1,
    balanceCents: row.balance,
    activeFlags: row.active_flags,
  };
}

function whereAbouts(db: SyncDb, row: ReturnType<typeof memberRow>): string {
  const home = currentHomes(db, [row.household_id]).get(row.household_id);
  if (home) return `${home.residenceName} — ${home.internalId}, ${dwellingPlace(home)}`;
  return [row.address_line, `${row.postcode} ${row.city}`.trim()].filter(Boolean).join(', ');
}

function memberships(db: SyncDb, memberId: number, householdId: number, today: string): MemberDetail['memberships'] {
  const rows = db.all(
    db.q
      .selectFrom('membership')
      .innerJoin('membership_type', 'membership_type.id', 'membership.type_id')
      .innerJoin('member as taker', 'taker.id', 'membership.member_id')
      .innerJoin('person as taker_person', 'taker_person.id', 'taker.person_id')
      .leftJoin('payment', 'payment.id', 'membership.payment_id')
      .select([
        'membership.id',
        'membership.member_id',
        'membership.household_id',
        'membership.starts_on',
        'membership.ends_on',
        'membership.periods',
        'membership.price_cents',
        'membership.payment_id',
        'membership_type.name as type_name',
        'taker.number as taker_number',
        'taker_person.civility',
        'taker_person.first_name',
        'taker_person.usage_name',
        'taker_person.family_name',
        'payment.receipt_number',
      ])
      .where((eb) => eb.or([eb('membership.member_id', '=', memberId), eb('membership.household_id', '=', householdId)]))
      .orderBy('membership.starts_on', 'desc')
      .orderBy('membership.id', 'desc'),
  );
  return rows.map((row) => ({
    id: row.id,
    typeName: row.type_name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    periods: row.periods,
    priceCents: row.price_cents,
    shared: row.household_id !== null,
    takenBy: row.member_id === memberId ? null : { memberId: row.member_id, number: row.taker_number, name: personName(row) },
    receiptNumber: row.receipt_number,
    paymentId: row.payment_id,
    status: row.ends_on < today ? 'past' : row.starts_on > today ? 'future' : 'current',
  }));
}

/* The member page's histories: columns selected under their contract names, so rows go out as read. */

function flags(db: SyncDb, memberId: number): MemberDetail['flags'] {
  return db.all(
    db.q
      .selectFrom('member_flag')
      .leftJoin('staff_user as author', 'author.id', 'member_flag.created_by')
      .leftJoin('staff_user as clearer', 'clearer.id', 'member_flag.cleared_by')
      .select([
        'member_flag.id',
        'member_flag.reason',
        'member_flag.created_at as createdAt',
        'author.display_name as createdBy',
        'member_flag.cleared_at as clearedAt',
        'clearer.display_name as clearedBy',
      ])
      .where('member_flag.member_id', '=', memberId)
      .orderBy(sql`member_flag.cleared_at IS NULL`, 'desc')
      .orderBy('member_flag.id', 'desc'),
  );
}

function account(db: SyncDb, memberId: number): MemberDetail['account'] {
  return db.all(
    db.q
      .selectFrom('member_account_entry')
      .leftJoin('payment', 'payment.id', 'member_account_entry.payment_id')
      .select([
        'member_account_entry.id',
        'member_account_entry.kind',
        'member_account_entry.amount_cents as amountCents',
        'member_account_entry.label',
        'member_account_entry.created_at as createdAt',
        'payment.receipt_number as receiptNumber',
        'member_account_entry.payment_id as paymentId',
      ])
      .where('member_account_entry.member_id', '=', memberId)
      .orderBy('member_account_entry.id', 'desc'),
  );
}

function payments(db: SyncDb, memberId: number): MemberDetail['payments'] {
  return db.all(
    db.q
      .selectFrom('payment')
      .leftJoin('payment as original', 'original.id', 'payment.refund_of')
      .select((eb) => [
        'payment.id',
        'payment.receipt_number as receiptNumber',
        'payment.paid_at as paidAt',
        eb.ref('payment.method').$castTo<PaymentMethod>().as('method'),
        eb.ref('payment.purpose').$castTo<PaymentPurpose>().as('purpose'),
        'payment.amount_cents as amountCents',
        'payment.label',
        'original.receipt_number as refundOf',
      ])
      .where('payment.member_id', '=', memberId)
      .orderBy('payment.id', 'desc'),
  );
}

/** Everything the member page shows. */
export function getMemberDetail(db: SyncDb, id: number, today: string, counter: CounterSettings): MemberDetail {
  const row = memberRow(db, id);
  const { memberId: _id, blocks, ...standing } = memberStanding(db, id, today, counter);
  return {
    id: row.id,
    number: row.number,
    joinedOn: row.joined_on,
    person: {
      id: row.person_id,
      civility: row.civility as Civility,
      familyName: row.family_name,
      usageName: row.usage_name,
      firstName: row.first_name,
      name: personName(row),
      phone: row.phone,
      email: row.email,
      erased: row.erased_at !== null,
    },
    household: { id: row.household_id, name: row.household_name, isTenant: row.is_tenant === 1, address: whereAbouts(db, row) },
    standing: { ...standing, blocks },
    renewalStartsOn: nextStart(db, id, row.household_id, today),
    memberships: memberships(db, id, row.household_id, today),
    flags: flags(db, id),
    account: account(db, id),
    payments: payments(db, id),
  };
}
