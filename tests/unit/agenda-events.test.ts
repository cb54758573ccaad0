import { describe, expect, it } from 'vitest';
import { occurrenceDates, type RecurrenceRule } from '../../src-main/agenda/events/recurrence.ts';
import { isoWeekday } from '../../src-main/agenda/events/wall-time.ts';
import { call, expectError } from './helpers.ts';
import { agendaOffice, eventInput, type SeriesInput, tutoringSeries } from './agenda-events-office.ts';

const rule = (overrides: Partial<RecurrenceRule>): RecurrenceRule => ({
  frequency: 'weekly',
  interval: 1,
  weekday: 3,
  monthWeek: null,
  startsOn: '2026-01-01',
  untilOn: '2026-12-31',
  exdates: [],
  ...overrides,
});

describe('series dates', () => {
  it('gives every Wednesday from the first one on or after the start, without the holidays', () => {
    const dates = occurrenceDates(rule({ startsOn: '2026-02-02', untilOn: '2026-03-04', exdates: ['2026-02-18', '2026-02-25'] }));
    expect(dates).toEqual(['2026-02-04', '2026-02-11', '2026-03-04']);
  });

  it('steps every other week, and includes the end day', () => {
    const dates = occurrenceDates(rule({ interval: 2, weekday: 1, startsOn: '2026-03-02', untilOn: '2026-03-30' }));
    expect(dates).toEqual(['2026-03-02', '2026-03-16', '2026-03-30']);
  });

  it('gives the n-th weekday of each month', () => {
    const dates = occurrenceDates(rule({ frequency: 'monthly', weekday: 2, monthWeek: 2, startsOn: '2026-01-01', untilOn: '2026-04-30' }));
    expect(dates).toEqual(['2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14']);
    expect(dates.every((day) => isoWeekday(day) === 2 && Number(day.slice(8)) >= 8 && Number(day.slice(8)) <= 14)).toBe(true);
  });

  it('gives the last weekday of each month, skipping a month before the start', () => {
    const dates = occurrenceDates(rule({ frequency: 'monthly', weekday: 5, monthWeek: -1, startsOn: '2026-01-31', untilOn: '2026-05-31' }));
    // The last Friday of January 2026 is the 30th, before the start.
    expect(dates).toEqual(['2026-02-27', '2026-03-27', '2026-04-24', '2026-05-29']);
  });
});

describe('rooms', () => {
  it('lets office staff create, rename and archive rooms, and counter operators only read them', async () => {
    const office = await agendaOffice();
    const room = await call(office.admin, 'agenda.rooms.create', { name: 'Atelier bleu', kind: 'other', residenceId: office.residences.cedres, capacity: 10 });
    expect(room).toMatchObject({ name: 'Atelier bleu', residenceName: 'Les Cèdres', archived: false, upcomingCount: 0 });
    expect(expectError(await office.admin.invoke('agenda.rooms.create', { name: 'atelier BLEU', kind: 'other' }), 'VALIDATION').message).toContain('« Atelier bleu »');
    expectError(await office.counter.invoke('agenda.rooms.create', { name: 'Salle du fond', kind: 'other' }), 'FORBIDDEN');
    expect((await call(office.counter, 'agenda.rooms.list', {})).rows.map((r) => r.name)).toContain('Atelier bleu');

    await call(office.admin, 'agenda.rooms.archive', { id: room.id });
    expect((await call(office.admin, 'agenda.rooms.list', {})).rows.map((r) => r.id)).not.toContain(room.id);
    const refused = expectError(await office.admin.invoke('agenda.events.create', eventInput({ roomId: room.id, capacity: 5 })), 'VALIDATION');
    expect(refused.message).toContain('archivée');
  });

  it('keeps a room with upcoming events, and its events when archived later', async () => {
    const office = await agendaOffice();
    const event = await call(office.admin, 'agenda.events.create', eventInput({ roomId: office.rooms.common }));
    const refused = expectError(await office.admin.invoke('agenda.rooms.archive', { id: office.rooms.common }), 'CONFLICT');
    expect(refused.message).toContain('1 événement(s) à venir');
    await office.setDay('2026-03-20');
    await call(office.admin, 'agenda.rooms.archive', { id: office.rooms.common });
    expect(await call(office.admin, 'agenda.events.get', { id: event.id })).toMatchObject({ roomName: 'Salle commune', place: 'Salle commune' });
  });

  it('refuses an event capacity larger than its room', async () => {
    const office = await agendaOffice();
    const refused = expectError(await office.counter.invoke('agenda.events.create', eventInput({ roomId: office.rooms.conciergerie, capacity: 15 })), 'VALIDATION');
    expect(refused.issues[0]).toMatchObject({ path: 'capacity' });
    expect(refused.message).toContain('12 personnes au plus');
    expect(office.count('agenda_event')).toBe(0);
  });
});

