import { describe, expect, it } from 'vitest';
import { SyncDb } from '../../db/query.ts';
import { euros } from '../../src-main/shared/money.ts';
import type { HandlerContext } from '../../src-main/core/context.ts';
import { fillFreedSeats } from '../../src-main/agenda/registrations/seats.ts';
import { refreshHouseholdSearch } from '../../src-main/households/search-index.ts';
import { call, expectError, withFile } from './helpers.ts';
import { openTill, readRow, readRows, seedMember } from './conciergerie-fixtures.ts';
import { countRows, runSql, seedHousehold, seedResidence } from './people-fixtures.ts';
import { agendaOffice, seedEvent, seedSeries, setCapacity } from './agenda-registrations-fixtures.ts';

/*
 * Registrations against the real backend: capacity and the waiting line (seats, promotion order), the public of an
 * event, payment at the till, series, and what a refused call leaves behind (nothing).
 */

type Office = Awaited<ReturnType<typeof agendaOffice>>;

/** Children on file, one household each, indexed for the search. */
function seedChildren(file: string, names: string[]): { personId: number; householdId: number }[] {
  return names.map((firstName) => {
    const { householdId, personIds } = seedHousehold(file, { name: `Famille ${firstName}`, dwellingId: null, people: [{ familyName: 'Martin', firstName }] });
    return { personId: personIds[0]!, householdId };
  });
}

function index(file: string, householdIds: number[]): void {
  withFile(file, (raw) => refreshHouseholdSearch(new SyncDb(raw), householdIds));
}

const CHILDREN = ['Léa', 'Noé', 'Inès', 'Adam', 'Jade', 'Hugo', 'Lina', 'Tom', 'Chloé', 'Yanis'];
const registerPerson = (office: Office, eventId: number, personId: number) =>
  call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'person', personId } });

