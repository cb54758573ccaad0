import { z } from 'zod';
import { idSchema, method } from '../../core/contract.ts';
import { qpvCodeSchema } from '../../residences/fields.ts';
import { text } from '../../shared/fields.ts';

/* The TFPB yearly report: actions of a year in a QPV, entered by hand or derived from the agenda and services. */

const ACTION_STATUSES = ['planned', 'done'] as const;
const ACTION_SOURCES = ['manual', 'event', 'service'] as const;
export type ActionSource = (typeof ACTION_SOURCES)[number];

const read = { module: 'federation', kind: 'read' } as const;
const write = { module: 'federation', kind: 'write' } as const;

export const yearSchema = z
  .number({ error: 'Indiquez l’année (ex. 2025).' })
  .int({ error: 'L’année est un nombre entier (ex. 2025).' })
  .min(2015, { error: 'L’année doit être comprise entre 2015 et 2100.' })
  .max(2100, { error: 'L’année doit être comprise entre 2015 et 2100.' });

const count = (label: string) =>
  z
    .number({ error: `${label} : nombre entier attendu.` })
    .int({ error: `${label} : nombre entier attendu.` })
    .min(0, { error: `${label} ne peut pas être négatif.` })
    .max(1_000_000, { error: `${label} : 1 000 000 au plus.` });

const cents = (label: string) =>
  z
    .number({ error: `${label} : montant attendu.` })
    .int({ error: `${label} : montant en centimes attendu.` })
    .min(0, { error: `${label} ne peut pas être négatif.` })
    .max(100_000_000_00, { error: `${label} : 100 millions d’euros au plus.` });

/** What the user types for an action (a derived action keeps its axis and its counts from the agenda). */
export const actionFields = z
  .object({
    axis: z.number({ error: 'Choisissez l’axe TFPB (1 à 8).' }).int({ error: 'Choisissez l’axe TFPB (1 à 8).' }).min(1, { error: 'Choisissez l’axe TFPB (1 à 8).' }).max(8, { error: 'Choisissez l’axe TFPB (1 à 8).' }),
    subAction: text(120, 'La sous-action'),
    label: z
      .string({ error: 'L’intitulé de l’action est obligatoire.' })
      .trim()
      .min(1, { error: 'L’intitulé de l’action est obligatoire.' })
      .max(200, { error: 'L’intitulé ne doit pas dépasser 200 caractères.' }),
    status: z.enum(ACTION_STATUSES, { error: 'Indiquez si l’action est prévue ou réalisée.' }),
    dwellings: count('Le nombre de logements concernés').nullable().default(null),
    costCents: cents('Le coût total').default(0),
    claimedCents: cents('Le montant valorisé'),
    cofunders: text(300, 'Les cofinanceurs'),
    sessions: count('Le nombre de séances').default(0),
    participants: count('Le nombre de participants').default(0),
    households: count('Le nombre de foyers distincts').default(0),
    partners: text(300, 'Les partenaires'),
    resultIndicator: text(300, 'L’indicateur de résultat'),
    documents: text(300, 'Les justificatifs'),
  })
  .refine((action) => action.claimedCents <= action.costCents, {
    error: 'Le montant valorisé ne peut pas dépasser le coût total de l’action.',
    path: ['claimedCents'],
  });

const action = z.object({
  id: z.number(),
  year: z.number(),
  qpvCode: z.string(),
  axis: z.number(),
  subAction: z.string(),
  label: z.string(),
  status: z.enum(ACTION_STATUSES),
  dwellings: z.number().nullable(),
  costCents: z.number(),
  claimedCents: z.number(),
  cofunders: z.string(),
  sessions: z.number(),
  participants: z.number(),
  households: z.number(),
  partners: z.string(),
  resultIndicator: z.string(),
  documents: z.string(),
  source: z.enum(ACTION_SOURCES),
});
export type TfpbAction = z.output<typeof action>;

const qpv = z.object({ code: z.string(), residences: z.array(z.string()), dwellings: z.number(), actions: z.number() });
export type TfpbQpv = z.output<typeof qpv>;

export const tfpbContract = {
  /** The QPVs of the office's residences (and any other code holding actions that year), with their dwellings. */
  'federation.tfpb.qpvs': method({ ...read, input: z.object({ year: yearSchema }), output: z.array(qpv) }),
  /** The actions of a year in a QPV, by axis. */
  'federation.tfpb.actions': method({ ...read, input: z.object({ year: yearSchema, qpvCode: qpvCodeSchema }), output: z.array(action) }),
  'federation.tfpb.create': method({ ...write, input: actionFields.and(z.object({ year: yearSchema, qpvCode: qpvCodeSchema })), output: action }),
  /** A derived action: only what the agenda cannot know changes (costs, co-funders, status, texts); its counts stay. */
  'federation.tfpb.update': method({ ...write, input: actionFields.and(z.object({ id: idSchema })), output: action }),
  /** Hand-entered actions only: a derived one would come back at the next calculation. */
  'federation.tfpb.delete': method({ ...write, input: z.object({ id: idSchema }), output: z.object({ id: z.number() }) }),
  /** Calculates the year's actions from events and services tagged with an axis, in every QPV. */
  'federation.tfpb.derive': method({
    ...write,
    input: z.object({ year: yearSchema }),
    output: z.object({ created: z.number(), updated: z.number(), removed: z.number() }),
  }),
  /** The yearly report of one QPV, or of every QPV with actions (qpvCode null), as .xlsx or PDF. */
  'federation.tfpb.report': method({
    ...read,
    input: z.object({ year: yearSchema, qpvCode: qpvCodeSchema.nullable().default(null), format: z.enum(['xlsx', 'pdf']) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
};
