import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { call, expectError } from './helpers.ts';
import { agendaOffice, eventInput, tutoringSeries } from './agenda-events-office.ts';

/** The VEVENTs of an exported file, read by ical.js with the file's own VTIMEZONE (no zone known beforehand). */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      status: vevent.getFirstPropertyValue('status'),
      categories: vevent.getFirstPropertyValue('categories'),
      tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
}

describe('iCalendar export', () => {
  it('places a Wednesday 14:00 session at 13:00 UTC in winter and 12:00 UTC in summer, in Europe/Paris', async () => {
    const office = await agendaOffice('2026-01-05');
    await call(office.admin, 'agenda.series.create', tutoringSeries(office.rooms.conciergerie, {}, { startsOn: '2026-01-05', untilOn: '2026-06-30' }));
    const file = await call(office.admin, 'agenda.calendar.ics', { from: '2026-01-01', to: '2026-06-30' });
    expect(file.fileName).toBe('agenda-tout-2026-01-01.ics');
    expect(file.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(file.text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
    expect(file.text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
    const events = parseCalendar(file.text);
    expect(events).toHaveLength(file.count);
    const winter = events.find((e) => e.start.startsWith('2026-01-14'))!;
    const summer = events.find((e) => e.start.startsWith('2026-06-17'))!;
    expect(winter).toMatchObject({ start: '2026-01-14T13:00:00.000Z', end: '2026-01-14T15:00:00.000Z', tzid: 'Europe/Paris' });
    expect(summer).toMatchObject({ start: '2026-06-17T12:00:00.000Z', end: '2026-06-17T14:00:00.000Z', tzid: 'Europe/Paris' });
    expect(winter).toMatchObject({ summary: 'Soutien scolaire', location: 'Salle de la conciergerie', categories: 'Soutien scolaire', status: 'CONFIRMED' });
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('exports one residence’s events (and those for every residence), cancelled ones marked CANCELLED, the next six months by default', async () => {
    const office = await agendaOffice('2026-03-02');
    const { tilleuls, cedres } = office.residences;
    const fete = await call(office.admin, 'agenda.events.create', eventInput({ title: 'Fête des voisins', placeLabel: 'Cour, bâtiment B', residenceIds: [tilleuls], description: 'Apportez un plat.' }));
    await call(office.admin, 'agenda.events.create', eventInput({ title: 'Atelier des Cèdres', placeLabel: 'Hall', residenceIds: [cedres] }));
    await call(office.admin, 'agenda.events.create', eventInput({ title: 'Sortie au zoo', category: 'outing', placeLabel: 'Zoo d’Amiens', priceCents: 500, startsAt: '2026-05-20T09:00', endsAt: '2026-05-20T17:00' }));
    await call(office.admin, 'agenda.events.create', eventInput({ title: 'Trop tard', placeLabel: 'Parc', startsAt: '2026-10-01T10:00', endsAt: '2026-10-01T12:00' }));
    await call(office.admin, 'agenda.events.cancel', { id: fete.id, reason: 'Pluie annoncée' });

    const file = await call(office.admin, 'agenda.calendar.ics', { residenceId: tilleuls });
    expect(file.fileName).toBe('agenda-les-tilleuls-2026-03-02.ics');
    const events = parseCalendar(file.text);
    expect(events.map((e) => `${e.summary} ${e.status}`)).toEqual(['Fête des voisins CANCELLED', 'Sortie au zoo CONFIRMED']);
    expect(events[0]).toMatchObject({ uid: fete.uid, location: 'Cour, bâtiment B' });
    expect(events[0]!.description).toContain('Apportez un plat.');
    expect(events[0]!.description).toContain('Pluie annoncée');
    expect(events[1]!.description).toContain('5,00');

    expectError(await office.admin.invoke('agenda.calendar.ics', { residenceId: 9999 }), 'NOT_FOUND');
  });
});

describe('monthly programme', () => {
  it('prints the month’s events of a residence as an A4 PDF', async () => {
    const office = await agendaOffice('2026-03-02');
    const { tilleuls, cedres } = office.residences;
    await call(office.admin, 'agenda.series.create', tutoringSeries(office.rooms.conciergerie, { residenceIds: [tilleuls] }, { untilOn: '2026-04-30' }));
    await call(office.admin, 'agenda.events.create', eventInput({ title: 'Atelier des Cèdres', placeLabel: 'Hall', residenceIds: [cedres] }));
    await call(office.admin, 'agenda.events.create', eventInput({ title: 'Café pour tous', roomId: office.rooms.common, startsAt: '2026-03-28T10:00', endsAt: '2026-03-28T12:00' }));
    const programme = await call(office.counter, 'agenda.calendar.programme', { residenceId: tilleuls, month: '2026-03', note: 'Inscriptions au bureau.' });
    expect(programme.fileName).toBe('programme-les-tilleuls-2026-03.pdf');
    // The four Wednesdays of March and the café; not the April sessions nor the other residence's workshop.
    expect(programme.count).toBe(5);
    const pdf = Buffer.from(programme.base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);

    const empty = await call(office.admin, 'agenda.calendar.programme', { residenceId: cedres, month: '2026-08' });
    expect(empty.count).toBe(0);
    expect(expectError(await office.admin.invoke('agenda.calendar.programme', { residenceId: cedres, month: '2026-13' }), 'VALIDATION').message).toContain('AAAA-MM');
  });
});