describe('capacity and the waiting list', () => {
  it('confirms while seats are left, then queues with positions, and promotes the first waiting on a cancellation', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00', capacity: 8 });
    const children = seedChildren(office.file, CHILDREN);
    const results = [];
    for (const child of children) results.push(await registerPerson(office, eventId, child.personId));
    expect(results.map((r) => r.outcomes[0]!.status)).toEqual([...Array(8).fill('confirmed'), 'waiting', 'waiting']);
    expect(results[9]!.message).toBe('Complet : Yanis Martin en liste d’attente de « Aide aux devoirs » du 04/03/2026 à 14:00, position 2.');

    const list = await call(office.counter, 'agenda.registrations.list', { eventId });
    expect(list.summary).toMatchObject({ capacity: 8, confirmedSeats: 8, freeSeats: 0, waitingRegistrations: 2 });
    expect(list.waiting.map((w) => [w.name, w.position])).toEqual([['Chloé Martin', 1], ['Yanis Martin', 2]]);

    const noe = list.confirmed.find((c) => c.name === 'Noé Martin')!;
    const cancelled = await call(office.counter, 'agenda.registrations.cancel', { id: noe.id });
    expect(cancelled.promotions.map((p) => p.name)).toEqual(['Chloé Martin']);
    expect(cancelled.message).toContain('Chloé Martin passe de la liste d’attente aux inscrits.');
    const after = await call(office.counter, 'agenda.registrations.list', { eventId });
    expect(after.confirmed.map((c) => c.name)).toContain('Chloé Martin');
    expect(after.confirmed.find((c) => c.name === 'Chloé Martin')!.promotedAt).not.toBeNull();
    expect(after.waiting.map((w) => [w.name, w.position])).toEqual([['Yanis Martin', 1]]);
    expect(after.cancelled.map((c) => c.name)).toEqual(['Noé Martin']);
    expect(after.summary.confirmedSeats).toBe(8);
  });

  it('skips a household waiting for more seats than are free, and promotes it once enough free up', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00', capacity: 4 });
    const [a, b, c, d] = seedChildren(office.file, ['Anna', 'Bilal', 'Cyril', 'Dina']);
    const big = seedHousehold(office.file, { name: 'Benali', dwellingId: null, people: [{ familyName: 'Benali', firstName: 'Sami' }, { familyName: 'Benali', firstName: 'Rania' }, { familyName: 'Benali', firstName: 'Nour' }] });
    const regs: Record<string, number> = {};
    for (const [name, child] of Object.entries({ a, b, c, d })) regs[name] = (await registerPerson(office, eventId, child!.personId)).id;
    const household = await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'household', householdId: big.householdId, seats: null } });
    expect(household.outcomes[0]).toMatchObject({ status: 'waiting', position: 1 });
    const [late] = seedChildren(office.file, ['Elsa']);
    await registerPerson(office, eventId, late!.personId);

    // One seat frees: the household (3) does not fit, Elsa (1) behind it does.
    const first = await call(office.counter, 'agenda.registrations.cancel', { id: regs.a! });
    expect(first.promotions.map((p) => p.name)).toEqual(['Elsa Martin']);
    // One more: still 1 free, the household keeps waiting, first in line.
    await call(office.counter, 'agenda.registrations.cancel', { id: regs.b! });
    let list = await call(office.counter, 'agenda.registrations.list', { eventId });
    expect(list.summary).toMatchObject({ confirmedSeats: 3, freeSeats: 1 });
    expect(list.waiting.map((w) => [w.name, w.position, w.seats])).toEqual([['Foyer Benali (3 personnes)', 1, 3]]);
    // Two more free together: 3 seats, the household gets in.
    await call(office.counter, 'agenda.registrations.cancel', { id: regs.c! });
    const last = await call(office.counter, 'agenda.registrations.cancel', { id: regs.d! });
    expect(last.promotions.map((p) => p.name)).toEqual(['Foyer Benali (3 personnes)']);
    list = await call(office.counter, 'agenda.registrations.list', { eventId });
    expect(list.summary).toMatchObject({ confirmedSeats: 4, freeSeats: 0, waitingRegistrations: 0 });
  });

  it('promotes when the events part raises the capacity (fillFreedSeats), and lets everyone in without a capacity', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00', capacity: 1 });
    const kids = seedChildren(office.file, ['Anna', 'Bilal', 'Cyril', 'Dina']);
    for (const kid of kids) await registerPerson(office, eventId, kid.personId);
    // What the events part does inside its update: raise the capacity, then call fillFreedSeats in the same write.
    setCapacity(office.file, eventId, 3);
    const promoted = withFile(office.file, (raw) => {
      const ctx = { db: new SyncDb(raw), clock: { now: () => new Date('2026-03-02T10:00:00') }, nowIso: () => '2026-03-02T09:00:00.000Z' } as unknown as HandlerContext;
      return fillFreedSeats(ctx, eventId).map((p) => p.message);
    });
    expect(promoted).toEqual(['Bilal Martin passe de la liste d’attente aux inscrits.', 'Cyril Martin passe de la liste d’attente aux inscrits.']);
    const list = await call(office.counter, 'agenda.registrations.list', { eventId });
    expect(list.summary).toMatchObject({ confirmedSeats: 3, freeSeats: 0 });
    expect(list.waiting.map((w) => [w.name, w.position])).toEqual([['Dina Martin', 1]]);

    const open = seedEvent(office.file, { startsAt: '2026-03-05T14:00', capacity: null });
    for (const kid of kids) expect((await registerPerson(office, open, kid.personId)).outcomes[0]!.status).toBe('confirmed');
    expect(await call(office.counter, 'agenda.registrations.summary', { eventId: open })).toMatchObject({ confirmedSeats: 4, freeSeats: null });
  });
});

