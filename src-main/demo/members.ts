import type { SyncDb } from '../../db/query.ts';
import { memberNumberOf } from '../conciergerie/members/numbers.ts';
import { membershipEnd, type PeriodUnit } from '../conciergerie/members/periods.ts';
import type { TypeRow } from '../conciergerie/members/types.ts';
import type { PaymentMethod, PaymentPurpose } from '../conciergerie/till/kinds.ts';
import { addDays, addMonths, frenchDate } from '../shared/days.ts';
import type { Random } from './random.ts';

/*
 * The conciergerie's members in the demo office: about 120 tenants and 10 non-tenant neighbours, with memberships of
 * the three default types (some lapsed, some shared by a household), four weeks of till sessions (Tuesday to
 * Saturday, closed each evening, one short of cash) with their payments and a few refunds, pressing tickets in every
 * state and basket orders for the next two Fridays. Memberships older than the till's four weeks were paid before
 * the software: they carry their price but no payment. Runs in demo.fill's transaction, without a signed-in user.
 */

const TILL_WEEKS = 4;
const FLOAT_CENTS = 5000;

interface Session {
  day: string;
  id?: number;
  payments: Payment[];
  /** What the count at closing differs from the expected cash (cents). */
  countedOff: number;
}

interface Payment {
  session: Session;
  paidAt: string;
  memberId: number | null;
  method: PaymentMethod;
  purpose: PaymentPurpose;
  amountCents: number;
  label: string;
  refundOf?: Payment;
  id?: number;
}

/** A local date-time of the office (the PC's time zone) as stored: ISO in UTC. */
function at(day: string, hour: number, minute: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, minute).toISOString();
}

const weekday = (day: string) => new Date(`${day}T12:00:00Z`).getUTCDay();

/** Tuesday to Saturday of the last weeks, today excluded (its till is not opened yet). */
function openDays(today: string): string[] {
  const days: string[] = [];
  for (let back = TILL_WEEKS * 7; back >= 1; back--) {
    const day = addDays(today, -back);
    if (weekday(day) >= 2) days.push(day);
  }
  return days;
}

function candidates(db: SyncDb, tenant: boolean) {
  return db.all(
    db.q
      .selectFrom('person')
      .innerJoin('household', 'household.id', 'person.household_id')
      .select(['person.id', 'person.household_id'])
      .where('household.is_tenant', '=', tenant ? 1 : 0)
      .where('person.role', 'in', ['holder', 'coholder', 'spouse'])
      .where('person.erased_at', 'is', null)
      .orderBy('person.id'),
  );
}

