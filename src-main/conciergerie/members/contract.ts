import { z } from 'zod';
import { idSchema, isoDateSchema, method } from '../../core/contract.ts';
import { CIVILITIES, emailSchema, phoneSchema } from '../../households/fields.ts';
import { optionalPostalAddressFields, text } from '../../shared/fields.ts';
import { PAYMENT_METHODS, PAYMENT_PURPOSES } from '../till/kinds.ts';
import { centsSchema, methodSchema, paymentRefSchema, reasonSchema } from '../till/fields.ts';
import { MAX_PERIOD_COUNT, MAX_PERIODS, MEMBERSHIP_SCOPES, PERIOD_UNITS } from './periods.ts';

/* Members of the conciergerie: membership types, members and their memberships, flags, account and card. */

const read = { module: 'conciergerie', kind: 'read' } as const;
const write = { module: 'conciergerie', kind: 'write' } as const;

// ——— Membership types ———

const typeFields = z
  .object({
    name: z
      .string({ error: 'Le nom du type d’adhésion est obligatoire.' })
      .trim()
      .min(1, { error: 'Le nom du type d’adhésion est obligatoire.' })
      .max(60, { error: 'Le nom du type d’adhésion ne doit pas dépasser 60 caractères.' }),
    priceCents: centsSchema('Le prix', 0, 100_000),
    periodUnit: z.enum(PERIOD_UNITS, { error: 'Choisissez l’unité de la durée : jour, mois ou année.' }),
    periodCount: z.number({ error: 'Indiquez la durée (un nombre entier).' }).int({ error: 'La durée est un nombre entier.' }).min(1, { error: 'La durée doit être d’au moins 1.' }),
    scope: z.enum(MEMBERSHIP_SCOPES, { error: 'Choisissez pour qui vaut l’adhésion : la personne ou tout le foyer.' }),
    maxLoans: z
      .number({ error: 'Indiquez le nombre maximal d’emprunts simultanés.' })
      .int({ error: 'Le nombre maximal d’emprunts est un nombre entier.' })
      .min(1, { error: 'Le nombre maximal d’emprunts doit être compris entre 1 et 50.' })
      .max(50, { error: 'Le nombre maximal d’emprunts doit être compris entre 1 et 50.' }),
    description: text(500, 'La description'),
  })
  .superRefine((value, ctx) => {
    const max = MAX_PERIOD_COUNT[value.periodUnit];
    if (max !== undefined && value.periodCount > max) {
      const unit = { day: 'jours', month: 'mois', year: 'ans' }[value.periodUnit];
      ctx.addIssue({ code: 'custom', path: ['periodCount'], message: `La durée ne doit pas dépasser ${max} ${unit}.` });
    }
  });

const membershipType = z.object({
  id: z.number(),
  name: z.string(),
  priceCents: z.number(),
  periodUnit: z.enum(PERIOD_UNITS),
  periodCount: z.number(),
  scope: z.enum(MEMBERSHIP_SCOPES),
  maxLoans: z.number(),
  description: z.string(),
  archived: z.boolean(),
  /** How many memberships were taken with it (kept when it is archived). */
  memberships: z.number(),
});

// ——— Members ———