describe('who may register', () => {
  it('refuses a second registration of the same person, a person counted with their household, and the reverse', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00' });
    const family = seedHousehold(office.file, { name: 'Durand', dwellingId: null, people: [{ familyName: 'Durand', firstName: 'Hélène' }, { familyName: 'Durand', firstName: 'Paul' }] });
    const [helene, paul] = family.personIds;
    await registerPerson(office, eventId, helene!);
    const twice = expectError(await office.counter.invoke('agenda.registrations.register', { eventId, who: { kind: 'person', personId: helene } }), 'CONFLICT');
    expect(twice.message).toBe('Hélène Durand a déjà une inscription à « Aide aux devoirs » du 04/03/2026 à 14:00 (confirmée).');
    const whole = expectError(await office.counter.invoke('agenda.registrations.register', { eventId, who: { kind: 'household', householdId: family.householdId } }), 'CONFLICT');
    expect(whole.message).toContain('Inscription individuelle déjà faite pour : Hélène Durand.');
    expect(countRows(office.file, 'agenda_registration')).toBe(1);

    const other = seedEvent(office.file, { startsAt: '2026-03-05T14:00' });
    const household = await call(office.counter, 'agenda.registrations.register', { eventId: other, who: { kind: 'household', householdId: family.householdId } });
    expect(readRow<{ seats: number }>(office.file, 'SELECT seats FROM agenda_registration WHERE id = ?', household.id)!.seats).toBe(2);
    const counted = expectError(await office.counter.invoke('agenda.registrations.register', { eventId: other, who: { kind: 'person', personId: paul } }), 'CONFLICT');
    expect(counted.message).toContain('La place de Paul Durand est déjà comptée dans l’inscription du foyer Durand');
  });

  it('registers someone not yet known with a French phone stored E.164, once per phone', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00' });
    const bad = expectError(await office.counter.invoke('agenda.registrations.register', { eventId, who: { kind: 'guest', name: 'Mme Ndiaye', phone: '12 34' } }), 'VALIDATION');
    expect(bad.issues[0]).toMatchObject({ path: 'who.phone', message: 'Téléphone invalide : tapez un numéro français, par exemple 06 12 34 56 78.' });
    const guest = await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'guest', name: 'Mme Ndiaye', phone: '06 12 34 56 78' } });
    expect(readRow(office.file, 'SELECT guest_name, guest_phone, household_id FROM agenda_registration WHERE id = ?', guest.id)).toEqual({ guest_name: 'Mme Ndiaye', guest_phone: '+33612345678', household_id: null });
    const again = expectError(await office.counter.invoke('agenda.registrations.register', { eventId, who: { kind: 'guest', name: 'Awa Ndiaye', phone: '+33 6 12 34 56 78' } }), 'CONFLICT');
    expect(again.message).toContain('Le 06 12 34 56 78 (Mme Ndiaye) a déjà une inscription');
  });

  it('forgets a guest’s name and phone once the event is older than the retention period, keeping the registration', async () => {
    const office = await agendaOffice();
    const past = seedEvent(office.file, { startsAt: '2026-03-04T14:00' });
    const guest = await call(office.counter, 'agenda.registrations.register', { eventId: past, who: { kind: 'guest', name: 'Mme Ndiaye', phone: '06 12 34 56 78' } });
    const later = seedEvent(office.file, { startsAt: '2028-03-15T14:00' });
    const read = () => readRow(office.file, 'SELECT guest_name, guest_phone, status FROM agenda_registration WHERE id = ?', guest.id);

    // 23 months after the event: still within the office's 24 months.
    await office.setNow('2028-02-10T10:00');
    await call(office.counter, 'agenda.registrations.register', { eventId: later, who: { kind: 'guest', name: 'M. Leroy', phone: '06 98 76 54 32' } });
    expect(read()).toEqual({ guest_name: 'Mme Ndiaye', guest_phone: '+33612345678', status: 'confirmed' });
    // Past 24 months: the next registration write empties it.
    await office.setNow('2028-03-10T10:00');
    await call(office.counter, 'agenda.registrations.register', { eventId: later, who: { kind: 'guest', name: 'Mme Roux', phone: '06 11 22 33 44' } });
    expect(read()).toEqual({ guest_name: 'Personne invitée', guest_phone: null, status: 'confirmed' });
  });

  it('keeps members-only events to members in force, unless staff give a reason', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00', audience: 'members', title: 'Atelier couture' });
    const member = seedMember(office.file, { number: 'A00042', familyName: 'Dupont', firstName: 'Hélène' });
    seedMember(office.file, { number: 'A00043', familyName: 'Petit', firstName: 'Marcel', membership: { typeId: 1, startsOn: '2025-01-01', endsOn: '2025-12-31' } });
    const person = (number: string) => readRow<{ person_id: number }>(office.file, 'SELECT person_id FROM member WHERE number = ?', number)!.person_id;
    expect(member).toBeGreaterThan(0);
    await registerPerson(office, eventId, person('A00042'));
    const lapsed = expectError(await office.counter.invoke('agenda.registrations.register', { eventId, who: { kind: 'person', personId: person('A00043') } }), 'VALIDATION');
    expect(lapsed.issues.map((i) => i.path)).toEqual(['audienceOverride']);
    expect(lapsed.message).toBe('« Atelier couture » est réservé aux adhérents de la conciergerie : Marcel Petit n’a pas d’adhésion en cours. Renouvelez l’adhésion, ou indiquez pourquoi l’inscrire malgré tout.');
    const guest = expectError(await office.counter.invoke('agenda.registrations.register', { eventId, who: { kind: 'guest', name: 'Inconnu', phone: '0612345678' } }), 'VALIDATION');
    expect(guest.message).toContain('réservé aux adhérents');
    expect(countRows(office.file, 'agenda_registration')).toBe(1);

    const forced = await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'person', personId: person('A00043') }, audienceOverride: 'Renouvellement en cours' });
    expect(readRow<{ notes: string }>(office.file, 'SELECT notes FROM agenda_registration WHERE id = ?', forced.id)!.notes).toBe('Hors public prévu : Renouvellement en cours');
  });

  it('keeps residence events to the households living there', async () => {
    const office = await agendaOffice();
    const tilleuls = await seedResidence(office.admin, { name: 'Les Tilleuls' }, [{ internalId: 'T-1', typology: 'T3', floor: 1 }]);
    const parc = await seedResidence(office.admin, { name: 'Le Parc' }, [{ internalId: 'P-1', typology: 'T2', floor: 0 }]);
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T18:00', audience: 'residences', residenceIds: [tilleuls.residenceId], title: 'Réunion de résidence' });
    const inside = seedHousehold(office.file, { name: 'Roux', dwellingId: tilleuls.dwellingIds['T-1']!, people: [{ familyName: 'Roux', firstName: 'Marc' }] });
    const outside = seedHousehold(office.file, { name: 'Blanc', dwellingId: parc.dwellingIds['P-1']!, people: [{ familyName: 'Blanc', firstName: 'Julie' }] });
    await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'household', householdId: inside.householdId } });
    const refused = expectError(await office.counter.invoke('agenda.registrations.register', { eventId, who: { kind: 'person', personId: outside.personIds[0] } }), 'VALIDATION');
    expect(refused.message).toBe('« Réunion de résidence » est réservé aux locataires de : Les Tilleuls ; Julie Blanc n’y habite pas. Indiquez pourquoi l’inscrire malgré tout, si c’est voulu.');
    const open = await call(office.counter, 'agenda.registrations.openEvents', { householdId: outside.householdId });
    expect(open.find((e) => e.id === eventId)).toMatchObject({ eligible: false });
  });

  it('refuses registrations to a cancelled event, and checks every input with a French message', async () => {
    const office = await agendaOffice();
    const cancelled = seedEvent(office.file, { startsAt: '2026-03-04T14:00', status: 'cancelled' });
    const [kid] = seedChildren(office.file, ['Léa']);
    const refused = expectError(await office.counter.invoke('agenda.registrations.register', { eventId: cancelled, who: { kind: 'person', personId: kid!.personId } }), 'CONFLICT');
    expect(refused.message).toBe('« Aide aux devoirs » du 04/03/2026 à 14:00 est annulé : il ne prend plus d’inscriptions ni de pointage.');
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00' });
    const seats = expectError(await office.counter.invoke('agenda.registrations.register', { eventId, who: { kind: 'household', householdId: kid!.householdId, seats: 0 } }), 'VALIDATION');
    expect(seats.message).toBe('Le nombre de places doit être compris entre 1 et 20.');
    expectError(await office.counter.invoke('agenda.registrations.register', { eventId: 9999, who: { kind: 'person', personId: kid!.personId } }), 'NOT_FOUND');
    expectError(await office.counter.invoke('agenda.registrations.register', { eventId, who: { kind: 'person', personId: 9999 } }), 'NOT_FOUND');
    expect(countRows(office.file, 'agenda_registration')).toBe(0);
  });

  it('needs write on the agenda to register; reading roles only read', async () => {
    const office = await agendaOffice();
    await call(office.admin, 'staff.create', { login: 'lecture', displayName: 'Lou Lecture', role: 'readonly', password: 'mot-de-passe-lecture' });
    const reader = office.backend.connect();
    await call(reader, 'auth.login', { login: 'lecture', password: 'mot-de-passe-lecture' });
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00' });
    const [kid] = seedChildren(office.file, ['Léa']);
    expectError(await reader.invoke('agenda.registrations.register', { eventId, who: { kind: 'person', personId: kid!.personId } }), 'FORBIDDEN');
    expect((await call(reader, 'agenda.registrations.list', { eventId })).confirmed).toEqual([]);
  });

  it('finds people by name or member number, and says who is already registered', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00' });
    seedMember(office.file, { number: 'A00042', familyName: 'Dupont', firstName: 'Hélène' });
    const kids = seedChildren(office.file, ['Léa', 'Noé']);
    index(office.file, kids.map((k) => k.householdId));
    await registerPerson(office, eventId, kids[0]!.personId);
    const found = await call(office.counter, 'agenda.registrations.findPeople', { eventId, query: 'lea mart' });
    expect(found.map((p) => [p.name, p.registered])).toEqual([['Léa Martin', true]]);
    const byCard = await call(office.counter, 'agenda.registrations.findPeople', { eventId, query: ' a00042 ' });
    expect(byCard.map((p) => [p.name, p.memberNumber, p.registered])).toEqual([['Hélène Dupont', 'A00042', false]]);
  });
});

