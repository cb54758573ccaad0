import { describe, expect, it } from 'vitest';
import { call, expectError } from './helpers.ts';
import { openTill, readRow, readRows, seedMember } from './conciergerie-fixtures.ts';
import { runSql, seedHousehold } from './people-fixtures.ts';
import { agendaOffice, readerOf, seedEvent } from './agenda-registrations-fixtures.ts';

/*
 * A guest's registration attached to a person on file (agenda.registrations.attachGuest) on the real backend: what
 * it keeps, what it forgets, the refusals that keep it from being a back door, and the person's data export.
 */

type Office = Awaited<ReturnType<typeof agendaOffice>>;

const registerGuest = async (office: Office, eventId: number, name: string, phone: string, extra: { paymentMethod?: 'cash'; audienceOverride?: string } = {}) =>
  (await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'guest', name, phone }, ...extra })).id;

const durand = (office: Office) =>
  seedHousehold(office.file, { name: 'Durand', dwellingId: null, people: [{ familyName: 'Durand', firstName: 'Hélène' }, { familyName: 'Durand', firstName: 'Paul' }] });

const rowOf = (office: Office, id: number) => readRow(office.file, 'SELECT * FROM agenda_registration WHERE id = ?', id);

describe('attaching a guest to a person on file', () => {
  it('makes the registration the person’s, keeping its place, attendance and payment, and forgets the guest’s name and phone', async () => {
    const office = await agendaOffice();
    openTill(office.file);
    const eventId = seedEvent(office.file, { startsAt: '2026-03-02T12:00', capacity: 1, priceCents: 500, title: 'Atelier cuisine' });
    const inId = await registerGuest(office, eventId, 'Mme Ndiaye', '06 12 34 56 78', { paymentMethod: 'cash' });
    const waitingId = await registerGuest(office, eventId, 'Hélène D.', '06 98 76 54 32');
    await registerGuest(office, eventId, 'M. Leroy', '06 11 22 33 44');
    await call(office.counter, 'agenda.registrations.setAttended', { id: inId, attended: true });
    const family = durand(office);
    const member = seedMember(office.file, { number: 'A00042', familyName: 'Ndiaye', firstName: 'Awa' });
    const awa = readRow<{ person_id: number }>(office.file, 'SELECT person_id FROM member WHERE id = ?', member)!.person_id;
    const before = await call(office.counter, 'agenda.registrations.list', { eventId });

    const waiting = await call(office.counter, 'agenda.registrations.attachGuest', { id: waitingId, personId: family.personIds[0]! });
    expect(waiting.message).toBe('Inscription de Hélène D. rattachée à Hélène Durand (foyer Durand) : son nom et son téléphone d’invité sont effacés.');
    expect(waiting.registration).toMatchObject({ id: waitingId, kind: 'person', name: 'Hélène Durand', householdName: 'Durand', guestPhone: null, status: 'waiting', position: 1 });
    const attended = await call(office.counter, 'agenda.registrations.attachGuest', { id: inId, personId: awa });

    const after = await call(office.counter, 'agenda.registrations.list', { eventId });
    const confirmed = after.confirmed[0]!;
    expect(confirmed).toMatchObject({ id: inId, kind: 'person', name: 'Awa Ndiaye', memberNumber: 'A00042', guestPhone: null, attendedAt: before.confirmed[0]!.attendedAt, payment: before.confirmed[0]!.payment });
    expect(attended.registration.registeredAt).toBe(before.confirmed[0]!.registeredAt);
    expect(after.waiting.map((r) => [r.id, r.name, r.position])).toEqual([[waitingId, 'Hélène Durand', 1], [before.waiting[1]!.id, 'M. Leroy', 2]]);
    // Same seats and participants; the guest who came now counts as a household too.
    expect(after.summary).toEqual({ ...before.summary, attendedHouseholds: before.summary.attendedHouseholds + 1 });
    expect(rowOf(office, waitingId)).toMatchObject({ person_id: family.personIds[0], household_id: family.householdId, guest_name: null, guest_phone: null });
    expect(readRows(office.file, "SELECT id FROM agenda_registration WHERE guest_phone IN ('+33612345678', '+33698765432')")).toEqual([]);

    // Her data export now lists the event.
    const exported = JSON.parse((await call(office.admin, 'privacy.exportPerson', { personId: family.personIds[0]! })).json);
    expect(exported.sections.inscriptionsAgenda).toEqual([expect.objectContaining({ evenement: 'Atelier cuisine', inscription: 'la personne', statut: 'liste d’attente' })]);
  });

  it('refuses a person already registered or counted in their household’s registration, and what is not a guest', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00' });
    const family = durand(office);
    const whole = await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'household', householdId: family.householdId } });
    const leroy = seedHousehold(office.file, { name: 'Leroy', dwellingId: null, people: [{ familyName: 'Leroy', firstName: 'Marc' }] });
    const marc = leroy.personIds[0]!;
    await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'person', personId: marc } });
    const guest = await registerGuest(office, eventId, 'Mme Ndiaye', '06 12 34 56 78');
    const before = readRows(office.file, 'SELECT * FROM agenda_registration ORDER BY id');

    const counted = expectError(await office.counter.invoke('agenda.registrations.attachGuest', { id: guest, personId: family.personIds[1] }), 'CONFLICT');
    expect(counted.message).toBe('La place de Paul Durand est déjà comptée dans l’inscription du foyer Durand (confirmée). Annulez l’une des deux inscriptions avant de rattacher.');
    const twice = expectError(await office.counter.invoke('agenda.registrations.attachGuest', { id: guest, personId: marc }), 'CONFLICT');
    expect(twice.message).toBe('Marc Leroy a déjà une inscription à « Aide aux devoirs » du 04/03/2026 à 14:00 (confirmée). Annulez l’une des deux inscriptions avant de rattacher.');
    const notGuest = expectError(await office.counter.invoke('agenda.registrations.attachGuest', { id: whole.id, personId: marc }), 'CONFLICT');
    expect(notGuest.message).toBe('L’inscription de Foyer Durand (2 personnes) est déjà celle d’une personne ou d’un foyer du fichier : seule une personne non connue se rattache.');
    expectError(await office.counter.invoke('agenda.registrations.attachGuest', { id: guest, personId: 9999 }), 'NOT_FOUND');
    runSql(office.file, "UPDATE person SET erased_at = '2026-02-01T10:00:00.000Z' WHERE id = ?", marc);
    const erased = expectError(await office.counter.invoke('agenda.registrations.attachGuest', { id: guest, personId: marc }), 'CONFLICT');
    expect(erased.message).toBe('Cette personne a été anonymisée : elle ne peut plus être inscrite.');
    expect(readRows(office.file, 'SELECT * FROM agenda_registration ORDER BY id')).toEqual(before);

    // A cancelled guest registration holds no seat: it joins the history of someone registered since.
    await call(office.counter, 'agenda.registrations.cancel', { id: guest });
    const history = await call(office.counter, 'agenda.registrations.attachGuest', { id: guest, personId: family.personIds[0]! });
    expect(history.registration).toMatchObject({ status: 'cancelled', name: 'Hélène Durand' });
  });

  it('outside the event’s public, needs the same reason as registering, kept in the notes', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00', audience: 'members', title: 'Atelier couture' });
    const guest = await registerGuest(office, eventId, 'Mme Ndiaye', '06 12 34 56 78', { audienceOverride: 'Invitée par la conciergerie' });
    const family = durand(office);
    const before = rowOf(office, guest);

    const refused = expectError(await office.counter.invoke('agenda.registrations.attachGuest', { id: guest, personId: family.personIds[0]! }), 'VALIDATION');
    expect(refused.issues.map((i) => i.path)).toEqual(['audienceOverride']);
    expect(refused.message).toBe('« Atelier couture » est réservé aux adhérents de la conciergerie : Hélène Durand n’a pas d’adhésion en cours. Renouvelez l’adhésion, ou indiquez pourquoi l’inscrire malgré tout.');
    expect(rowOf(office, guest)).toEqual(before);
    const short = expectError(await office.counter.invoke('agenda.registrations.attachGuest', { id: guest, personId: family.personIds[0]!, audienceOverride: ' x ' }), 'VALIDATION');
    expect(short.issues[0]!.path).toBe('audienceOverride');

    await call(office.counter, 'agenda.registrations.attachGuest', { id: guest, personId: family.personIds[0]!, audienceOverride: 'Adhésion en cours de renouvellement' });
    expect(rowOf(office, guest)).toMatchObject({ person_id: family.personIds[0], notes: 'Hors public prévu : Adhésion en cours de renouvellement — Hors public prévu : Invitée par la conciergerie' });

    // A member in force belongs to the public: no reason asked.
    const other = await registerGuest(office, eventId, 'M. Petit', '06 98 76 54 32', { audienceOverride: 'Invité' });
    const member = seedMember(office.file, { number: 'A00043', familyName: 'Petit', firstName: 'Marcel' });
    const marcel = readRow<{ person_id: number }>(office.file, 'SELECT person_id FROM member WHERE id = ?', member)!.person_id;
    expect((await call(office.counter, 'agenda.registrations.attachGuest', { id: other, personId: marcel })).registration.name).toBe('Marcel Petit');
  });

  it('needs write on the agenda', async () => {
    const office = await agendaOffice();
    const reader = await readerOf(office);
    const eventId = seedEvent(office.file, { startsAt: '2026-03-04T14:00' });
    const guest = await registerGuest(office, eventId, 'Mme Ndiaye', '06 12 34 56 78');
    const family = durand(office);
    expectError(await reader.invoke('agenda.registrations.attachGuest', { id: guest, personId: family.personIds[0] }), 'FORBIDDEN');
    expect(rowOf(office, guest)).toMatchObject({ guest_name: 'Mme Ndiaye', person_id: null });
  });
});
