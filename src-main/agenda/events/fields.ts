import { z } from 'zod';
import { idSchema, isoDateSchema } from '../../core/contract.ts';
import { qpvCodeSchema } from '../../residences/fields.ts';
import { addDays } from '../../shared/days.ts';
import { text } from '../../shared/fields.ts';
import { FREQUENCIES, type RecurrenceRule } from './recurrence.ts';
import { CLOCK_TIME, dayOf, existsInParis, frenchLongDay, isWallTime, minutesBetween } from './wall-time.ts';

/* What an event is made of, and how it is validated. Shared with the renderer: no Node imports. */

export const EVENT_CATEGORIES = ['workshop', 'tutoring', 'meetup', 'cooking', 'energy', 'garden', 'outing', 'other'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<EventCategory, string> = {
  workshop: 'Atelier',
  tutoring: 'Soutien scolaire',
  meetup: 'Café-rencontre',
  cooking: 'Cuisine',
  energy: 'Économies d’énergie',
  garden: 'Jardin',
  outing: 'Sortie',
  other: 'Autre',
};

/** The eight axes of the national TFPB framework (2015), see shared/domain.md. */
export const TFPB_AXES: Record<number, string> = {
  1: 'Renforcement de la présence du personnel de proximité',
  2: 'Formation spécifique et soutien des personnels de proximité',
  3: 'Sur-entretien',
  4: 'Gestion des déchets, encombrants, épaves',
  5: 'Tranquillité résidentielle',
  6: 'Concertation / sensibilisation des locataires',
  7: 'Animation, lien social, vivre ensemble',
  8: 'Petits travaux d’amélioration de la qualité de service',
};

/** The axis a category usually justifies (the form suggests it): social life for activities, awareness for energy. */
export const SUGGESTED_AXIS: Partial<Record<EventCategory, number>> = { workshop: 7, tutoring: 7, meetup: 7, cooking: 7, garden: 7, energy: 6 };

/** all: anyone; members: members of the conciergerie; residences: tenants of the residences concerned. */
export const AUDIENCES = ['all', 'members', 'residences'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const EVENT_STATUSES = ['planned', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ROOM_KINDS = ['conciergerie', 'common_room', 'other'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

/** An event lasts a week at most (a session of a series, less than a day); the calendar queries rely on it (events.ts). */
const MAX_EVENT_MINUTES = 7 * 24 * 60;

const wallTimeSchema = (label: string) =>
  z.string({ error: `${label} : date et heure attendues.` }).refine(isWallTime, { error: `${label} : date et heure invalides (AAAA-MM-JJTHH:MM).` });

const clockTimeSchema = (label: string) =>
  z.string({ error: `${label} : heure attendue.` }).regex(CLOCK_TIME, { error: `${label} : heure invalide, attendue au format HH:MM (ex. 14:00).` });

const optionalWhole = (min: number, max: number, message: string) =>
  z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message }).nullable().default(null);

/** Everything but the times: shared by a single event and a series. */
const eventShape = {
  title: z
    .string({ error: 'Le titre de l’événement est obligatoire.' })
    .trim()
    .min(3, { error: 'Le titre de l’événement est obligatoire (3 caractères au moins).' })
    .max(120, { error: 'Le titre ne doit pas dépasser 120 caractères.' }),
  category: z.enum(EVENT_CATEGORIES, { error: 'Choisissez la catégorie de l’événement.' }),
  tfpbAxis: optionalWhole(1, 8, 'L’axe TFPB est un nombre de 1 à 8.'),
  description: text(4000, 'La description'),
  residenceIds: z.array(idSchema).max(500).default([]).transform((ids) => [...new Set(ids)]),
  qpvCode: qpvCodeSchema.nullable().default(null),
  roomId: idSchema.nullable().default(null),
  placeLabel: text(200, 'Le lieu'),
  organiser: text(120, 'L’organisateur'),
  partners: text(300, 'Les partenaires'),
  audience: z.enum(AUDIENCES, { error: 'Choisissez à qui s’adresse l’événement : tout public, adhérents ou résidences choisies.' }),
  capacity: optionalWhole(1, 1000, 'La capacité est un nombre entier de places, de 1 à 1 000 (laissez vide : sans limite).'),
  priceCents: z
    .number({ error: 'Le prix : montant attendu (0 pour gratuit).' })
    .int({ error: 'Le prix : montant attendu (0 pour gratuit).' })
    .min(0, { error: 'Le prix ne peut pas être négatif (0 pour gratuit).' })
    .max(100_000, { error: 'Le prix ne doit pas dépasser 1 000,00 €.' })
    .default(0),
};

type Issue = { path: string[]; message: string };

/** The refusal of a time the clocks skip (see existsInParis). */
export const skippedTimeMessage = (wallTime: string) =>
  `Le ${frenchLongDay(dayOf(wallTime))}, les horloges passent de 02:00 à 03:00 (heure d’été) : ${wallTime.slice(11)} n’existe pas ce jour-là. Choisissez une autre heure.`;

function commonIssues(event: { roomId: number | null; placeLabel: string; audience: Audience; residenceIds: number[] }): Issue[] {
  const issues: Issue[] = [];
  if (event.roomId === null && event.placeLabel === '') issues.push({ path: ['roomId'], message: 'Choisissez une salle, ou indiquez le lieu extérieur.' });
  if (event.roomId !== null && event.placeLabel !== '') issues.push({ path: ['placeLabel'], message: 'Une salle est choisie : laissez le lieu extérieur vide.' });
  if (event.audience === 'residences' && event.residenceIds.length === 0) {
    issues.push({ path: ['residenceIds'], message: 'Choisissez au moins une résidence, ou ouvrez l’événement à tout public.' });
  }
  return issues;
}

export const eventFieldsSchema = z
  .object({ ...eventShape, startsAt: wallTimeSchema('Le début'), endsAt: wallTimeSchema('La fin') })
  .superRefine((event, ctx) => {
    for (const issue of commonIssues(event)) ctx.addIssue({ code: 'custom', ...issue });
    // A time refused for its format (no date typed, 30 February) has its message already: nothing more is said of it.
    const wellFormed = (['startsAt', 'endsAt'] as const).filter((field) => isWallTime(event[field]));
    for (const field of wellFormed) {
      if (!existsInParis(event[field])) ctx.addIssue({ code: 'custom', path: [field], message: skippedTimeMessage(event[field]) });
    }
    if (wellFormed.length < 2) return;
    const minutes = minutesBetween(event.startsAt, event.endsAt);
    if (minutes <= 0) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'La fin doit être après le début.' });
    else if (minutes > MAX_EVENT_MINUTES) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'Un événement dure une semaine au plus : pour des rendez-vous réguliers, créez une série.' });
  });