describe('paid events', () => {
  it('takes one payment per confirmed seat at the open till; nothing without a method or a till', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T12:00', capacity: 3, priceCents: 500, title: 'Atelier cuisine' });
    const family = seedHousehold(office.file, { name: 'Durand', dwellingId: null, people: [{ familyName: 'Durand', firstName: 'Hélène' }, { familyName: 'Durand', firstName: 'Paul' }] });
    const who = { kind: 'household' as const, householdId: family.householdId };
    const noMethod = expectError(await office.counter.invoke('agenda.registrations.register', { eventId, who }), 'VALIDATION');
    expect(noMethod.issues[0]).toMatchObject({ path: 'paymentMethod', message: `« Atelier cuisine » est payant : ${euros(1000)} (2 places). Choisissez le moyen de paiement pour confirmer la place.` });
    const closed = expectError(await office.counter.invoke('agenda.registrations.register', { eventId, who, paymentMethod: 'cash' }), 'CONFLICT');
    expect(closed.message).toBe('La caisse est fermée : ouvrez la caisse avant d’encaisser.');
    expect(countRows(office.file, 'agenda_registration')).toBe(0);
    expect(countRows(office.file, 'payment')).toBe(0);

    openTill(office.file);
    const paid = await call(office.counter, 'agenda.registrations.register', { eventId, who, paymentMethod: 'cash' });
    expect(paid.outcomes[0]!.receiptNumber).toMatch(/^2026-\d{6}$/);
    expect(readRows(office.file, 'SELECT purpose, amount_cents, method, label FROM payment')).toEqual([
      { purpose: 'event', amount_cents: 1000, method: 'cash', label: 'Atelier cuisine — 04/03/2026 à 12:00 (2 places)' },
    ]);
    expect(readRow<{ payment_id: number }>(office.file, 'SELECT payment_id FROM agenda_registration WHERE id = ?', paid.id)!.payment_id).not.toBeNull();
  });

  it('queues without payment, owes the price once promoted, and refunds on cancellation when asked', async () => {
    const office = await agendaOffice();
    openTill(office.file);
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T12:00', capacity: 1, priceCents: 500, title: 'Atelier cuisine' });
    const [lea, noe] = seedChildren(office.file, ['Léa', 'Noé']);
    const first = await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'person', personId: lea!.personId }, paymentMethod: 'card' });
    const second = await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'person', personId: noe!.personId } });
    expect(second.outcomes[0]).toMatchObject({ status: 'waiting', position: 1, receiptNumber: null });
    expect(countRows(office.file, 'payment')).toBe(1);

    const cancelled = await call(office.counter, 'agenda.registrations.cancel', { id: first.id, refundMethod: 'card' });
    expect(cancelled.refunds).toHaveLength(1);
    expect(cancelled.promotions[0]!.message).toBe(`Noé Martin passe de la liste d’attente aux inscrits (à régler : ${euros(500)}).`);
    expect(readRows(office.file, 'SELECT amount_cents, refund_of IS NOT NULL AS refund FROM payment ORDER BY id')).toEqual([
      { amount_cents: 500, refund: 0 },
      { amount_cents: -500, refund: 1 },
    ]);
    const promoted = (await call(office.counter, 'agenda.registrations.list', { eventId })).confirmed[0]!;
    expect(promoted.amountDueCents).toBe(500);
    const paid = await call(office.counter, 'agenda.registrations.pay', { id: promoted.id, method: 'cash' });
    expect(paid.payment.amountCents).toBe(500);
    expect((await call(office.counter, 'agenda.registrations.list', { eventId })).confirmed[0]!.amountDueCents).toBe(0);
    const twice = expectError(await office.counter.invoke('agenda.registrations.pay', { id: promoted.id, method: 'cash' }), 'CONFLICT');
    expect(twice.message).toBe('L’inscription de Noé Martin ne doit rien : elle est déjà payée.');
  });
});