describe('events', () => {
  it('creates an event with its residences, a stable iCalendar UID and French validation of bad input', async () => {
    const office = await agendaOffice();
    const event = await call(office.counter, 'agenda.events.create', eventInput({ residenceIds: [office.residences.tilleuls], audience: 'residences', roomId: office.rooms.common, priceCents: 250 }));
    expect(event).toMatchObject({ status: 'planned', seriesId: null, place: 'Salle commune', priceCents: 250, residences: [{ name: 'Les Tilleuls', qpvCode: 'QN08001M' }] });
    expect(event.uid).toMatch(/^[0-9a-f-]{36}@voisinage$/);

    const bad = [
      [eventInput({ endsAt: '2026-03-11T13:00' }), 'endsAt', 'La fin doit être après le début.'],
      [eventInput({ startsAt: '2026-02-30T10:00' }), 'startsAt', 'Le début : date et heure invalides'],
      [eventInput({ audience: 'residences' }), 'residenceIds', 'Choisissez au moins une résidence'],
      [eventInput({ roomId: null, placeLabel: '' }), 'roomId', 'Choisissez une salle'],
      [eventInput({ roomId: office.rooms.common, placeLabel: 'Parc' }), 'placeLabel', 'laissez le lieu extérieur vide'],
      [eventInput({ tfpbAxis: 9 }), 'tfpbAxis', 'L’axe TFPB'],
      [eventInput({ priceCents: -100 }), 'priceCents', 'négatif'],
      // The spring-forward night: 02:00–03:00 does not exist in Paris on 29 March 2026.
      [eventInput({ startsAt: '2026-03-29T02:30', endsAt: '2026-03-29T05:00' }), 'startsAt', 'Le dimanche 29 mars 2026, les horloges passent de 02:00 à 03:00'],
      [eventInput({ startsAt: '2026-03-28T22:00', endsAt: '2026-03-29T02:00' }), 'endsAt', '02:00 n’existe pas ce jour-là'],
    ] as const;
    for (const [input, path, message] of bad) {
      const error = expectError(await office.counter.invoke('agenda.events.create', input), 'VALIDATION');
      expect(error.issues.find((issue) => issue.path === path)?.message).toContain(message);
    }
    expect(office.count('agenda_event')).toBe(1);
  });

  it('says only what is wrong with a time left out or impossible, never a clock change or a length it cannot know', async () => {
    const office = await agendaOffice();
    // The form sends "T14:00" when the date is left empty, "2026-03-11T" when the start time is.
    const cases = [
      [{ startsAt: 'T14:00' }, 'startsAt', 'Le début : date et heure invalides (AAAA-MM-JJTHH:MM).'],
      [{ startsAt: '2026-03-11T' }, 'startsAt', 'Le début : date et heure invalides (AAAA-MM-JJTHH:MM).'],
      [{ startsAt: '2026-02-30T10:00' }, 'startsAt', 'Le début : date et heure invalides (AAAA-MM-JJTHH:MM).'],
      [{ endsAt: '2026-03-11T25:00' }, 'endsAt', 'La fin : date et heure invalides (AAAA-MM-JJTHH:MM).'],
    ] as const;
    for (const [times, path, message] of cases) {
      const error = expectError(await office.counter.invoke('agenda.events.create', eventInput({ placeLabel: 'Jardin partagé', ...times })), 'VALIDATION');
      expect(error.issues).toEqual([{ path, message }]);
    }
    expect(office.count('agenda_event')).toBe(0);
  });

  it('refuses to double-book a room, naming the event, its date and times; a cancelled event frees the room', async () => {
    const office = await agendaOffice();
    const cafe = await call(office.admin, 'agenda.events.create', eventInput({ roomId: office.rooms.common }));
    const overlapping = eventInput({ title: 'Atelier cuisine', category: 'cooking', roomId: office.rooms.common, startsAt: '2026-03-11T15:30', endsAt: '2026-03-11T18:00' });
    const refused = expectError(await office.counter.invoke('agenda.events.create', overlapping), 'CONFLICT');
    expect(refused.message).toBe(
      'La Salle commune est déjà réservée le mercredi 11 mars 2026 de 14:00 à 16:00 pour « Café-rencontre ». Choisissez une autre salle ou un autre horaire.',
    );
    // Back to back is fine, and so is another room or an outside place at the same time.
    await call(office.counter, 'agenda.events.create', { ...overlapping, startsAt: '2026-03-11T16:00' });
    await call(office.counter, 'agenda.events.create', { ...overlapping, roomId: office.rooms.conciergerie, capacity: 10 });
    await call(office.counter, 'agenda.events.create', { ...overlapping, roomId: null, placeLabel: 'Jardin partagé' });
    expect(office.count('agenda_event')).toBe(4);

    await call(office.counter, 'agenda.events.cancel', { id: cafe.id, reason: 'Animatrice malade' });
    const garden = (await call(office.admin, 'agenda.events.list', { search: 'jardin' })).rows[0]!;
    const moved = await call(office.counter, 'agenda.events.update', { ...overlapping, id: garden.id, placeLabel: '', roomId: office.rooms.common, startsAt: '2026-03-11T14:00', endsAt: '2026-03-11T15:30' });
    expect(moved).toMatchObject({ roomName: 'Salle commune', startsAt: '2026-03-11T14:00' });
    // The café cannot come back in its room now.
    expect(expectError(await office.counter.invoke('agenda.events.reinstate', { id: cafe.id }), 'CONFLICT').message).toContain('« Atelier cuisine »');
  });

  it('keeps a cancelled event with its reason, and lists it struck through (cancelled) in the views', async () => {
    const office = await agendaOffice();
    const event = await call(office.admin, 'agenda.events.create', eventInput({ placeLabel: 'Parc municipal' }));
    expectError(await office.admin.invoke('agenda.events.cancel', { id: event.id, reason: '' }), 'VALIDATION');
    await call(office.admin, 'agenda.events.cancel', { id: event.id, reason: 'Alerte orages' });
    const rows = (await call(office.admin, 'agenda.events.range', { from: '2026-03-01', to: '2026-03-31' })).rows;
    expect(rows).toMatchObject([{ id: event.id, status: 'cancelled', cancelReason: 'Alerte orages' }]);
    expect((await call(office.admin, 'agenda.events.list', { includeCancelled: false })).total).toBe(0);
    expect((await call(office.admin, 'agenda.events.reinstate', { id: event.id })).status).toBe('planned');
  });

  it('filters the views by residence (with the events for every residence), category, room and words', async () => {
    const office = await agendaOffice();
    const { tilleuls, cedres } = office.residences;
    await call(office.admin, 'agenda.events.create', eventInput({ title: 'Fête des voisins', placeLabel: 'Cour', residenceIds: [tilleuls] }));
    await call(office.admin, 'agenda.events.create', eventInput({ title: 'Atelier éco-gestes', category: 'energy', placeLabel: 'Hall', residenceIds: [cedres] }));
    await call(office.admin, 'agenda.events.create', eventInput({ title: 'Cuisine du monde', category: 'cooking', roomId: office.rooms.common, startsAt: '2026-04-02T18:00', endsAt: '2026-04-02T21:00' }));
    const titles = async (input: Parameters<typeof office.admin.invoke>[1]) =>
      (await call(office.admin, 'agenda.events.range', { from: '2026-03-01', to: '2026-04-30', ...(input as object) })).rows.map((e) => e.title);
    expect(await titles({ residenceId: tilleuls })).toEqual(['Fête des voisins', 'Cuisine du monde']);
    expect(await titles({ category: 'energy' })).toEqual(['Atelier éco-gestes']);
    expect(await titles({ roomId: office.rooms.common })).toEqual(['Cuisine du monde']);
    expect(await titles({ from: '2026-04-01', to: '2026-04-30' })).toEqual(['Cuisine du monde']);
    const found = await call(office.admin, 'agenda.events.list', { search: 'eco gestes' });
    expect(found).toMatchObject({ total: 1, rows: [{ title: 'Atelier éco-gestes' }] });
    expect((await call(office.admin, 'agenda.events.list', { search: 'salle commune' })).rows.map((e) => e.title)).toEqual(['Cuisine du monde']);
  });

  it('never lowers a capacity under the confirmed seats', async () => {
    const office = await agendaOffice();
    const event = await call(office.admin, 'agenda.events.create', eventInput({ roomId: office.rooms.common }));
    office.register(event.id, 3);
    const input = { ...eventInput({ roomId: office.rooms.common }), id: event.id, capacity: 2 };
    expect(expectError(await office.admin.invoke('agenda.events.update', input), 'VALIDATION').message).toContain('3 places confirmées');
    expect((await call(office.admin, 'agenda.events.update', { ...input, capacity: 3 })).confirmedSeats).toBe(3);
  });
});