export type EventFields = z.output<typeof eventFieldsSchema>;

const ruleSchema = z
  .object({
    frequency: z.enum(FREQUENCIES, { error: 'Choisissez la fréquence : chaque semaine ou chaque mois.' }),
    interval: z.number({ error: 'L’intervalle est un nombre de 1 à 4.' }).int().min(1, { error: 'L’intervalle est un nombre de 1 à 4.' }).max(4, { error: 'L’intervalle est un nombre de 1 à 4.' }).default(1),
    weekday: z.number({ error: 'Choisissez le jour de la semaine.' }).int().min(1, { error: 'Choisissez le jour de la semaine.' }).max(7, { error: 'Choisissez le jour de la semaine.' }),
    monthWeek: z
      .number({ error: 'Choisissez la semaine du mois : 1re, 2e, 3e, 4e ou dernière.' })
      .int()
      .refine((n) => n === -1 || (n >= 1 && n <= 4), { error: 'Choisissez la semaine du mois : 1re, 2e, 3e, 4e ou dernière.' })
      .nullable()
      .default(null),
    startsOn: isoDateSchema,
    untilOn: isoDateSchema,
    exdates: z.array(isoDateSchema).max(200).default([]).transform((days) => [...new Set(days)].sort()),
  })
  .superRefine((rule, ctx) => {
    if (rule.frequency === 'monthly' && rule.monthWeek === null) {
      ctx.addIssue({ code: 'custom', path: ['monthWeek'], message: 'Choisissez la semaine du mois : 1re, 2e, 3e, 4e ou dernière.' });
    }
  })
  .transform((rule): RecurrenceRule => ({ ...rule, monthWeek: rule.frequency === 'weekly' ? null : rule.monthWeek }));

export const seriesFieldsSchema = z
  .object({ ...eventShape, startTime: clockTimeSchema('L’heure de début'), endTime: clockTimeSchema('L’heure de fin'), rule: ruleSchema })
  .superRefine((series, ctx) => {
    for (const issue of commonIssues(series)) ctx.addIssue({ code: 'custom', ...issue });
    // A session may end after midnight (an evening outing): then it ends the next day, within 24 hours.
    if (series.endTime === series.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'La fin doit être après le début.' });
  });
export type SeriesFields = z.output<typeof seriesFieldsSchema>;

/** A session's times from the series' clock times: it ends the next day when its end time is earlier than its start. */
export function sessionTimes(day: string, startTime: string, endTime: string): { startsAt: string; endsAt: string } {
  return { startsAt: `${day}T${startTime}`, endsAt: `${endTime < startTime ? addDays(day, 1) : day}T${endTime}` };
}

export const cancelReasonSchema = z
  .string({ error: 'Indiquez pourquoi l’événement est annulé.' })
  .trim()
  .min(3, { error: 'Indiquez pourquoi l’événement est annulé (3 caractères au moins), il sera affiché aux inscrits.' })
  .max(300, { error: 'Le motif ne doit pas dépasser 300 caractères.' });