describe('series', () => {
  it('registers into every later planned session, each with its own capacity, and cancels them likewise', async () => {
    const office = await agendaOffice('2026-03-05');
    const days = ['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25'];
    const { eventIds } = seedSeries(office.file, days, { capacity: 1 });
    runSql(office.file, "UPDATE agenda_event SET status = 'cancelled' WHERE id = ?", eventIds[3]);
    const [lea, noe] = seedChildren(office.file, ['Léa', 'Noé']);
    await registerPerson(office, eventIds[2]!, noe!.personId);
    // From the session of the 11th: the 18th is full, the 25th cancelled, the 4th is past.
    const series = await call(office.counter, 'agenda.registrations.register', { eventId: eventIds[1]!, who: { kind: 'person', personId: lea!.personId }, wholeSeries: true });
    expect(series.outcomes.map((o) => [o.startsAt, o.status])).toEqual([['2026-03-11T14:00', 'confirmed'], ['2026-03-18T14:00', 'waiting']]);
    expect(series.message).toBe('Léa Martin : 2 séances — 1 confirmée, 1 en liste d’attente.');
    const again = await call(office.counter, 'agenda.registrations.register', { eventId: eventIds[0]!, who: { kind: 'person', personId: noe!.personId }, wholeSeries: true });
    expect(again.outcomes.map((o) => o.status)).toEqual(['confirmed', 'waiting', 'skipped']);

    const cancelled = await call(office.counter, 'agenda.registrations.cancel', { id: series.id, wholeSeries: true });
    expect(cancelled.cancelled).toBe(2);
    expect(cancelled.promotions.map((p) => p.name)).toEqual(['Noé Martin']);
    expect(readRows(office.file, "SELECT event_id FROM agenda_registration WHERE person_id = ? AND status <> 'cancelled'", lea!.personId)).toEqual([]);
  });

  it('checks each session’s public for a household or a guest, and cancels a household’s or a guest’s later sessions only', async () => {
    const office = await agendaOffice();
    const { eventIds } = seedSeries(office.file, ['2026-03-04', '2026-03-11', '2026-03-18'], { capacity: 10 });
    runSql(office.file, "UPDATE agenda_event SET audience = 'members' WHERE id = ?", eventIds[2]);
    const martin = seedHousehold(office.file, { name: 'Martin', dwellingId: null, people: [{ familyName: 'Martin', firstName: 'Paul' }, { familyName: 'Martin', firstName: 'Julie' }] });
    expect((await call(office.counter, 'agenda.registrations.list', { eventId: eventIds[0]! })).laterSessions).toBe(2);

    const household = await call(office.counter, 'agenda.registrations.register', { eventId: eventIds[0]!, who: { kind: 'household', householdId: martin.householdId }, wholeSeries: true });
    expect(household.outcomes.map((o) => [o.status, o.message])).toEqual([
      ['confirmed', 'Inscription confirmée pour Foyer Martin : « Aide aux devoirs » du 04/03/2026 à 14:00.'],
      ['confirmed', 'Inscription confirmée pour Foyer Martin : « Aide aux devoirs » du 11/03/2026 à 14:00.'],
      ['skipped', '« Aide aux devoirs » est réservé aux adhérents de la conciergerie : Foyer Martin n’a pas d’adhésion en cours. Renouvelez l’adhésion, ou indiquez pourquoi l’inscrire malgré tout.'],
    ]);
    const guest = await call(office.counter, 'agenda.registrations.register', { eventId: eventIds[0]!, who: { kind: 'guest', name: 'Mme Ndiaye', phone: '06 12 34 56 78' }, wholeSeries: true });
    expect(guest.outcomes.map((o) => o.status)).toEqual(['confirmed', 'confirmed', 'skipped']);
    expect(guest.outcomes[2]!.message).toBe('« Aide aux devoirs » est réservé aux adhérents de la conciergerie : inscrivez d’abord la personne comme adhérente.');

    const live = () => readRows(office.file, "SELECT event_id, household_id, guest_name FROM agenda_registration WHERE status <> 'cancelled' ORDER BY id");
    expect((await call(office.counter, 'agenda.registrations.cancel', { id: household.id, wholeSeries: true })).cancelled).toBe(2);
    expect(live()).toEqual(eventIds.slice(0, 2).map((eventId) => ({ event_id: eventId, household_id: null, guest_name: 'Mme Ndiaye' })));
    expect((await call(office.counter, 'agenda.registrations.cancel', { id: guest.id, wholeSeries: true })).cancelled).toBe(2);
    expect(live()).toEqual([]);
  });
});

