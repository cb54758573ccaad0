import { describe, expect, it } from 'vitest';
import { SyncDb } from '../../db/query.ts';
import { registrationsPrivacy } from '../../src-main/agenda/registrations/privacy-participant.ts';
import { call, expectError, withFile } from './helpers.ts';
import { openTill, readRow, readRows, seedMember } from './conciergerie-fixtures.ts';
import { countRows, runSql, seedHousehold } from './people-fixtures.ts';
import { agendaOffice, seedEvent } from './agenda-registrations-fixtures.ts';

/* Attendance at the door (member cards), ticking the list, and the agenda's part of personal-data rights. */

const personOf = (file: string, number: string) => readRow<{ person_id: number }>(file, 'SELECT person_id FROM member WHERE number = ?', number)!.person_id;

describe('check-in at the door', () => {
  it('checks in a registered member once, a household by any of its cards, and says what it does', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-02T14:00', capacity: 10, title: 'Café rencontre' });
    seedMember(office.file, { number: 'A00042', familyName: 'Dupont', firstName: 'Hélène' });
    await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'person', personId: personOf(office.file, 'A00042') } });
    // A household of three registered as a whole; its second person holds a card.
    const family = seedHousehold(office.file, { name: 'Benali', dwellingId: null, people: [{ familyName: 'Benali', firstName: 'Sami' }, { familyName: 'Benali', firstName: 'Rania' }, { familyName: 'Benali', firstName: 'Nour' }] });
    runSql(office.file, "INSERT INTO member (person_id, number, joined_on, created_at, updated_at) VALUES (?, 'A00050', '2026-01-05', '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z')", family.personIds[1]!);
    await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'household', householdId: family.householdId } });

    const first = await call(office.counter, 'agenda.registrations.checkIn', { eventId, code: ' a00042\n' });
    expect(first).toMatchObject({ kind: 'checked_in', message: 'Bienvenue Hélène Dupont : présence enregistrée.', summary: { attendedParticipants: 1, attendedHouseholds: 1 } });
    const again = await call(office.counter, 'agenda.registrations.checkIn', { eventId, code: 'A00042' });
    expect(again.kind).toBe('already');
    expect(again.message).toMatch(/^Hélène Dupont : présence déjà enregistrée à \d{2}:\d{2}, comptée une seule fois\.$/);
    expect(again.summary.attendedParticipants).toBe(1);
    const household = await call(office.counter, 'agenda.registrations.checkIn', { eventId, code: 'A00050' });
    expect(household).toMatchObject({ kind: 'checked_in', message: 'Bienvenue Rania Benali (Foyer Benali (3 personnes)) : présence enregistrée.', summary: { attendedParticipants: 4, attendedHouseholds: 2 } });
    expect(readRows(office.file, 'SELECT attendance_source FROM agenda_registration WHERE attended_at IS NOT NULL')).toEqual([{ attendance_source: 'scan' }, { attendance_source: 'scan' }]);
  });

  it('offers a walk-in to a member not registered, creates it on request, and refuses when full', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-02T14:00', capacity: 1 });
    seedMember(office.file, { number: 'A00042', familyName: 'Dupont', firstName: 'Hélène' });
    seedMember(office.file, { number: 'A00043', familyName: 'Petit', firstName: 'Marcel' });
    const offer = await call(office.counter, 'agenda.registrations.checkIn', { eventId, code: 'A00042' });
    expect(offer).toMatchObject({ kind: 'offer_walk_in', id: null, message: 'Hélène Dupont n’a pas d’inscription : une place est libre, l’inscrire sur place ?' });
    expect(countRows(office.file, 'agenda_registration')).toBe(0);
    const walkIn = await call(office.counter, 'agenda.registrations.checkIn', { eventId, code: 'A00042', walkIn: true });
    expect(walkIn).toMatchObject({ kind: 'walk_in', summary: { confirmedSeats: 1, attendedParticipants: 1 } });
    expect(readRow(office.file, 'SELECT status, attendance_source, notes FROM agenda_registration WHERE id = ?', walkIn.id)).toEqual({ status: 'confirmed', attendance_source: 'scan', notes: 'Inscription sur place' });
    const full = expectError(await office.counter.invoke('agenda.registrations.checkIn', { eventId, code: 'A00043', walkIn: true }), 'CONFLICT');
    expect(full.message).toBe('Marcel Petit n’a pas d’inscription et « Aide aux devoirs » est complet : pas de place sur place.');
    expect(countRows(office.file, 'agenda_registration')).toBe(1);
  });

  it('takes the price of a walk-in on a paid event', async () => {
    const office = await agendaOffice();
    openTill(office.file);
    const eventId = seedEvent(office.file, { startsAt: '2026-03-02T12:00', capacity: 5, priceCents: 300 });
    seedMember(office.file, { number: 'A00042', familyName: 'Dupont', firstName: 'Hélène' });
    expectError(await office.counter.invoke('agenda.registrations.checkIn', { eventId, code: 'A00042', walkIn: true }), 'VALIDATION');
    const paid = await call(office.counter, 'agenda.registrations.checkIn', { eventId, code: 'A00042', walkIn: true, paymentMethod: 'cash' });
    expect(paid.message).toMatch(/^Inscription sur place de Hélène Dupont : présence enregistrée \(reçu 2026-\d{6}\)\.$/);
    expect(readRows(office.file, 'SELECT amount_cents FROM payment')).toEqual([{ amount_cents: 300 }]);
  });

  it('tells a waiting member, an unknown card and a code that is no card apart, changing nothing', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-02T14:00', capacity: 1 });
    seedMember(office.file, { number: 'A00042', familyName: 'Dupont', firstName: 'Hélène' });
    seedMember(office.file, { number: 'A00043', familyName: 'Petit', firstName: 'Marcel' });
    for (const number of ['A00042', 'A00043']) await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'person', personId: personOf(office.file, number) } });
    const waiting = await call(office.counter, 'agenda.registrations.checkIn', { eventId, code: 'A00043' });
    expect(waiting).toMatchObject({ kind: 'waiting', message: 'Marcel Petit : en liste d’attente (position 1), pas de place confirmée.' });
    const unknown = expectError(await office.counter.invoke('agenda.registrations.checkIn', { eventId, code: 'A00099' }), 'NOT_FOUND');
    expect(unknown.message).toBe('Aucun adhérent n’a le numéro A00099 : vérifiez la carte, ou inscrivez la personne depuis la liste.');
    const notCard = expectError(await office.counter.invoke('agenda.registrations.checkIn', { eventId, code: 'E000123' }), 'VALIDATION');
    expect(notCard.message).toBe('« E000123 » n’est pas une carte d’adhérent : le numéro est un A suivi de 5 chiffres (A00042).');
    expect(countRows(office.file, 'agenda_registration', 'attended_at IS NOT NULL')).toBe(0);
  });

  it('ticks and unticks from the list; a waiting registration has no attendance; an attended one is not cancelled', async () => {
    const office = await agendaOffice();
    const eventId = seedEvent(office.file, { startsAt: '2026-03-02T14:00', capacity: 1 });
    const family = seedHousehold(office.file, { name: 'Roux', dwellingId: null, people: [{ familyName: 'Roux', firstName: 'Marc' }, { familyName: 'Roux', firstName: 'Léo' }] });
    const marc = await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'person', personId: family.personIds[0]! } });
    const leo = await call(office.counter, 'agenda.registrations.register', { eventId, who: { kind: 'person', personId: family.personIds[1]! } });
    const ticked = await call(office.counter, 'agenda.registrations.setAttended', { id: marc.id, attended: true });
    expect(ticked).toMatchObject({ attendanceSource: 'list' });
    expect(ticked.attendedAt).not.toBeNull();
    const refusedCancel = expectError(await office.counter.invoke('agenda.registrations.cancel', { id: marc.id }), 'CONFLICT');
    expect(refusedCancel.message).toBe('La présence de Marc Roux est enregistrée : retirez-la d’abord pour annuler l’inscription.');
    const waiting = expectError(await office.counter.invoke('agenda.registrations.setAttended', { id: leo.id, attended: true }), 'CONFLICT');
    expect(waiting.message).toBe('Léo Roux n’a pas de place confirmée (liste d’attente) : pas de présence à pointer.');
    const unticked = await call(office.counter, 'agenda.registrations.setAttended', { id: marc.id, attended: false });
    expect(unticked).toMatchObject({ attendedAt: null, attendanceSource: null });
  });
});

