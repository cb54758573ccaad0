import type { SyncDb } from '../../../db/query.ts';
import type { HandlerContext } from '../../core/context.ts';
import { invalidField } from '../../core/errors.ts';
import { addDays, frenchDate, todayIso } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import type { PaymentMethod } from '../till/kinds.ts';
import { recordPayment, type RecordedPayment } from '../till/record-payment.ts';
import { frenchLength, membershipEnd, type PeriodUnit } from './periods.ts';
import type { TypeRow } from './types.ts';

/** The latest last day of the memberships covering a member (their own) or a household (shared ones). */
function latestCoverEnd(db: SyncDb, memberId: number | null, householdId: number): string | null {
  const row = db.get(
    db.q
      .selectFrom('membership')
      .select((eb) => eb.fn.max('ends_on').as('end'))
      .where((eb) => eb.or([eb('member_id', '=', memberId ?? -1), eb('household_id', '=', householdId)])),
  );
  return row?.end ?? null;
}

/**
 * Where a new membership starts: the day after the latest one covering the member (their own or their household's)
 * when it has not ended yet, so that paying early loses no day; today otherwise.
 */
export function nextStart(db: SyncDb, memberId: number | null, householdId: number, today: string): string {
  const end = latestCoverEnd(db, memberId, householdId);
  return end !== null && end >= today ? addDays(end, 1) : today;
}

/** Whether a membership shared by the household covers today (then another member of it needs none of their own). */
export function householdCoveredOn(db: SyncDb, householdId: number, day: string): boolean {
  return !!db.get(
    db.q.selectFrom('membership').select('id').where('household_id', '=', householdId).where('starts_on', '<=', day).where('ends_on', '>=', day).limit(1),
  );
}

interface MembershipTaken {
  id: number;
  startsOn: string;
  endsOn: string;
  payment: (RecordedPayment & { amountCents: number }) | null;
}

interface TakeMembership {
  memberId: number;
  householdId: number;
  type: TypeRow;
  periods: number;
  startsOn: string;
  method: PaymentMethod | null;
  /** Where the method field is in the caller's input, for the message next to it ("membership." or ""). */
  path: string;
}

/**
 * Records a membership and its payment at the till, inside the caller's write. A household type covers the
 * member's whole household (membership.household_id); the price, dates and type stay on the row as they were sold.
 */
export function takeMembership(ctx: HandlerContext, take: TakeMembership): MembershipTaken {
  const { db } = ctx;
  const { type, periods, startsOn } = take;
  const today = todayIso(ctx.clock);
  if (startsOn < addDays(today, -31)) throw invalidField(`${take.path}startsOn`, 'La date de début ne peut pas remonter à plus d’un mois.');
  if (startsOn > addDays(today, 365)) throw invalidField(`${take.path}startsOn`, 'La date de début ne peut pas être à plus d’un an.');
  const price = type.price_cents * periods;
  if (price > 0 && take.method === null) {
    throw invalidField(`${take.path}method`, `Choisissez le moyen de paiement : ${euros(price)} à encaisser.`);
  }
  const unit = type.period_unit as PeriodUnit;
  const endsOn = membershipEnd(startsOn, unit, type.period_count, periods);
  const label = `Adhésion ${type.name} (${frenchLength(unit, type.period_count * periods)}) du ${frenchDate(startsOn)} au ${frenchDate(endsOn)}`;
  const payment =
    price > 0 ? { ...recordPayment(ctx, { memberId: take.memberId, method: take.method!, purpose: 'membership', amountCents: price, label }), amountCents: price } : null;
  const { id } = db.get(
    db.q
      .insertInto('membership')
      .values({
        type_id: type.id,
        member_id: take.memberId,
        household_id: type.scope === 'household' ? take.householdId : null,
        starts_on: startsOn,
        ends_on: endsOn,
        periods,
        price_cents: price,
        payment_id: payment?.id ?? null,
        created_at: ctx.nowIso(),
      })
      .returning('id'),
  )!;
  return { id, startsOn, endsOn, payment };
}