describe('household page and figures', () => {
  it('lists upcoming registrations and past events attended, with this year’s count', async () => {
    const office = await agendaOffice('2026-03-01');
    const family = seedHousehold(office.file, { name: 'Durand', dwellingId: null, people: [{ familyName: 'Durand', firstName: 'Hélène' }, { familyName: 'Durand', firstName: 'Paul' }] });
    const past = seedEvent(office.file, { startsAt: '2026-03-02T14:00', title: 'Café rencontre' });
    const missed = seedEvent(office.file, { startsAt: '2026-03-03T14:00', title: 'Atelier énergie' });
    const next = seedEvent(office.file, { startsAt: '2026-04-01T14:00', title: 'Sortie au parc' });
    const a = await registerPerson(office, past, family.personIds[0]!);
    await registerPerson(office, missed, family.personIds[1]!);
    await call(office.counter, 'agenda.registrations.register', { eventId: next, who: { kind: 'household', householdId: family.householdId } });
    await call(office.counter, 'agenda.registrations.setAttended', { id: a.id, attended: true });
    await office.setNow('2026-03-10T09:00');
    const view = await call(office.counter, 'agenda.registrations.ofHousehold', { householdId: family.householdId });
    expect(view.upcoming.map((u) => [u.title, u.name, u.status])).toEqual([['Sortie au parc', 'Foyer Durand (2 personnes)', 'confirmed']]);
    expect(view.past.map((p) => [p.title, p.name, p.attended])).toEqual([
      ['Atelier énergie', 'Paul Durand', false],
      ['Café rencontre', 'Hélène Durand', true],
    ]);
    expect(view).toMatchObject({ attendedThisYear: 1, year: 2026 });
  });

  it('gives each upcoming waiting registration of a household its place in that event’s own line', async () => {
    const office = await agendaOffice();
    const tutoring = seedEvent(office.file, { startsAt: '2026-03-04T14:00', title: 'Aide aux devoirs', capacity: 1 });
    const cafe = seedEvent(office.file, { startsAt: '2026-03-05T14:00', title: 'Café rencontre', capacity: 1 });
    const [lea, noe] = seedChildren(office.file, ['Léa', 'Noé']);
    const family = seedHousehold(office.file, { name: 'Durand', dwellingId: null, people: [{ familyName: 'Durand', firstName: 'Hélène' }] });
    // The tutoring: Léa in, Noé first in line, Hélène second. The café: Léa in, Hélène first in line.
    for (const personId of [lea!.personId, noe!.personId, family.personIds[0]!]) await registerPerson(office, tutoring, personId);
    for (const personId of [lea!.personId, family.personIds[0]!]) await registerPerson(office, cafe, personId);
    const view = await call(office.counter, 'agenda.registrations.ofHousehold', { householdId: family.householdId });
    expect(view.upcoming.map((u) => [u.title, u.status, u.position])).toEqual([
      ['Aide aux devoirs', 'waiting', 2],
      ['Café rencontre', 'waiting', 1],
    ]);
  });

  it('counts participants by seats and distinct households, in one call for several events', async () => {
    const office = await agendaOffice();
    const one = seedEvent(office.file, { startsAt: '2026-03-04T14:00', capacity: 10 });
    const two = seedEvent(office.file, { startsAt: '2026-03-05T14:00', capacity: null });
    const family = seedHousehold(office.file, { name: 'Durand', dwellingId: null, people: [{ familyName: 'Durand', firstName: 'Hélène' }, { familyName: 'Durand', firstName: 'Paul' }, { familyName: 'Durand', firstName: 'Zoé' }] });
    const [lea] = seedChildren(office.file, ['Léa']);
    const tick = async (id: number) => call(office.counter, 'agenda.registrations.setAttended', { id, attended: true });
    await tick((await call(office.counter, 'agenda.registrations.register', { eventId: one, who: { kind: 'household', householdId: family.householdId } })).id);
    await tick((await registerPerson(office, one, lea!.personId)).id);
    await tick((await call(office.counter, 'agenda.registrations.register', { eventId: one, who: { kind: 'guest', name: 'Mme Ndiaye', phone: '0612345678' } })).id);
    await call(office.counter, 'agenda.registrations.register', { eventId: two, who: { kind: 'person', personId: lea!.personId } });
    const figures = await call(office.counter, 'agenda.registrations.summaries', { eventIds: [one, two, 9999] });
    expect(figures).toEqual([
      { eventId: one, capacity: 10, confirmedRegistrations: 3, confirmedSeats: 5, freeSeats: 5, waitingRegistrations: 0, waitingSeats: 0, attendedParticipants: 5, attendedHouseholds: 2 },
      { eventId: two, capacity: null, confirmedRegistrations: 1, confirmedSeats: 1, freeSeats: null, waitingRegistrations: 0, waitingSeats: 0, attendedParticipants: 0, attendedHouseholds: 0 },
    ]);
    expectError(await office.counter.invoke('agenda.registrations.summary', { eventId: 9999 }), 'NOT_FOUND');
    // The events part shows the same figures on the event: seats taken, the line, the people who came.
    expect(await call(office.counter, 'agenda.events.get', { id: one })).toMatchObject({ confirmedSeats: 5, waitingCount: 0, attendedCount: 5 });
  });

  it('prints the attendance sheet as a PDF', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00', title: 'Aide aux devoirs' });
    const [lea] = seedChildren(office.file, ['Léa']);
    await registerPerson(office, eventId, lea!.personId);
    const sheet = await call(office.counter, 'agenda.registrations.sheetPdf', { eventId });
    expect(sheet.fileName).toBe('emargement-aide-aux-devoirs-2026-03-04.pdf');
    expect(Buffer.from(sheet.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
