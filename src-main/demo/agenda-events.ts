import type { SyncDb } from '../../db/query.ts';
import { type EventDetails, insertEvent, ruleColumns } from '../agenda/events/writing.ts';
import { sessionTimes } from '../agenda/events/fields.ts';
import { occurrenceDates, type RecurrenceRule } from '../agenda/events/recurrence.ts';
import { addDays, addMonths } from '../shared/days.ts';
import { isoWeekday } from '../agenda/events/wall-time.ts';
import type { Random } from './random.ts';

/** The next given weekday (1 = Monday) on or after a day. */
const nextWeekday = (day: string, weekday: number) => addDays(day, (weekday - isoWeekday(day) + 7) % 7);

const base: Omit<EventDetails, 'title' | 'category'> = {
  tfpbAxis: 7,
  description: '',
  qpvCode: null,
  roomId: null,
  placeLabel: '',
  organiser: '',
  partners: '',
  audience: 'all',
  capacity: null,
  priceCents: 0,
  residenceIds: [],
};

/** A season of events: weekly tutoring, monthly café, workshops in the rooms, an outing; a cancelled session. */
export function fillDemoAgendaEvents(db: SyncDb, now: string, random: Random): void {
  const today = now.slice(0, 10);
  const rooms = db.all(db.q.selectFrom('agenda_room').select(['id', 'kind']).where('archived_at', 'is', null));
  const room = (kind: string) => rooms.find((r) => r.kind === kind)?.id ?? null;
  const residences = db.all(db.q.selectFrom('residence').select(['id', 'qpv_code']).orderBy('id'));
  const inQpv = residences.filter((r) => r.qpv_code !== null).map((r) => r.id);
  const all = residences.map((r) => r.id);
  /** Two residences drawn for a workshop. */
  const some = () => [...new Set([random.pick(all), random.pick(all)])];

  // The events part's own writers, with the demo's clock and no staff member behind them.
  const writer = { db, nowIso: () => now, user: null };
  const insert = (details: EventDetails, times: { startsAt: string; endsAt: string }, seriesId: number | null, cancelReason = '') => {
    const id = insertEvent(writer, details, times, seriesId);
    if (cancelReason) db.run(db.q.updateTable('agenda_event').set({ status: 'cancelled', cancel_reason: cancelReason }).where('id', '=', id));
  };

  const series = (details: EventDetails, rule: RecurrenceRule, startTime: string, endTime: string, cancelled: Record<string, string> = {}) => {
    const { id } = db.get(db.q.insertInto('agenda_series').values({ ...ruleColumns(rule), created_at: now, updated_at: now }).returning('id'))!;
    for (const day of occurrenceDates(rule)) insert(details, sessionTimes(day, startTime, endTime), id, cancelled[day] ?? '');
  };

  const seasonStart = addMonths(today, -2);
  const seasonEnd = addMonths(today, 4);
  // Weekly tutoring on Wednesdays, with a fortnight of school holidays skipped and one session cancelled.
  const wednesdays = occurrenceDates({ frequency: 'weekly', interval: 1, weekday: 3, monthWeek: null, startsOn: seasonStart, untilOn: seasonEnd, exdates: [] });
  const holidays = wednesdays.filter((day) => day > addDays(today, 30)).slice(0, 2);
  const cancelledDay = wednesdays.find((day) => day > addDays(today, 7)) ?? '';
  series(
    { ...base, title: 'Soutien scolaire', category: 'tutoring', roomId: room('conciergerie'), capacity: 8, audience: 'residences', residenceIds: inQpv.length > 0 ? inQpv : all.slice(0, 1), organiser: 'Conciergerie', partners: 'Association Coup de pouce', description: 'Aide aux devoirs pour les élèves du CP à la 3e. Goûter offert.' },
    { frequency: 'weekly', interval: 1, weekday: 3, monthWeek: null, startsOn: seasonStart, untilOn: seasonEnd, exdates: holidays },
    '14:00',
    '16:00',
    { [cancelledDay]: 'Animatrice absente : séance reportée à la semaine suivante.' },
  );
  // The café-rencontre, the second Tuesday of each month.
  series(
    { ...base, title: 'Café-rencontre', category: 'meetup', roomId: room('common_room'), capacity: 30, organiser: 'Gardienne de la résidence', description: 'Un café, des nouvelles du quartier et les questions de chacun.' },
    { frequency: 'monthly', interval: 1, weekday: 2, monthWeek: 2, startsOn: seasonStart, untilOn: seasonEnd, exdates: [] },
    '09:30',
    '11:30',
  );
  // Cooking workshops on Saturday mornings, every six weeks, paid 2 €.
  for (const weeks of [-5, 1, 7, 13]) {
    const day = nextWeekday(addDays(today, weeks * 7), 6);
    insert({ ...base, title: 'Atelier cuisine : recettes de saison', category: 'cooking', roomId: room('common_room'), capacity: 10, priceCents: 200, partners: 'Épicerie solidaire', residenceIds: some() }, sessionTimes(day, '10:00', '13:00'), null);
  }
  // Energy-saving workshops (TFPB axis 6) for the residences in a priority neighbourhood.
  for (const weeks of [-3, 4, 10]) {
    const day = nextWeekday(addDays(today, weeks * 7), 4);
    insert(
      { ...base, title: 'Économies d’énergie : lire ses factures', category: 'energy', tfpbAxis: 6, roomId: room('common_room'), capacity: 15, partners: 'Espace conseil France Rénov’', residenceIds: inQpv, qpvCode: null },
      sessionTimes(day, '18:00', '19:30'),
      null,
    );
  }
  insert({ ...base, title: 'Journée jardin partagé', category: 'garden', placeLabel: 'Jardin partagé, derrière le bâtiment C', residenceIds: all.slice(0, 1), description: 'Plantations de printemps, outils prêtés par la conciergerie.' }, sessionTimes(nextWeekday(addDays(today, 24), 6), '09:30', '17:00'), null);
  insert(
    { ...base, title: 'Sortie à la baie de Somme', category: 'outing', placeLabel: 'Départ en car devant la conciergerie', audience: 'members', capacity: 25, priceCents: 500, tfpbAxis: 7, description: 'Pique-nique tiré du sac. Retour vers 18:30.' },
    sessionTimes(nextWeekday(addDays(today, 45), 6), '08:30', '18:30'),
    null,
  );
}
