import type { Handlers } from '../../core/dispatch.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { officeSettings } from '../../settings/store.ts';
import { addDays, addMonths, todayIso } from '../../shared/days.ts';
import { slug } from '../../shared/text.ts';
import type { eventsContract } from './contract.ts';
import { narrowTo, overlapping } from './events.ts';
import { calendarFile } from './ical.ts';
import { programmePdf } from './programme.ts';
import { selectEvents } from './repository.ts';

type PublishingHandlers = Pick<Handlers<typeof eventsContract>, 'agenda.calendar.ics' | 'agenda.calendar.programme'>;

const noFilter = { category: null, roomId: null };

export const publishingHandlers: PublishingHandlers = {
  'agenda.calendar.ics': ({ residenceId, from, to }, ctx) => {
    const { db } = ctx;
    const start = from ?? todayIso(ctx.clock);
    const end = to ?? addMonths(start, 6);
    if (end < start) throw invalidField('to', 'La fin de la période précède son début.');
    const residence = residenceId === null ? null : db.get(db.q.selectFrom('residence').select('name').where('id', '=', residenceId));
    if (residenceId !== null && !residence) throw notFound('Résidence');
    const events = selectEvents(db, (q) => narrowTo(overlapping(q, start, end), { residenceId, ...noFilter }));
    const office = officeSettings(db).name || 'Voisinage';
    const name = residence ? `${office} — ${residence.name}` : `${office} — agenda`;
    return { fileName: `agenda-${residence ? slug(residence.name) : 'tout'}-${start}.ics`, text: calendarFile(name, events, ctx.clock.now()), count: events.length };
  },

  'agenda.calendar.programme': async ({ residenceId, month, note }, ctx) => {
    const { db } = ctx;
    const residence = db.get(db.q.selectFrom('residence').select(['name', 'address', 'postcode', 'city']).where('id', '=', residenceId));
    if (!residence) throw notFound('Résidence');
    const first = `${month}-01`;
    const last = addDays(addMonths(first, 1), -1);
    const events = selectEvents(db, (q) => narrowTo(q.where('agenda_event.starts_at', '>=', first).where('agenda_event.starts_at', '<', addDays(last, 1)), { residenceId, ...noFilter }));
    const pdf = await programmePdf({ office: officeSettings(db), residence, month, events, note });
    return { fileName: `programme-${slug(residence.name)}-${month}.pdf`, base64: pdf.toString('base64'), count: events.length };
  },
};
