import { describe, expect, it } from 'vitest';
import { euros } from '../../src-main/shared/money.ts';
import { call, expectError } from './helpers.ts';
import { openTill, readRow, readRows } from './conciergerie-fixtures.ts';
import { countRows, runSql, seedHousehold } from './people-fixtures.ts';
import { agendaOffice, readerOf, seedEvent } from './agenda-registrations-fixtures.ts';

/*
 * Changing the seats of a household registration (agenda.registrations.setSeats) on the real backend: the place kept
 * in line, capacity never exceeded, seats handed to the waiting line at once, attendance counts, and the till's
 * money on paid events.
 */

type Office = Awaited<ReturnType<typeof agendaOffice>>;

/** A household of the people named, not a tenant; returns its ids. */
const household = (office: Office, name: string, firstNames: string[]) =>
  seedHousehold(office.file, { name, dwellingId: null, people: firstNames.map((firstName) => ({ familyName: name, firstName })) });

const registerHousehold = async (office: Office, eventId: number, householdId: number, seats: number, paymentMethod: 'cash' | 'card' | null = null) =>
  (await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'household', householdId, seats }, paymentMethod })).id;

/** One person alone in a household of their own, registered; returns the registration's id. */
async function registerAlone(office: Office, eventId: number, firstName: string, familyName: string): Promise<number> {
  const { personIds } = household(office, familyName, [firstName]);
  return (await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'person', personId: personIds[0]! } })).id;
}

const lines = async (office: Office, eventId: number) => {
  const list = await call(office.counter, 'agenda.registrations.list', { eventId });
  return { confirmed: list.confirmed.map((r) => [r.name, r.seats]), waiting: list.waiting.map((r) => [r.name, r.position, r.seats]), summary: list.summary };
};

const setSeats = (office: Office, id: number, seats: number, methods: { paymentMethod?: 'cash' | 'card'; refundMethod?: 'cash' | 'card' } = {}) =>
  office.counter.invoke('agenda.registrations.setSeats', { id, seats, ...methods });

describe('seats of a confirmed household', () => {
  it('gives the seats it drops to the waiting line in the same write, naming who got in', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00', capacity: 5 });
    const martin = household(office, 'Martin', ['Paul', 'Julie', 'Léa', 'Tom']);
    const martinId = await registerHousehold(office, eventId, martin.householdId, 4);
    await registerAlone(office, eventId, 'Hélène', 'Roux');
    await registerAlone(office, eventId, 'Noé', 'Bernard');
    await registerHousehold(office, eventId, household(office, 'Benali', ['Sami', 'Rania', 'Nour']).householdId, 3);
    await registerAlone(office, eventId, 'Inès', 'Caron');
    expect((await lines(office, eventId)).waiting).toEqual([['Noé Bernard', 1, 1], ['Foyer Benali (3 personnes)', 2, 3], ['Inès Caron', 3, 1]]);

    // Two seats freed: Noé (1) gets in, the Benali household (3) does not fit and keeps its place, Inès (1) gets in.
    const done = await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 2 });
    expect(done).toMatchObject({ seats: 2, status: 'confirmed', position: null, charged: null, refunded: null });
    expect(done.promotions.map((p) => p.name)).toEqual(['Noé Bernard', 'Inès Caron']);
    expect(done.message).toBe(
      'Foyer Martin : 2 places au lieu de 4. Noé Bernard passe de la liste d’attente aux inscrits. Inès Caron passe de la liste d’attente aux inscrits.',
    );
    const after = await lines(office, eventId);
    expect(after.waiting).toEqual([['Foyer Benali (3 personnes)', 1, 3]]);
    expect(after.confirmed).toContainEqual(['Foyer Martin (2 personnes)', 2]);
    expect(after.summary).toMatchObject({ confirmedSeats: 5, freeSeats: 0, waitingSeats: 3 });
  });

  it('grows only into seats free now: beyond them it is refused and nothing changes', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00', capacity: 6 });
    const martinId = await registerHousehold(office, eventId, household(office, 'Martin', ['Paul', 'Julie']).householdId, 3);
    await registerAlone(office, eventId, 'Hélène', 'Roux');
    await registerAlone(office, eventId, 'Noé', 'Bernard');
    await registerHousehold(office, eventId, household(office, 'Dupont', ['Marc', 'Lise']).householdId, 2);
    const before = await lines(office, eventId);
    const rowsBefore = readRows(office.file, 'SELECT * FROM agenda_registration ORDER BY id');
    expect(before.summary).toMatchObject({ confirmedSeats: 5, freeSeats: 1, waitingRegistrations: 1 });

    const tooMany = expectError(await setSeats(office, martinId, 5), 'CONFLICT');
    expect(tooMany.message).toBe('Il ne reste qu’une place : le foyer Martin garde ses 3 places.');
    expect(await lines(office, eventId)).toEqual(before);
    expect(readRows(office.file, 'SELECT * FROM agenda_registration ORDER BY id')).toEqual(rowsBefore);

    const one = await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 4 });
    expect(one).toMatchObject({ status: 'confirmed', promotions: [], message: 'Foyer Martin : 4 places au lieu de 3.' });
    const full = expectError(await setSeats(office, martinId, 5), 'CONFLICT');
    expect(full.message).toBe('« Aide aux devoirs » est complet : le foyer Martin garde ses 4 places.');
    // The household waiting was not overtaken into the waiting list, nor moved.
    expect(await lines(office, eventId)).toMatchObject({ waiting: [['Foyer Dupont (2 personnes)', 1, 2]], summary: { confirmedSeats: 6, freeSeats: 0 } });
  });

  it('changes at the door, after check-in: the participants counted follow the seats', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-02T14:00', capacity: 10, title: 'Café rencontre' });
    const martinId = await registerHousehold(office, eventId, household(office, 'Martin', ['Paul', 'Julie', 'Léa']).householdId, 3);
    await call(office.counter, 'agenda.registrations.setAttended', { id: martinId, attended: true });
    expect(await call(office.counter, 'agenda.registrations.summary', { eventId })).toMatchObject({ attendedParticipants: 3, attendedHouseholds: 1 });

    await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 4 });
    expect(await call(office.counter, 'agenda.registrations.summary', { eventId })).toMatchObject({ confirmedSeats: 4, attendedParticipants: 4, attendedHouseholds: 1 });
    await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 2 });
    expect(await call(office.counter, 'agenda.registrations.summary', { eventId })).toMatchObject({ confirmedSeats: 2, attendedParticipants: 2 });
    expect(readRow<{ attended_at: string | null }>(office.file, 'SELECT attended_at FROM agenda_registration WHERE id = ?', martinId)!.attended_at).not.toBeNull();
  });
});