/** A non-tenant person enrolled at the counter: a household of their own is created with their postal address. */
const newPerson = z
  .object({
    civility: z.enum(CIVILITIES, { error: 'Civilité invalide : choisissez Madame, Monsieur ou non précisé.' }).default('unspecified'),
    familyName: z
      .string({ error: 'Le nom de famille est obligatoire.' })
      .trim()
      .min(1, { error: 'Le nom de famille est obligatoire.' })
      .max(100, { error: 'Le nom de famille ne doit pas dépasser 100 caractères.' }),
    usageName: text(100, 'Le nom d’usage'),
    firstName: text(100, 'Le prénom'),
    phone: phoneSchema,
    email: emailSchema,
    address: z.object(optionalPostalAddressFields, { error: 'Indiquez l’adresse postale.' }),
  })
  // Runs even when another field is wrong, so that every message shows at once (the value may then be partial).
  .superRefine(
    (value, ctx) => {
      const address = value.address ?? { line: '', postcode: '', city: '' };
      if (!address.line) ctx.addIssue({ code: 'custom', path: ['address', 'line'], message: 'Indiquez l’adresse postale de la personne.' });
      if (!address.postcode) ctx.addIssue({ code: 'custom', path: ['address', 'postcode'], message: 'Indiquez le code postal de l’adresse.' });
      if (!address.city) ctx.addIssue({ code: 'custom', path: ['address', 'city'], message: 'Indiquez la commune de l’adresse.' });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

/** The membership taken (at enrolment or renewal) and how it is paid. */
const membershipChoice = z.object({
  typeId: z.number({ error: 'Choisissez le type d’adhésion.' }).int().positive({ error: 'Choisissez le type d’adhésion.' }),
  periods: z
    .number({ error: 'Indiquez le nombre de périodes.' })
    .int({ error: 'Le nombre de périodes est un nombre entier.' })
    .min(1, { error: `Le nombre de périodes doit être compris entre 1 et ${MAX_PERIODS}.` })
    .max(MAX_PERIODS, { error: `Le nombre de périodes doit être compris entre 1 et ${MAX_PERIODS}.` })
    .default(1),
  /** null: paid nothing (a free type); required when there is something to pay. */
  method: methodSchema.nullable().default(null),
});

const block = z.object({ kind: z.enum(['membership', 'balance', 'overdue', 'flag']), message: z.string(), flagId: z.number().optional() });

const standing = z.object({
  membership: z
    .object({ id: z.number(), typeId: z.number(), typeName: z.string(), startsOn: z.string(), endsOn: z.string(), shared: z.boolean(), maxLoans: z.number() })
    .nullable(),
  lastMembershipEnd: z.string().nullable(),
  balanceCents: z.number(),
  openLoans: z.number(),
  overdueLoans: z.number(),
  blocks: z.array(block),
  loansLeft: z.number(),
});

const memberSummary = z.object({
  id: z.number(),
  number: z.string(),
  personId: z.number(),
  name: z.string(),
  phone: z.string().nullable(),
  householdId: z.number(),
  householdName: z.string(),
  isTenant: z.boolean(),
  /** The last day of the latest membership covering them (their own or their household's), null if none ever. */
  membershipEndsOn: z.string().nullable(),
  inForce: z.boolean(),
  balanceCents: z.number(),
  activeFlags: z.number(),
});

const membershipRow = z.object({
  id: z.number(),
  typeName: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  periods: z.number(),
  priceCents: z.number(),
  /** Covers the whole household. */
  shared: z.boolean(),
  /** The member who took it, when it is another member of the household (a shared membership). */
  takenBy: z.object({ memberId: z.number(), number: z.string(), name: z.string() }).nullable(),
  receiptNumber: z.string().nullable(),
  paymentId: z.number().nullable(),
  status: z.enum(['past', 'current', 'future']),
});

const flag = z.object({
  id: z.number(),
  reason: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  clearedAt: z.string().nullable(),
  clearedBy: z.string().nullable(),
});

const accountEntry = z.object({
  id: z.number(),
  kind: z.string(),
  amountCents: z.number(),
  label: z.string(),
  createdAt: z.string(),
  receiptNumber: z.string().nullable(),
  paymentId: z.number().nullable(),
});

const memberPayment = z.object({
  id: z.number(),
  receiptNumber: z.string(),
  paidAt: z.string(),
  method: z.enum(PAYMENT_METHODS),
  purpose: z.enum(PAYMENT_PURPOSES),
  amountCents: z.number(),
  label: z.string(),
  refundOf: z.string().nullable(),
});

const memberDetail = z.object({
  id: z.number(),
  number: z.string(),
  joinedOn: z.string(),
  person: z.object({
    id: z.number(),
    civility: z.enum(CIVILITIES),
    familyName: z.string(),
    usageName: z.string(),
    firstName: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    erased: z.boolean(),
  }),
  household: z.object({
    id: z.number(),
    name: z.string(),
    isTenant: z.boolean(),
    /** Where they live: the residence and dwelling for tenants, the postal address otherwise. */
    address: z.string(),
  }),
  standing,
  /** Where a renewal taken today would start: the day after the membership in force (or a later one already paid). */
  renewalStartsOn: z.string(),
  memberships: z.array(membershipRow),
  flags: z.array(flag),
  account: z.array(accountEntry),
  payments: z.array(memberPayment),
});

const personCandidate = z.object({
  personId: z.number(),
  name: z.string(),
  phone: z.string().nullable(),
  householdId: z.number(),
  householdName: z.string(),
  isTenant: z.boolean(),
  residenceName: z.string().nullable(),
  member: z.object({ id: z.number(), number: z.string() }).nullable(),
  /** The last day of a membership shared by their household in force today: enrolling them needs no new one. */
  householdCoveredUntil: z.string().nullable(),
});

const householdPerson = z.object({
  personId: z.number(),
  name: z.string(),
  member: memberSummary.pick({ id: true, number: true, membershipEndsOn: true, inForce: true, balanceCents: true, activeFlags: true })
    .extend({ typeName: z.string().nullable(), shared: z.boolean(), blocked: z.boolean() })
    .nullable(),
});

const memberRef = z.object({ id: z.number() });
const pdfFile = z.object({ fileName: z.string(), base64: z.string() });

export const SEARCH_STATUSES = ['all', 'inForce', 'lapsed', 'owing', 'flagged'] as const;

export const membersContract = {
  'membershipTypes.list': method({ ...read, input: z.object({ includeArchived: z.boolean().default(false) }), output: z.array(membershipType) }),
  'membershipTypes.create': method({ ...write, right: 'admin', input: typeFields, output: membershipType }),
  'membershipTypes.update': method({ ...write, right: 'admin', input: typeFields.safeExtend({ id: idSchema }), output: membershipType }),
  /** Archived types are no longer offered; the memberships taken with them keep their name and price. */
  'membershipTypes.archive': method({ ...write, right: 'admin', input: z.object({ id: idSchema, archived: z.boolean() }), output: membershipType }),

  /** Members by name, number or phone (every word a prefix, accents ignored), or all of them; paged, by name. */
  'members.search': method({
    ...read,
    input: z.object({
      query: z.string().max(200, { error: 'La recherche ne doit pas dépasser 200 caractères.' }).default(''),
      status: z.enum(SEARCH_STATUSES).default('all'),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({ rows: z.array(memberSummary), total: z.number() }),
  }),
  /** People on file (tenants or not) to enrol, with their member number when they already have one. */
  'members.findPeople': method({
    ...read,
    input: z.object({ query: z.string().max(200, { error: 'La recherche ne doit pas dépasser 200 caractères.' }) }),
    output: z.array(personCandidate),
  }),
  'members.get': method({ ...read, input: z.object({ id: idSchema }), output: memberDetail }),
  /** The people of a household with their membership, for the household page. */
  'members.ofHousehold': method({ ...read, input: z.object({ householdId: idSchema }), output: z.array(householdPerson) }),
  /**
   * Enrols a person on file or a new non-tenant person (created with a household of their own), with a first
   * membership starting on `startsOn` (today by default) and its payment at the till, in one write.
   */
  'members.enrol': method({
    ...write,
    input: z
      .object({
        personId: idSchema.nullable().default(null),
        newPerson: newPerson.nullable().default(null),
        /** null only when the person's household already shares a membership in force that covers them. */
        membership: membershipChoice.extend({ startsOn: isoDateSchema.nullable().default(null) }).nullable(),
      })
      .superRefine((value, ctx) => {
        if ((value.personId === null) === (value.newPerson === null)) {
          ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Choisissez une personne déjà connue ou saisissez une nouvelle personne (l’un ou l’autre).' });
        }
      }),
    output: z.object({ id: z.number(), number: z.string(), personId: z.number(), payment: paymentRefSchema.nullable() }),
  }),
  /** A new membership from the day after the one in force (today when none), paid at the till. */
  'members.renew': method({
    ...write,
    input: membershipChoice.extend({ memberId: idSchema }),
    /** id: the member's (what the audit log names), membershipId: the new membership's. */
    output: z.object({ id: z.number(), membershipId: z.number(), startsOn: z.string(), endsOn: z.string(), payment: paymentRefSchema.nullable() }),
  }),
  'members.flag': method({ ...write, input: z.object({ memberId: idSchema, reason: reasonSchema('le motif du blocage') }), output: memberRef }),
  'members.clearFlag': method({ ...write, input: z.object({ flagId: idSchema }), output: memberRef }),
  /** Pays all or part of what the member owes, at the till. */
  'members.payBalance': method({
    ...write,
    input: z.object({ memberId: idSchema, amountCents: centsSchema('Le montant réglé', 1, 1_000_000), method: methodSchema }),
    output: z.object({ id: z.number(), payment: paymentRefSchema }),
  }),
  /** Writes off all or part of what the member owes, with the reason (recorded on the account). */
  // Writing off a debt is the office's decision, not the counter's.
  'members.waive': method({
    ...write,
    right: 'admin',
    input: z.object({ memberId: idSchema, amountCents: centsSchema('Le montant remis', 1, 1_000_000), reason: reasonSchema('le motif de la remise') }),
    output: memberRef,
  }),
  /** The member card: credit-card size, or on an A4 sheet to cut out. */
  'members.cardPdf': method({ ...read, input: z.object({ id: idSchema, format: z.enum(['card', 'sheet']).default('card') }), output: pdfFile }),
};

export type MembershipType = z.output<typeof membershipType>;
export type MemberSummary = z.output<typeof memberSummary>;
export type MemberDetail = z.output<typeof memberDetail>;
export type PersonCandidate = z.output<typeof personCandidate>;
export type HouseholdPerson = z.output<typeof householdPerson>;
export type NewPersonInput = z.output<typeof newPerson>;
export type TypeFields = z.output<typeof typeFields>;
