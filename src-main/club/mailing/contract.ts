import { z } from 'zod';
import { idSchema, method } from '../../core/contract.ts';
import { MAILING_SCOPES } from './recipients.ts';

const input = z.object({
  /** null: every residence, and the members living outside the stock. */
  residenceId: idSchema.nullable().default(null),
  scope: z.enum(MAILING_SCOPES, { error: 'Choisissez la liste : membres du club ou tous les foyers de la résidence.' }).default('members'),
});

const recipient = z.object({
  householdId: z.number(),
  householdName: z.string(),
  residenceName: z.string().nullable(),
  addressee: z.string(),
  lines: z.array(z.string()),
  street: z.string(),
  postcode: z.string(),
  city: z.string(),
});

const read = { module: 'club', kind: 'read' } as const;
const file = z.object({ fileName: z.string(), count: z.number() });

export const mailingContract = {
  /** Who the club writes to, and how many households were left out (refused mail, no postal address). */
  'club.mailing.list': method({
    ...read,
    input,
    output: z.object({ rows: z.array(recipient), refusedMail: z.number(), withoutAddress: z.number() }),
  }),
  /** The list as a CSV file for a spreadsheet or a mail merge (";" separated, UTF-8 with BOM). */
  'club.mailing.csv': method({ ...read, input, output: file.extend({ text: z.string() }) }),
  /** The list as address labels: A4 sheets of 3 × 8. */
  'club.mailing.labels': method({ ...read, input, output: file.extend({ base64: z.string() }) }),
};