describe('seats of a waiting household', () => {
  it('keeps its place in line whatever its seats, and gets in as soon as it fits', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00', capacity: 4 });
    for (const [first, family] of [['Hélène', 'Roux'], ['Noé', 'Bernard'], ['Inès', 'Caron']] as const) await registerAlone(office, eventId, first, family);
    const martinId = await registerHousehold(office, eventId, household(office, 'Martin', ['Paul', 'Julie', 'Léa']).householdId, 3);
    const dupontId = await registerHousehold(office, eventId, household(office, 'Dupont', ['Marc', 'Lise']).householdId, 2);
    const registeredAt = readRow<{ registered_at: string }>(office.file, 'SELECT registered_at FROM agenda_registration WHERE id = ?', martinId)!.registered_at;

    const grown = await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 5 });
    expect(grown).toMatchObject({ status: 'waiting', position: 1, promotions: [], message: 'Foyer Martin : 5 places au lieu de 3, toujours en liste d’attente (position 1).' });
    const shrunk = await call(office.counter, 'agenda.registrations.setSeats', { id: dupontId, seats: 3 });
    expect(shrunk).toMatchObject({ status: 'waiting', position: 2 });
    expect((await lines(office, eventId)).waiting).toEqual([['Foyer Martin (5 personnes)', 1, 5], ['Foyer Dupont (3 personnes)', 2, 3]]);

    // One seat is free: down to one seat, the Martin household fits and gets in.
    const fits = await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 1 });
    expect(fits).toMatchObject({ status: 'confirmed', position: null });
    expect(fits.message).toBe('Foyer Martin : 1 place au lieu de 5. Foyer Martin (1 personne) passe de la liste d’attente aux inscrits.');
    const after = await lines(office, eventId);
    expect(after.waiting).toEqual([['Foyer Dupont (3 personnes)', 1, 3]]);
    expect(after.summary).toMatchObject({ confirmedSeats: 4, freeSeats: 0 });
    expect(readRow(office.file, 'SELECT registered_at, promoted_at IS NOT NULL AS promoted FROM agenda_registration WHERE id = ?', martinId)).toEqual({ registered_at: registeredAt, promoted: 1 });
  });
});

