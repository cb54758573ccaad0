import { z } from 'zod';
import { idSchema, method } from '../../core/contract.ts';
import { conditionSchema } from '../catalogue/fields.ts';
import { REPAIR_STATUSES } from './statuses.ts';

const read = { module: 'conciergerie', kind: 'read' } as const;
const write = { module: 'conciergerie', kind: 'write' } as const;

const statusSchema = z.enum(REPAIR_STATUSES, { error: 'Choisissez le statut : ouvert, en cours, réparé ou mis au rebut.' });

const ticket = z.object({
  id: z.number(),
  copyId: z.number(),
  barcode: z.string(),
  itemId: z.number(),
  title: z.string(),
  /** The copy's condition now (updated when the ticket is closed as repaired). */
  condition: conditionSchema,
  status: statusSchema,
  problem: z.string(),
  repairer: z.string(),
  costCents: z.number(),
  notes: z.string(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
});

const problemSchema = z
  .string({ error: 'Décrivez la panne ou le défaut.' })
  .trim()
  .min(3, { error: 'Décrivez la panne ou le défaut en quelques mots.' })
  .max(500, { error: 'La description de la panne ne doit pas dépasser 500 caractères.' });
const repairerSchema = z.string().trim().max(120, { error: 'Le nom du réparateur ne doit pas dépasser 120 caractères.' }).default('');
const notesSchema = z.string().trim().max(2000, { error: 'Les notes ne doivent pas dépasser 2 000 caractères.' }).default('');
const costSchema = z
  .number({ error: 'Le coût doit être un montant entre 0 et 10 000 €.' })
  .int({ error: 'Le coût doit être un montant entre 0 et 10 000 €.' })
  .min(0, { error: 'Le coût doit être un montant entre 0 et 10 000 €.' })
  .max(1_000_000, { error: 'Le coût doit être un montant entre 0 et 10 000 €.' })
  .default(0);

/** What the list shows: everything, the tickets still open (open or in progress), the closed ones, or one status. */
export const REPAIR_FILTERS = ['all', 'active', 'closed', ...REPAIR_STATUSES] as const;

/** Methods of the conciergerie's repairs (module 'conciergerie'). */
export const repairsContract = {
  /** Open tickets first (oldest first), then the history (latest closed first). */
  'repairs.list': method({
    ...read,
    input: z.object({
      filter: z.enum(REPAIR_FILTERS).default('all'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({ rows: z.array(ticket), total: z.number() }),
  }),
  /** A ticket for the copy with that barcode, which goes in repair (refused while it is lent or set aside). */
  'repairs.open': method({
    ...write,
    input: z.object({
      barcode: z.string({ error: 'Scannez le code-barres de l’exemplaire.' }).trim().min(1, { error: 'Scannez le code-barres de l’exemplaire.' }).max(40),
      problem: problemSchema,
      repairer: repairerSchema,
    }),
    output: ticket,
  }),
  /**
   * Edits a ticket and moves it on: done puts the copy back on the shelf in the `condition` given (unchanged when
   * null), scrapped retires it. A closed ticket keeps its status; its details (cost, notes) may still be completed.
   */
  'repairs.update': method({
    ...write,
    input: z.object({
      id: idSchema,
      status: statusSchema,
      problem: problemSchema,
      repairer: repairerSchema,
      costCents: costSchema,
      notes: notesSchema,
      condition: conditionSchema.nullable().default(null),
    }),
    output: ticket,
  }),
};

export type RepairTicket = z.output<typeof ticket>;
export type RepairFilter = (typeof REPAIR_FILTERS)[number];
