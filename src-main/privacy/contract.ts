import { z } from 'zod';
import { idSchema, method } from '../core/contract.ts';
import { ERASE_REASONS } from './erase-reasons.ts';

/**
 * Personal-data rights (point 8 of issue 4): export of everything held on a person, erasure by anonymisation,
 * the retention rule and its purge. Rights: reading a person's export needs read on households (the follow-up is
 * included only for roles that may read it); erasing and purging need admin on households.
 */

const byPerson = z.object({ personId: idSchema });

const dueRow = z.object({
  personId: z.number(),
  householdId: z.number(),
  name: z.string(),
  householdName: z.string(),
  reason: z.object({ code: z.string(), label: z.string() }),
  referenceOn: z.string(),
  dueOn: z.string(),
});

/** A purge handles this many people at most in one transaction (the screen selects from the list it shows). */
const PURGE_MAX = 2000;

const admin = { module: 'households', right: 'admin' } as const;

export const privacyContract = {
  'privacy.exportPerson': method({
    module: 'households',
    kind: 'read',
    input: byPerson,
    output: z.object({
      /** Without extension: `.json` and `.html` are added by the screen. */
      fileBaseName: z.string(),
      json: z.string(),
      html: z.string(),
      /** The sections included (keys of the JSON's "sections"). */
      sections: z.array(z.string()),
      /** What the caller's role could not include, in French. */
      withheld: z.array(z.string()),
    }),
  }),
  'privacy.erasurePreview': method({
    ...admin,
    kind: 'read',
    input: byPerson,
    output: z.object({
      personId: z.number(),
      name: z.string(),
      householdId: z.number(),
      householdName: z.string(),
      alreadyErased: z.boolean(),
      skills: z.number(),
      /** null when the caller's role may not know about follow-ups. */
      followups: z.number().nullable(),
      /** The person is the household's last member not yet anonymised: the household is anonymised too. */
      lastMember: z.boolean(),
    }),
  }),
  /** An action, not a write: it runs its own transaction, then empties the WAL file (see privacy/scrub.ts). */
  'privacy.erasePerson': method({
    ...admin,
    kind: 'action',
    input: byPerson.extend({
      reason: z.enum(ERASE_REASONS, { error: 'Indiquez le motif : demande de la personne, durée de conservation échue ou autre motif.' }),
    }),
    output: z.object({ id: z.number(), householdId: z.number(), householdErased: z.boolean(), erasedAt: z.string() }),
  }),
  'privacy.due': method({
    module: 'households',
    kind: 'read',
    input: z.object({}).default({}),
    output: z.object({ rows: z.array(dueRow), personMonths: z.number(), today: z.string() }),
  }),
  /** All or nothing, in one transaction; an action like privacy.erasePerson. */
  'privacy.purge': method({
    ...admin,
    kind: 'action',
    input: z.object({
      personIds: z
        .array(idSchema, { error: 'Choisissez les personnes à anonymiser.' })
        .min(1, { error: 'Choisissez au moins une personne à anonymiser.' })
        .max(PURGE_MAX, { error: `${PURGE_MAX} personnes au plus par purge.` }),
    }),
    output: z.object({ purged: z.number(), householdsErased: z.number() }),
  }),
};

export type DueRow = z.output<typeof dueRow>;