describe('series', () => {
  it('creates one session per Wednesday, skipping holidays, at 14:00 even across the change to summer time', async () => {
    const office = await agendaOffice();
    const change = await call(office.counter, 'agenda.series.create', tutoringSeries(office.rooms.conciergerie, {}, { untilOn: '2026-04-15', exdates: ['2026-04-08'] }));
    expect(change).toMatchObject({ created: 6, updated: 0, removed: 0 });
    const series = await call(office.counter, 'agenda.series.get', { id: change.seriesId });
    // 29 March 2026 is the change to summer time: the sessions around it stay at 14:00 local.
    expect(series.occurrences.map((o) => o.startsAt)).toEqual(['2026-03-04T14:00', '2026-03-11T14:00', '2026-03-18T14:00', '2026-03-25T14:00', '2026-04-01T14:00', '2026-04-15T14:00']);
    expect(series.occurrences.every((o) => o.status === 'planned' && !o.detached)).toBe(true);
    const first = await call(office.counter, 'agenda.events.get', { id: change.firstEventId! });
    expect(first).toMatchObject({ title: 'Soutien scolaire', capacity: 8, seriesId: change.seriesId, roomName: 'Salle de la conciergerie' });
  });

  it('refuses a rule longer than a year, ending before it starts, giving no session, or monthly without its week', async () => {
    const office = await agendaOffice();
    const room = office.rooms.conciergerie;
    const cases = [
      [tutoringSeries(room, {}, { untilOn: '2027-03-10' }), 'un an au plus'],
      [tutoringSeries(room, {}, { untilOn: '2026-02-01' }), 'précède son début'],
      [tutoringSeries(room, {}, { frequency: 'monthly', monthWeek: null }), 'semaine du mois'],
      [tutoringSeries(room, {}, { startsOn: '2026-03-02', untilOn: '2026-03-03' }), 'aucune séance'],
    ] as const;
    for (const [input, message] of cases) expect(expectError(await office.admin.invoke('agenda.series.create', input), 'VALIDATION').message).toContain(message);
    expect(office.count('agenda_series')).toBe(0);
  });

  it('refuses a night series whose time the clocks skip on one of its dates, and accepts the autumn night twice lived', async () => {
    const office = await agendaOffice();
    const night = (rule: Partial<SeriesInput['rule']>) =>
      tutoringSeries(office.rooms.common, { title: 'Veille de nuit', startTime: '02:30', endTime: '04:00' }, { weekday: 7, ...rule });
    const error = expectError(await office.admin.invoke('agenda.series.create', night({ startsOn: '2026-03-08', untilOn: '2026-04-12' })), 'VALIDATION');
    expect(error.issues.find((issue) => issue.path === 'startTime')?.message).toContain('Le dimanche 29 mars 2026');
    expect(office.count('agenda_series')).toBe(0);
    // Skipping that Sunday, or the October night when 02:30 happens twice, is fine.
    const spring = await call(office.admin, 'agenda.series.create', night({ startsOn: '2026-03-08', untilOn: '2026-04-12', exdates: ['2026-03-29'] }));
    const autumn = await call(office.admin, 'agenda.series.create', night({ startsOn: '2026-10-18', untilOn: '2026-11-01' }));
    expect([spring.created, autumn.created]).toEqual([5, 3]);
  });

  it('creates nothing when any session would double-book the room, and names the first conflicts', async () => {
    const office = await agendaOffice();
    await call(office.admin, 'agenda.events.create', eventInput({ title: 'Réunion de locataires', roomId: office.rooms.conciergerie, capacity: 12, startsAt: '2026-03-18T15:00', endsAt: '2026-03-18T17:00' }));
    await call(office.admin, 'agenda.events.create', eventInput({ title: 'Permanence énergie', roomId: office.rooms.conciergerie, capacity: 12, startsAt: '2026-04-01T13:00', endsAt: '2026-04-01T14:30' }));
    const refused = expectError(await office.counter.invoke('agenda.series.create', tutoringSeries(office.rooms.conciergerie)), 'CONFLICT');
    expect(refused.message).toContain('Aucune séance n’a été enregistrée : 2 séance(s)');
    expect(refused.message).toContain('La Salle de la conciergerie est déjà réservée le mercredi 18 mars 2026 de 15:00 à 17:00 pour « Réunion de locataires ».');
    expect(refused.message).toContain('mercredi 1 avril 2026 de 13:00 à 14:30 (« Permanence énergie »)');
    expect(office.count('agenda_series')).toBe(0);
    expect(office.count('agenda_event')).toBe(2);
    // Skipping those two days as holidays lets it through.
    const change = await call(office.counter, 'agenda.series.create', tutoringSeries(office.rooms.conciergerie, {}, { exdates: ['2026-03-18', '2026-04-01'] }));
    expect(change.created).toBe(15);
  });

  it('edits one session on its own, then the whole series from today on, leaving past and detached sessions alone', async () => {
    const office = await agendaOffice();
    const { seriesId } = await call(office.admin, 'agenda.series.create', tutoringSeries(office.rooms.conciergerie, {}, { untilOn: '2026-04-30' }));
    const sessions = (await call(office.admin, 'agenda.series.get', { id: seriesId })).occurrences;
    const special = sessions[3]!; // 25 March
    const single = await call(office.admin, 'agenda.events.update', {
      ...tutoringSeries(office.rooms.conciergerie),
      startsAt: '2026-03-25T15:00',
      endsAt: '2026-03-25T17:00',
      title: 'Soutien scolaire — spécial brevet',
      id: special.id,
    } as never);
    expect(single).toMatchObject({ detached: true, title: 'Soutien scolaire — spécial brevet', startsAt: '2026-03-25T15:00' });
    await call(office.admin, 'agenda.events.cancel', { id: sessions[5]!.id, reason: 'Vacances de l’animatrice' }); // 8 April

    await office.setDay('2026-03-16');
    const change = await call(office.admin, 'agenda.series.update', { ...tutoringSeries(office.rooms.conciergerie, { title: 'Aide aux devoirs', startTime: '14:30', endTime: '16:30', capacity: 10 }, { untilOn: '2026-04-30' }), id: seriesId });
    expect(change).toMatchObject({ created: 0, removed: 0, updated: 6 });
    const after = await call(office.admin, 'agenda.events.range', { from: '2026-03-01', to: '2026-04-30' });
    const view = after.rows.map((e) => `${e.startsAt} ${e.title} ${e.status}`);
    expect(view).toEqual([
      '2026-03-04T14:00 Soutien scolaire planned',
      '2026-03-11T14:00 Soutien scolaire planned',
      '2026-03-18T14:30 Aide aux devoirs planned',
      '2026-03-25T15:00 Soutien scolaire — spécial brevet planned',
      '2026-04-01T14:30 Aide aux devoirs planned',
      '2026-04-08T14:30 Aide aux devoirs cancelled',
      '2026-04-15T14:30 Aide aux devoirs planned',
      '2026-04-22T14:30 Aide aux devoirs planned',
      '2026-04-29T14:30 Aide aux devoirs planned',
    ]);
  });

  it('moves the dates when the rule changes, cancelling instead of removing a session people registered to', async () => {
    const office = await agendaOffice();
    const { seriesId } = await call(office.admin, 'agenda.series.create', tutoringSeries(office.rooms.conciergerie, {}, { untilOn: '2026-03-31' }));
    const sessions = (await call(office.admin, 'agenda.series.get', { id: seriesId })).occurrences;
    office.register(sessions[1]!.id, 2); // 11 March
    const change = await call(office.admin, 'agenda.series.update', { ...tutoringSeries(office.rooms.conciergerie, {}, { weekday: 4, untilOn: '2026-03-31' }), id: seriesId });
    expect(change).toMatchObject({ created: 4, updated: 0, removed: 3, cancelledInstead: [{ id: sessions[1]!.id, startsAt: '2026-03-11T14:00' }] });
    const after = (await call(office.admin, 'agenda.series.get', { id: seriesId })).occurrences;
    expect(after.map((o) => `${o.startsAt} ${o.status}`)).toEqual([
      '2026-03-05T14:00 planned',
      '2026-03-11T14:00 cancelled',
      '2026-03-12T14:00 planned',
      '2026-03-19T14:00 planned',
      '2026-03-26T14:00 planned',
    ]);
  });

  it('refuses a whole-series capacity below the seats confirmed on one session, naming it, changing nothing', async () => {
    const office = await agendaOffice();
    const { seriesId } = await call(office.admin, 'agenda.series.create', tutoringSeries(office.rooms.conciergerie, {}, { untilOn: '2026-03-31' }));
    const sessions = (await call(office.admin, 'agenda.series.get', { id: seriesId })).occurrences;
    office.register(sessions[2]!.id, 3); // 18 March
    expect((await call(office.admin, 'agenda.series.get', { id: seriesId })).occurrences.map((o) => o.confirmedSeats)).toEqual([0, 0, 3, 0]);
    const lowered = { ...tutoringSeries(office.rooms.conciergerie, { title: 'Aide aux devoirs', capacity: 2 }, { untilOn: '2026-03-31' }), id: seriesId };
    const refused = expectError(await office.admin.invoke('agenda.series.update', lowered), 'VALIDATION');
    expect(refused.message).toContain('La séance du mercredi 18 mars 2026 a déjà 3 places confirmées');
    const rows = (await call(office.admin, 'agenda.events.range', { from: '2026-03-01', to: '2026-03-31' })).rows;
    expect(rows.map((e) => [e.title, e.capacity])).toEqual(sessions.map(() => ['Soutien scolaire', 8]));
  });

  it('refuses a whole-series edit that would double-book one session, changing nothing', async () => {
    const office = await agendaOffice();
    const { seriesId } = await call(office.admin, 'agenda.series.create', tutoringSeries(office.rooms.conciergerie, {}, { untilOn: '2026-03-31' }));
    await call(office.admin, 'agenda.events.create', eventInput({ title: 'Atelier couture', roomId: office.rooms.common, startsAt: '2026-03-25T13:00', endsAt: '2026-03-25T15:00' }));
    const moved = { ...tutoringSeries(office.rooms.common, { capacity: 20 }, { untilOn: '2026-03-31' }), id: seriesId };
    expect(expectError(await office.admin.invoke('agenda.series.update', moved), 'CONFLICT').message).toContain('« Atelier couture »');
    const sessions = (await call(office.admin, 'agenda.series.get', { id: seriesId })).occurrences;
    const rows = (await call(office.admin, 'agenda.events.range', { from: '2026-03-01', to: '2026-03-31', roomId: office.rooms.conciergerie })).rows;
    expect(rows).toHaveLength(sessions.length);
  });

  it('ends a series early and cancels the rest of a series, keeping past sessions', async () => {
    const office = await agendaOffice();
    const { seriesId } = await call(office.admin, 'agenda.series.create', tutoringSeries(office.rooms.conciergerie, {}, { untilOn: '2026-04-30' }));
    await office.setDay('2026-03-20');
    expectError(await office.admin.invoke('agenda.series.end', { id: seriesId, lastDay: '2026-03-10' }), 'VALIDATION');
    const ended = await call(office.admin, 'agenda.series.end', { id: seriesId, lastDay: '2026-04-05' });
    expect(ended).toMatchObject({ removed: 4, cancelledInstead: [] });
    const series = await call(office.admin, 'agenda.series.get', { id: seriesId });
    expect(series.untilOn).toBe('2026-04-05');
    expect(series.occurrences.map((o) => o.startsAt.slice(0, 10))).toEqual(['2026-03-04', '2026-03-11', '2026-03-18', '2026-03-25', '2026-04-01']);

    const cancelled = await call(office.admin, 'agenda.series.cancel', { id: seriesId, reason: 'Fin du partenariat' });
    expect(cancelled.updated).toBe(2);
    const after = await call(office.admin, 'agenda.series.get', { id: seriesId });
    expect(after.occurrences.map((o) => o.status)).toEqual(['planned', 'planned', 'planned', 'cancelled', 'cancelled']);
  });
});