describe('what has no seats to change', () => {
  it('refuses a person, a guest, a cancelled registration or event, and bad numbers, in French, changing nothing', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00', capacity: 10 });
    const person = await registerAlone(office, eventId, 'Hélène', 'Roux');
    const guest = (await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'guest', name: 'Mme Ndiaye', phone: '06 12 34 56 78' } })).id;
    const cancelled = await registerHousehold(office, eventId, household(office, 'Dupont', ['Marc', 'Lise']).householdId, 2);
    await call(office.counter, 'agenda.registrations.cancel', { id: cancelled });
    const martinId = await registerHousehold(office, eventId, household(office, 'Martin', ['Paul', 'Julie']).householdId, 2);
    const before = readRows(office.file, 'SELECT * FROM agenda_registration ORDER BY id');

    expect(expectError(await setSeats(office, person, 2), 'CONFLICT').message).toBe(
      'L’inscription de Hélène Roux est individuelle : elle compte une place. Pour venir à plusieurs, inscrivez chaque personne, ou le foyer entier.',
    );
    expect(expectError(await setSeats(office, guest, 2), 'CONFLICT').message).toBe('L’inscription de Mme Ndiaye (personne non connue) compte une place : inscrivez chaque autre personne à part.');
    expect(expectError(await setSeats(office, cancelled, 3), 'CONFLICT').message).toBe('L’inscription du foyer Dupont est annulée : inscrivez le foyer de nouveau.');
    const same = expectError(await setSeats(office, martinId, 2), 'VALIDATION');
    expect(same.issues[0]).toMatchObject({ path: 'seats', message: 'Le foyer Martin a déjà 2 places : indiquez un autre nombre.' });
    for (const seats of [0, 21, 2.5]) expect(expectError(await setSeats(office, martinId, seats), 'VALIDATION').issues[0]!.path).toBe('seats');
    expectError(await setSeats(office, 9999, 2), 'NOT_FOUND');
    runSql(office.file, "UPDATE agenda_event SET status = 'cancelled' WHERE id = ?", eventId);
    expect(expectError(await setSeats(office, martinId, 3), 'CONFLICT').message).toBe('« Aide aux devoirs » du 04/03/2026 à 14:00 est annulé : il ne prend plus d’inscriptions ni de pointage.');
    expect(readRows(office.file, 'SELECT * FROM agenda_registration ORDER BY id')).toEqual(before);
  });

  it('is done by the counter; a role without write on the agenda is refused by the backend', async () => {
    const office = await agendaOffice();
    const reader = await readerOf(office);
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00' });
    const martinId = await registerHousehold(office, eventId, household(office, 'Martin', ['Paul', 'Julie']).householdId, 2);
    expectError(await reader.invoke('agenda.registrations.setSeats', { id: martinId, seats: 3 }), 'FORBIDDEN');
    expect(readRow<{ seats: number }>(office.file, 'SELECT seats FROM agenda_registration WHERE id = ?', martinId)!.seats).toBe(2);
    await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 3 });
    expect(readRow<{ seats: number }>(office.file, 'SELECT seats FROM agenda_registration WHERE id = ?', martinId)!.seats).toBe(3);
  });
});