export function fillDemoMembers(db: SyncDb, now: string, random: Random): { members: number; payments: number } {
  const today = now.slice(0, 10);
  const types: TypeRow[] = db.all(db.q.selectFrom('membership_type').selectAll().where('archived_at', 'is', null).orderBy('id'));
  const monthly = types.find((t) => t.period_unit === 'month' && t.price_cents > 0);
  const household = types.find((t) => t.scope === 'household');
  const free = types.find((t) => t.price_cents === 0);
  if (!monthly || !household || !free) return { members: 0, payments: 0 };

  const sessions: Session[] = openDays(today).map((day) => ({ day, payments: [], countedOff: 0 }));
  const sessionOf = (day: string) => sessions.find((s) => s.day === day);
  const pay = (day: string, payment: Omit<Payment, 'session' | 'paidAt'>): Payment | null => {
    const session = sessionOf(day);
    if (!session) return null;
    const planned = { ...payment, session, paidAt: at(day, random.int(9, 17), random.int(0, 59)) };
    session.payments.push(planned);
    return planned;
  };
  const method = (): PaymentMethod => random.pick(['cash', 'cash', 'cash', 'card', 'card', 'cheque']);

  // ——— Members and memberships ———
  const tenants = candidates(db, true).filter(() => random.next() < 0.45).slice(0, 120);
  const neighbours = candidates(db, false).slice(0, 10);
  const people = [...tenants, ...neighbours];
  const sharedBy = new Map<number, { endsOn: string; startsOn: string }>();
  const planned: { personId: number; householdId: number; joinedOn: string; memberships: { type: TypeRow; startsOn: string; periods: number; payment: Payment | null; shared: boolean }[] }[] = [];

  for (const person of people) {
    const covered = sharedBy.get(person.household_id);
    if (covered) {
      // Another adult of a household that shares a yearly membership: enrolled under it, nothing paid.
      planned.push({ personId: person.id, householdId: person.household_id, joinedOn: addDays(covered.startsOn, random.int(0, 20)), memberships: [] });
      continue;
    }
    const roll = random.next();
    const type: TypeRow = roll < 0.55 ? monthly : roll < 0.8 ? household : free;
    const recent = random.next() < 0.5;
    const lapsed = !recent && random.next() < 0.45;
    // Recent: taken on an open day of the till's weeks. Otherwise months ago, and lapsed for about a third.
    const startsOn = recent ? random.pick(sessions).day : addDays(today, -random.int(lapsed ? 200 : 40, lapsed ? 500 : type === monthly ? 80 : 300));
    const periods = type === monthly ? (lapsed ? random.int(1, 4) : recent ? random.pick([1, 1, 1, 3]) : 4) : 1;
    const memberships = [];
    if (recent && random.next() < 0.4) {
      // A renewal: the previous membership, of one period, ended the day before.
      const months = type.period_unit === 'year' ? 12 * type.period_count : type.period_count;
      const previousStart = type.period_unit === 'day' ? addDays(startsOn, -type.period_count) : addMonths(startsOn, -months);
      memberships.push({ type, startsOn: previousStart, periods: 1, payment: null, shared: type === household });
    }
    const end = membershipEnd(startsOn, type.period_unit as PeriodUnit, type.period_count, periods);
    const price = type.price_cents * periods;
    const label = `Adhésion ${type.name} du ${frenchDate(startsOn)} au ${frenchDate(end)}`;
    const payment = price > 0 && recent ? pay(startsOn, { memberId: null, method: method(), purpose: 'membership', amountCents: price, label }) : null;
    memberships.push({ type, startsOn, periods, payment, shared: type === household });
    if (type === household) sharedBy.set(person.household_id, { startsOn, endsOn: end });
    planned.push({ personId: person.id, householdId: person.household_id, joinedOn: memberships[0]!.startsOn, memberships });
  }

  // Numbers in the order people joined, as the counter would have given them.
  planned.sort((a, b) => a.joinedOn.localeCompare(b.joinedOn) || a.personId - b.personId);
  const memberIds: number[] = [];
  planned.forEach((plan, index) => {
    const { id } = db.get(
      db.q
        .insertInto('member')
        .values({ person_id: plan.personId, number: memberNumberOf(index + 1), joined_on: plan.joinedOn, created_at: now, updated_at: now })
        .returning('id'),
    )!;
    memberIds.push(id);
    for (const membership of plan.memberships) if (membership.payment) membership.payment.memberId = id;
  });

  // ——— Other takings: sales, a few refunds, a fee settled ———
  for (const session of sessions) {
    if (random.next() < 0.5) pay(session.day, { memberId: null, method: 'cash', purpose: 'other', amountCents: random.pick([20, 40, 100]) * random.int(1, 5), label: 'Photocopies' });
    if (random.next() < 0.3) pay(session.day, { memberId: null, method: 'cash', purpose: 'other', amountCents: 150, label: 'Café solidaire' });
  }
  const paidMemberships = sessions.flatMap((s) => s.payments).filter((p) => p.purpose === 'membership' && p.amountCents >= 300);
  for (const original of paidMemberships.slice(0, 3)) {
    const later = sessions.find((s) => s.day > original.session.day);
    if (!later) continue;
    // Half given back, in whole euros: the reduced price the member was entitled to.
    const amount = Math.round(original.amountCents / 200) * 100;
    pay(later.day, { memberId: original.memberId, method: original.method, purpose: 'membership', amountCents: -amount, label: 'Remboursement partiel : tarif réduit oublié', refundOf: original });
  }

  // ——— Pressing tickets in every state, basket orders for the next two Fridays ———
  const customer = () => (random.next() < 0.8 ? { memberId: random.pick(memberIds), name: '' } : { memberId: null, name: random.pick(['M. Caron', 'Mme Vasseur', 'Mme Fontaine', 'M. Lemaire']) });
  const pressingPrices = db.all(db.q.selectFrom('service').selectAll().where('kind', '=', 'pressing').where('archived_at', 'is', null));
  const basket = db.get(db.q.selectFrom('service').selectAll().where('kind', '=', 'basket').where('archived_at', 'is', null));
  const orders: { kind: 'pressing' | 'basket'; status: string; createdOn: string; dueOn: string; who: ReturnType<typeof customer>; lines: { service: (typeof pressingPrices)[number]; quantity: number }[]; payment: Payment | null; closedOn: string | null }[] = [];
  if (pressingPrices.length > 0) {
    const states = ['collected', 'collected', 'collected', 'collected', 'cancelled', 'ready', 'ready', 'ready', 'dropped', 'dropped', 'dropped', 'dropped'];
    states.forEach((status, index) => {
      const dropped = sessions[Math.min(sessions.length - 1, Math.floor((index / states.length) * sessions.length))]!.day;
      const open = status === 'dropped' || status === 'ready';
      const dueOn = open && status === 'dropped' ? addDays(today, random.int(1, 5)) : addDays(dropped, 4);
      const lines = [{ service: random.pick(pressingPrices), quantity: random.int(1, 3) }];
      if (random.next() < 0.5) lines.push({ service: random.pick(pressingPrices.filter((p) => p.id !== lines[0]!.service.id)), quantity: 1 });
      const total = lines.reduce((sum, line) => sum + line.quantity * line.service.price_cents, 0);
      const who = customer();
      const paidAtDrop = status !== 'collected' && random.next() < 0.5;
      const collectDay = sessions.find((s) => s.day >= addDays(dropped, 4))?.day ?? dropped;
      const payDay = status === 'collected' ? collectDay : dropped;
      const payment = status === 'collected' || paidAtDrop ? pay(payDay, { memberId: who.memberId, method: method(), purpose: 'service', amountCents: total, label: `Pressing, ticket P-${String(index + 1).padStart(6, '0')}` }) : null;
      if (status === 'cancelled' && payment) {
        pay(sessions.find((s) => s.day > dropped)?.day ?? dropped, {
          memberId: who.memberId,
          method: payment.method,
          purpose: 'service',
          amountCents: -total,
          label: `Remboursement : ticket de pressing P-${String(index + 1).padStart(6, '0')} annulé`,
          refundOf: payment,
        });
      }
      orders.push({ kind: 'pressing', status, createdOn: dropped, dueOn, who, lines, payment, closedOn: status === 'collected' ? collectDay : status === 'cancelled' ? dropped : null });
    });
  }
  if (basket) {
    const fridays = [1, 2].map((n) => addDays(today, ((5 - weekday(today) + 7) % 7 || 7) + (n - 1) * 7));
    for (const friday of fridays) {
      for (let i = 0; i < random.int(8, 12); i++) {
        const ordered = random.pick(sessions.slice(-6)).day;
        const who = customer();
        const quantity = random.int(1, 2);
        const payment = random.next() < 0.6 ? pay(ordered, { memberId: who.memberId, method: method(), purpose: 'service', amountCents: quantity * basket.price_cents, label: `Paniers du ${frenchDate(friday)}` }) : null;
        orders.push({ kind: 'basket', status: 'ordered', createdOn: ordered, dueOn: friday, who, lines: [{ service: basket, quantity }], payment, closedOn: null });
      }
    }
  }

  // ——— Sessions and payments, numbered per year in the order they were paid ———
  sessions.forEach((session, index) => {
    session.countedOff = index === sessions.length - 3 ? -200 : index === 4 ? 50 : 0;
  });
  const all = sessions.flatMap((s) => s.payments).sort((a, b) => a.paidAt.localeCompare(b.paidAt));
  for (const session of sessions) {
    const cash = session.payments.filter((p) => p.method === 'cash').reduce((sum, p) => sum + p.amountCents, 0);
    const expected = FLOAT_CENTS + cash;
    session.id = db.get(
      db.q
        .insertInto('till_session')
        .values({
          opened_at: at(session.day, 8, 55),
          opened_by: null,
          opening_cash_cents: FLOAT_CENTS,
          closed_at: at(session.day, 18, 5),
          closed_by: null,
          counted_cash_cents: expected + session.countedOff,
          expected_cash_cents: expected,
          note: session.countedOff < 0 ? 'Écart constaté au comptage, non retrouvé.' : '',
        })
        .returning('id'),
    )!.id;
  }
  const sequence = new Map<string, number>();
  for (const payment of all) {
    const year = payment.paidAt.slice(0, 4);
    const next = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, next);
    payment.id = db.get(
      db.q
        .insertInto('payment')
        .values({
          receipt_number: `${year}-${String(next).padStart(6, '0')}`,
          session_id: payment.session.id!,
          member_id: payment.memberId,
          method: payment.method,
          purpose: payment.purpose,
          amount_cents: payment.amountCents,
          label: payment.label,
          refund_of: payment.refundOf?.id ?? null,
          paid_at: payment.paidAt,
          created_by: null,
        })
        .returning('id'),
    )!.id;
  }

  planned.forEach((plan, index) => {
    for (const m of plan.memberships) {
      db.run(
        db.q.insertInto('membership').values({
          type_id: m.type.id,
          member_id: memberIds[index]!,
          household_id: m.shared ? plan.householdId : null,
          starts_on: m.startsOn,
          ends_on: membershipEnd(m.startsOn, m.type.period_unit as PeriodUnit, m.type.period_count, m.periods),
          periods: m.periods,
          price_cents: m.type.price_cents * m.periods,
          payment_id: m.payment?.id ?? null,
          created_at: m.payment?.paidAt ?? `${m.startsOn}T09:00:00.000Z`,
        }),
      );
    }
  });

  const counters = { pressing: 0, basket: 0 };
  for (const order of orders) {
    counters[order.kind] += 1;
    const number = `${order.kind === 'pressing' ? 'P' : 'C'}-${String(counters[order.kind]).padStart(6, '0')}`;
    const { id } = db.get(
      db.q
        .insertInto('service_order')
        .values({
          number,
          kind: order.kind,
          member_id: order.who.memberId,
          customer_name: order.who.name,
          status: order.status,
          due_on: order.dueOn,
          total_cents: order.lines.reduce((sum, line) => sum + line.quantity * line.service.price_cents, 0),
          payment_id: order.payment?.id ?? null,
          notes: '',
          closed_at: order.closedOn ? at(order.closedOn, 16, 30) : null,
          created_at: at(order.createdOn, 10, 15),
          updated_at: at(order.closedOn ?? order.createdOn, 16, 30),
        })
        .returning('id'),
    )!;
    for (const line of order.lines) {
      db.run(db.q.insertInto('service_order_line').values({ order_id: id, service_id: line.service.id, label: line.service.label, quantity: line.quantity, unit_price_cents: line.service.price_cents }));
    }
  }

  // Two members the team asked to see before their next loan.
  for (const memberId of memberIds.filter((_, index) => index % 47 === 11)) {
    db.run(db.q.insertInto('member_flag').values({ member_id: memberId, reason: 'Objet rendu abîmé : voir avec l’équipe avant un nouveau prêt.', created_by: null, created_at: now, cleared_by: null, cleared_at: null }));
  }
  return { members: memberIds.length, payments: all.length };
}
