import { addDays } from '../../../src-main/shared/days.ts';
import { type Audience, type EventCategory, SUGGESTED_AXIS } from '../../../src-main/agenda/events/fields.ts';
import type { Frequency, RecurrenceRule } from '../../../src-main/agenda/events/recurrence.ts';
import type { AgendaEvent, Series } from '../../../src-main/agenda/events/schemas.ts';
import { clockOf, dayOf, isoWeekday } from '../../../src-main/agenda/events/wall-time.ts';
import { centsToEuro, euroToCents } from '../../format/money-input.ts';

/* The event form's values, from an event (or nothing) and back to the contract's inputs. */

export interface EventFormValues {
  title: string;
  category: EventCategory;
  /** '' for none, else '1'..'8'. */
  tfpbAxis: string;
  residenceIds: string[];
  qpvCode: string;
  placeKind: 'room' | 'outside';
  roomId: string | null;
  placeLabel: string;
  /** The event's day, or a series' first day. */
  date: string;
  startTime: string;
  endTime: string;
  multiDay: boolean;
  endDate: string;
  repeat: boolean;
  frequency: Frequency;
  interval: number | string;
  weekday: string;
  monthWeek: string;
  untilOn: string;
  exdates: string[];
  organiser: string;
  partners: string;
  audience: Audience;
  capacity: number | string;
  price: number | string;
  description: string;
}

export function initialValues(today: string, event?: AgendaEvent, series?: Series): EventFormValues {
  const date = series?.startsOn ?? (event ? dayOf(event.startsAt) : today);
  return {
    title: event?.title ?? '',
    category: event?.category ?? 'workshop',
    tfpbAxis: event?.tfpbAxis ? String(event.tfpbAxis) : String(SUGGESTED_AXIS.workshop),
    residenceIds: event?.residences.map((r) => String(r.id)) ?? [],
    qpvCode: event?.qpvCode ?? '',
    placeKind: event && event.roomId === null ? 'outside' : 'room',
    roomId: event?.roomId ? String(event.roomId) : null,
    placeLabel: event?.placeLabel ?? '',
    date,
    startTime: event ? clockOf(event.startsAt) : '14:00',
    endTime: event ? clockOf(event.endsAt) : '16:00',
    multiDay: event ? dayOf(event.startsAt) !== dayOf(event.endsAt) && !series : false,
    endDate: event ? dayOf(event.endsAt) : today,
    repeat: series !== undefined,
    frequency: series?.frequency ?? 'weekly',
    interval: series?.interval ?? 1,
    weekday: String(series?.weekday ?? isoWeekday(date)),
    monthWeek: String(series?.monthWeek ?? 1),
    untilOn: series?.untilOn ?? '',
    exdates: series?.exdates ?? [],
    organiser: event?.organiser ?? '',
    partners: event?.partners ?? '',
    audience: event?.audience ?? 'all',
    capacity: event?.capacity ?? '',
    price: event ? centsToEuro(event.priceCents) : 0,
    description: event?.description ?? '',
  };
}

/** An empty field sent as missing, so that the backend names it in French. */
const orMissing = (value: string): string => (value === '' ? (undefined as unknown as string) : value);

export function detailsInput(values: EventFormValues) {
  return {
    title: values.title,
    category: values.category,
    tfpbAxis: values.tfpbAxis === '' ? null : Number(values.tfpbAxis),
    description: values.description,
    residenceIds: values.residenceIds.map(Number),
    qpvCode: values.qpvCode.trim() === '' ? null : values.qpvCode,
    roomId: values.placeKind === 'room' && values.roomId ? Number(values.roomId) : null,
    placeLabel: values.placeKind === 'outside' ? values.placeLabel : '',
    organiser: values.organiser,
    partners: values.partners,
    audience: values.audience,
    capacity: values.capacity === '' ? null : Number(values.capacity),
    priceCents: values.price === '' ? 0 : euroToCents(values.price),
  };
}

export function timesInput(values: EventFormValues) {
  const endDay = values.multiDay ? orMissing(values.endDate) : values.date;
  return { startsAt: `${values.date}T${values.startTime}`, endsAt: `${endDay}T${values.endTime}` };
}

export function ruleInput(values: EventFormValues): RecurrenceRule {
  return {
    frequency: values.frequency,
    interval: Number(values.interval) || 1,
    weekday: Number(values.weekday),
    monthWeek: values.frequency === 'monthly' ? Number(values.monthWeek) : null,
    startsOn: orMissing(values.date),
    untilOn: orMissing(values.untilOn),
    exdates: values.exdates,
  };
}

/** The backend's field paths, as the form's fields. */
export const FIELD_OF_PATH: Record<string, string> = {
  startsAt: 'date',
  endsAt: 'endTime',
  priceCents: 'price',
  'rule.startsOn': 'date',
  'rule.untilOn': 'untilOn',
  'rule.monthWeek': 'monthWeek',
  'rule.weekday': 'weekday',
  'rule.interval': 'interval',
  'rule.exdates': 'exdates',
};

/** A new series ends, by default, three months after it starts. */
export const defaultUntil = (date: string) => addDays(date, 91);