describe('seats of a paid event', () => {
  /** What the till holds for event seats, by payment method (refunds included). */
  const tillByMethod = (office: Office) =>
    Object.fromEntries(readRows<{ method: string; total: number }>(office.file, "SELECT method, sum(amount_cents) AS total FROM payment WHERE purpose = 'event' GROUP BY method").map((r) => [r.method, r.total]));

  it('lets the amount due follow the seats while the registration owes its price', async () => {
    const office = await agendaOffice();
    openTill(office.file);
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T12:00', capacity: 3, priceCents: 500, title: 'Atelier cuisine' });
    const { personIds } = household(office, 'Roux', ['Hélène']);
    await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'person', personId: personIds[0]! }, paymentMethod: 'card' });
    const martinId = await registerHousehold(office, eventId, household(office, 'Martin', ['Paul', 'Julie', 'Léa']).householdId, 3);

    const promoted = await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 2 });
    expect(promoted.message).toBe(`Foyer Martin : 2 places au lieu de 3. Foyer Martin (2 personnes) passe de la liste d’attente aux inscrits (à régler : ${euros(1000)}).`);
    const due = async () => (await call(office.counter, 'agenda.registrations.list', { eventId })).confirmed.find((r) => r.id === martinId)!.amountDueCents;
    expect(await due()).toBe(1000);
    const fewer = await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 1 });
    expect(fewer.message).toBe(`Foyer Martin : 1 place au lieu de 2 (à régler : ${euros(500)}).`);
    expect(await due()).toBe(500);
    expect(countRows(office.file, 'payment')).toBe(1);
  });

  it('takes the difference for more seats through a new receipt for all of them, and refunds or keeps it for fewer', async () => {
    const office = await agendaOffice();
    openTill(office.file);
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T12:00', capacity: 6, priceCents: 500, title: 'Atelier cuisine' });
    const martinId = await registerHousehold(office, eventId, household(office, 'Martin', ['Paul', 'Julie']).householdId, 2, 'card');
    const first = readRow<{ id: number; receipt_number: string }>(office.file, 'SELECT id, receipt_number FROM payment')!;

    const noMethod = expectError(await setSeats(office, martinId, 3), 'VALIDATION');
    expect(noMethod.issues[0]).toMatchObject({ path: 'paymentMethod', message: `Le foyer Martin passe à 3 places : ${euros(500)} de plus à encaisser. Choisissez le moyen de paiement.` });
    expect(countRows(office.file, 'payment')).toBe(1);
    expect(readRow<{ seats: number }>(office.file, 'SELECT seats FROM agenda_registration WHERE id = ?', martinId)!.seats).toBe(2);

    // 2 → 3, the difference paid in cash: a receipt for the 3 seats, the card receipt moved onto it.
    const more = await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 3, paymentMethod: 'cash' });
    expect(more.charged).toMatchObject({ amountCents: 1500 });
    expect(more.refunded).toMatchObject({ amountCents: 1000 });
    expect(more.message).toBe(`Foyer Martin : 3 places au lieu de 2 (${euros(500)} de plus : reçu ${more.charged!.receiptNumber} de ${euros(1500)} pour 3 places, qui remplace le reçu ${first.receipt_number}).`);
    expect(readRows(office.file, 'SELECT amount_cents, method, refund_of, label FROM payment ORDER BY id').slice(1)).toEqual([
      { amount_cents: 1500, method: 'cash', refund_of: null, label: 'Atelier cuisine — 04/03/2026 à 12:00 (3 places)' },
      { amount_cents: -1000, method: 'cash', refund_of: first.id, label: `Remboursement du reçu ${first.receipt_number} : remplacé par le reçu ${more.charged!.receiptNumber} (3 places)` },
    ]);
    expect(tillByMethod(office)).toEqual({ card: 1000, cash: 500 });
    const view = (await call(office.counter, 'agenda.registrations.list', { eventId })).confirmed[0]!;
    expect(view).toMatchObject({ seats: 3, amountDueCents: 0, payment: { id: more.charged!.id, amountCents: 1500, refundedCents: 0 } });

    // 3 → 1 without a refund: the money is kept, and covers growing back to 3.
    const kept = await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 1 });
    expect(kept).toMatchObject({ charged: null, refunded: null, message: `Foyer Martin : 1 place au lieu de 3 (${euros(1000)} payés non remboursés).` });
    const back = await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 3 });
    expect(back).toMatchObject({ charged: null, refunded: null, message: 'Foyer Martin : 3 places au lieu de 1.' });
    expect(countRows(office.file, 'payment')).toBe(3);

    // 3 → 2 with a cash refund: one seat given back from the receipt of the 3 seats.
    const fewer = await call(office.counter, 'agenda.registrations.setSeats', { id: martinId, seats: 2, refundMethod: 'cash' });
    expect(fewer.refunded).toMatchObject({ amountCents: 500 });
    expect(fewer.message).toBe(`Foyer Martin : 2 places au lieu de 3 (remboursement de ${euros(500)}, reçu ${fewer.refunded!.receiptNumber}).`);
    expect(readRow(office.file, 'SELECT amount_cents, refund_of FROM payment ORDER BY id DESC LIMIT 1')).toEqual({ amount_cents: -500, refund_of: more.charged!.id });
    expect(tillByMethod(office)).toEqual({ card: 1000, cash: 0 });
    expect((await call(office.counter, 'agenda.registrations.list', { eventId })).confirmed[0]).toMatchObject({ seats: 2, amountDueCents: 0, payment: { amountCents: 1500, refundedCents: 500 } });
  });
});
