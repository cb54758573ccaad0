import { z } from 'zod';
import { emptyInput, idSchema, isoDateSchema, method } from '../core/contract.ts';

/**
 * Follow-up of isolated or vulnerable people (CNIL 2021 référentiel on social support): a separate record, readable
 * only by roles holding the 'followup' module, opened with the person's consent. Every read is restricted: the
 * dispatch writes an audit entry 'lecture restreinte' (who, when, which record id; never its content) for each one.
 */

const CONTACT_KINDS = ['call', 'visit', 'other'] as const;

const consentSchema = z.object(
  {
    on: isoDateSchema,
    scope: z
      .string({ error: 'Indiquez ce que la personne a accepté (portée du consentement).' })
      .trim()
      .min(3, { error: 'Indiquez ce que la personne a accepté (portée du consentement).' })
      .max(500, { error: 'La portée du consentement ne doit pas dépasser 500 caractères.' }),
    proof: z
      .string({ error: 'Indiquez la preuve du consentement (formulaire signé, courriel…).' })
      .trim()
      .min(3, { error: 'Indiquez la preuve du consentement (formulaire signé, courriel…).' })
      .max(500, { error: 'La preuve du consentement ne doit pas dépasser 500 caractères.' }),
  },
  { error: 'Le consentement de la personne est obligatoire : date, portée et preuve.' },
);

const followupFields = z.object({
  reason: z
    .string({ error: 'Le motif du suivi est obligatoire.' })
    .trim()
    .min(3, { error: 'Le motif du suivi est obligatoire (3 caractères au moins).' })
    .max(500, { error: 'Le motif ne doit pas dépasser 500 caractères.' }),
  consent: consentSchema,
  /** The person agreed that the record is kept once the follow-up ends. */
  keepAfterEnd: z.boolean().default(false),
  contactEveryDays: z
    .number({ error: 'Indiquez tous les combien de jours la personne est appelée ou visitée.' })
    .int({ error: 'Le rythme des contacts est un nombre entier de jours.' })
    .min(1, { error: 'Le rythme des contacts doit être compris entre 1 et 90 jours.' })
    .max(90, { error: 'Le rythme des contacts doit être compris entre 1 et 90 jours.' }),
  /** The person asked to be on the town's heatwave register (CCAS). */
  heatwaveRegister: z.boolean().default(false),
  notes: z.string().max(2000, { error: 'Les notes ne doivent pas dépasser 2 000 caractères.' }).default(''),
});

const contact = z.object({
  id: z.number(),
  contactedOn: z.string(),
  kind: z.enum(CONTACT_KINDS),
  reached: z.boolean(),
  notes: z.string(),
  /** The staff member who logged it (display name), null when the account no longer exists. */
  byUser: z.string().nullable(),
});

const summary = z.object({
  id: z.number(),
  personId: z.number(),
  personName: z.string(),
  householdId: z.number(),
  householdName: z.string(),
  residenceName: z.string().nullable(),
  phone: z.string().nullable(),
  reason: z.string(),
  contactEveryDays: z.number(),
  heatwaveRegister: z.boolean(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  lastContactOn: z.string().nullable(),
  lastReachedOn: z.string().nullable(),
  /** null once ended. */
  nextContactDue: z.string().nullable(),
  overdue: z.boolean(),
  overdueDays: z.number(),
});

const detail = summary.extend({
  consent: z.object({ on: z.string(), scope: z.string(), proof: z.string() }),
  keepAfterEnd: z.boolean(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  contacts: z.array(contact),
});

const heatwaveRow = z.object({
  followupId: z.number(),
  personName: z.string(),
  birthDate: z.string().nullable(),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
  residenceName: z.string().nullable(),
  dwelling: z.string(),
  floor: z.number().nullable(),
  hasLift: z.boolean().nullable(),
  phone: z.string().nullable(),
  lastContactOn: z.string().nullable(),
  lastContactReached: z.boolean().nullable(),
});

const byId = z.object({ id: idSchema });
const restrictedRead = { module: 'followup', kind: 'read', restricted: true } as const;
const write = { module: 'followup', kind: 'write' } as const;

export const followupContract = {
  /** Active follow-ups (and ended ones kept with the person's agreement, on request), most urgent first. */
  'followup.list': method({
    ...restrictedRead,
    input: z.object({ includeEnded: z.boolean().default(false) }),
    output: z.object({ rows: z.array(summary) }),
  }),
  'followup.get': method({ ...restrictedRead, input: byId, output: detail }),
  /**
   * The follow-ups of one household's people, for its page. Not marked restricted on purpose: its handler writes one
   * 'lecture restreinte' entry per follow-up it reveals (target: the follow-up's id) and none when the household has
   * none, so that opening household pages does not flood the log and each record viewed is traced by its own id.
   */
  'followup.ofHousehold': method({
    module: 'followup',
    kind: 'read',
    input: z.object({ householdId: idSchema }),
    output: z.object({ rows: z.array(summary) }),
  }),
  /** People whose last contact that reached them, plus their interval, is before today: most overdue first. */
  'followup.overdue': method({ ...restrictedRead, input: emptyInput, output: z.object({ today: z.string(), rows: z.array(summary) }) }),
  /** The heatwave list for the town's social centre (CCAS): people on the register, with their consent. */
  'followup.heatwaveList': method({
    ...restrictedRead,
    input: emptyInput,
    output: z.object({ generatedOn: z.string(), rows: z.array(heatwaveRow) }),
  }),
  'followup.heatwavePdf': method({
    ...restrictedRead,
    input: emptyInput,
    output: z.object({ fileName: z.string(), base64: z.string(), count: z.number() }),
  }),
  'followup.open': method({
    ...write,
    input: followupFields.extend({ personId: idSchema, startedOn: isoDateSchema.nullable().default(null) }),
    output: detail,
  }),
  'followup.update': method({ ...write, input: followupFields.extend({ id: idSchema }), output: detail }),
  'followup.logContact': method({
    ...write,
    input: z.object({
      followupId: idSchema,
      contactedOn: isoDateSchema,
      kind: z.enum(CONTACT_KINDS, { error: 'Type de contact invalide : appel, visite ou autre.' }),
      reached: z.boolean({ error: 'Indiquez si la personne a été jointe.' }),
      notes: z.string().max(2000, { error: 'Les notes ne doivent pas dépasser 2 000 caractères.' }).default(''),
    }),
    output: detail,
  }),
  /**
   * Ends a follow-up. Unless the person agreed to keep it (and the office's rule deletes ended follow-ups), the
   * record and its contacts are deleted: only the audit entries remain, with ids and no content.
   */
  'followup.end': method({
    ...write,
    input: z.object({ id: idSchema, endedOn: isoDateSchema }),
    output: z.object({ id: z.number(), deleted: z.boolean() }),
  }),
};

export type FollowupSummary = z.output<typeof summary>;
export type FollowupDetail = z.output<typeof detail>;
export type HeatwaveRow = z.output<typeof heatwaveRow>;
export type ContactKind = (typeof CONTACT_KINDS)[number];