describe('personal data', () => {
  it('exports a person’s registrations, keeps counts on erasure, and keeps people registered to an upcoming event', async () => {
    const office = await agendaOffice();
    const past = seedEvent(office.file, { startsAt: '2026-02-10T14:00', title: 'Café rencontre' });
    const next = seedEvent(office.file, { startsAt: '2026-04-10T14:00', title: 'Sortie au parc' });
    const family = seedHousehold(office.file, { name: 'Durand', dwellingId: null, people: [{ familyName: 'Durand', firstName: 'Hélène' }, { familyName: 'Durand', firstName: 'Paul' }] });
    const [helene, paul] = family.personIds;
    const own = await call(office.counter, 'agenda.registrations.register', { eventId: past, who: { kind: 'person', personId: helene! }, notes: 'Vient avec sa voisine' });
    await call(office.counter, 'agenda.registrations.setAttended', { id: own.id, attended: true });
    await call(office.counter, 'agenda.registrations.register', { eventId: next, who: { kind: 'household', householdId: family.householdId }, notes: 'Allergie aux arachides' });

    const exported = await call(office.admin, 'privacy.exportPerson', { personId: helene! });
    expect(exported.sections).toContain('inscriptionsAgenda');
    const section = JSON.parse(exported.json).sections.inscriptionsAgenda as { evenement: string; inscription: string; notes: string }[];
    expect(section.map((s) => [s.evenement, s.inscription, s.notes])).toEqual([
      ['Café rencontre', 'la personne', 'Vient avec sa voisine'],
      ['Sortie au parc', 'le foyer entier', 'Allergie aux arachides'],
    ]);

    withFile(
      office.file,
      (raw) => {
        const facts = registrationsPrivacy.retention!(new SyncDb(raw), [helene!, paul!], '2026-03-02');
        expect(facts.get(helene!)).toMatchObject({ lastActivityOn: '2026-02-10', keptBecause: 'Inscrite à un événement à venir de l’agenda.' });
        expect(facts.get(paul!)).toMatchObject({ lastActivityOn: null, keptBecause: 'Inscrite à un événement à venir de l’agenda.' });
        expect(registrationsPrivacy.retention!(new SyncDb(raw), [helene!], '2026-05-01').get(helene!)!.keptBecause).toBeNull();
      },
      true,
    );

    const before = await call(office.counter, 'agenda.registrations.summary', { eventId: past });
    await call(office.admin, 'privacy.erasePerson', { personId: helene!, reason: 'request' });
    expect(readRow<{ notes: string }>(office.file, 'SELECT notes FROM agenda_registration WHERE id = ?', own.id)!.notes).toBe('');
    expect(await call(office.counter, 'agenda.registrations.summary', { eventId: past })).toEqual(before);
    // The household's registration keeps its note while Paul is on file; erased with the household's last member.
    expect(countRows(office.file, 'agenda_registration', "notes = 'Allergie aux arachides'")).toBe(1);
    await call(office.admin, 'privacy.erasePerson', { personId: paul!, reason: 'request' });
    expect(countRows(office.file, 'agenda_registration', "notes <> ''")).toBe(0);
    expect(countRows(office.file, 'agenda_registration')).toBe(2);
  });
});
