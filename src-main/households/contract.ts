import { z } from 'zod';
import { idSchema, method } from '../core/contract.ts';
import { dwellingSchema } from '../residences/contract.ts';
import { CIVILITIES, householdFieldsSchema, moveDateSchema, PERSON_ROLES, personFieldsSchema } from './fields.ts';

const person = z.object({
  id: z.number(),
  householdId: z.number(),
  civility: z.enum(CIVILITIES),
  familyName: z.string(),
  usageName: z.string(),
  firstName: z.string(),
  birthDate: z.string().nullable(),
  /** E.164; the screens show it as 06 12 34 56 78. */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  role: z.enum(PERSON_ROLES),
  languages: z.array(z.string()),
  notes: z.string(),
  externalId: z.string().nullable(),
});

const dwellingSummary = dwellingSchema.pick({
  id: true,
  internalId: true,
  rplsId: true,
  typology: true,
  floor: true,
  surfaceM2: true,
  building: true,
  entrance: true,
  door: true,
});

const residenceSummary = z.object({ id: z.number(), name: z.string(), address: z.string(), postcode: z.string(), city: z.string() });

/** One stay of the household in a dwelling; leftOn null while it lives there. */
const occupancy = z.object({
  id: z.number(),
  enteredOn: z.string(),
  leftOn: z.string().nullable(),
  dwelling: dwellingSummary,
  residence: residenceSummary,
});



const address = z.object({ line: z.string(), postcode: z.string(), city: z.string() });

const householdDetail = z.object({
  id: z.number(),
  name: z.string(),
  externalId: z.string().nullable(),
  isTenant: z.boolean(),
  address,
  notes: z.string(),
  acceptsMail: z.boolean(),
  lastContactOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Where it lives now, null for non-tenant members and households that moved out. */
  current: occupancy.nullable(),
  /** Every stay, the latest first (the current one included). */
  history: z.array(occupancy),
  /** Its people (erased ones never appear): holders first. */
  people: z.array(person),
});

/** One line of the search: a person with their household, or a household with its main person. */
const searchRow = z.object({
  person: person.pick({ id: true, civility: true, familyName: true, usageName: true, firstName: true, phone: true, email: true, role: true }).nullable(),
  household: z.object({ id: z.number(), name: z.string(), isTenant: z.boolean(), externalId: z.string().nullable() }),
  dwelling: dwellingSummary.pick({ id: true, internalId: true, typology: true, floor: true, building: true, entrance: true, door: true }).nullable(),
  residence: z.object({ id: z.number(), name: z.string(), city: z.string() }).nullable(),
});

const dwellingOccupant = dwellingSummary.extend({
  archived: z.boolean(),
  occupant: z.object({ householdId: z.number(), name: z.string(), since: z.string() }).nullable(),
});

const currentDwelling = z.object({ dwellingId: idSchema, enteredOn: moveDateSchema('La date d’entrée') });

const newHousehold = householdFieldsSchema
  .extend({
    /** false for non-tenant members (conciergerie, club): then a postal address instead of a dwelling. */
    isTenant: z.boolean({ error: 'Indiquez si le foyer est locataire (oui ou non).' }),
    dwelling: currentDwelling.nullable().default(null),
    people: z
      .array(personFieldsSchema, { error: 'Ajoutez au moins une personne au foyer.' })
      .min(1, { error: 'Ajoutez au moins une personne au foyer.' })
      .max(20, { error: 'Un foyer compte 20 personnes au plus.' }),
  })
  // Runs even when a person's fields are wrong, so that every message shows at once (the value may then be partial).
  .superRefine(
    (value, ctx) => {
      if (value.isTenant === true && !value.dwelling) {
        ctx.addIssue({ code: 'custom', path: ['dwelling', 'dwellingId'], message: 'Choisissez le logement du foyer locataire.' });
      }
      if (value.isTenant === false) {
        if (value.dwelling) ctx.addIssue({ code: 'custom', path: ['dwelling', 'dwellingId'], message: 'Un foyer non locataire n’a pas de logement du parc.' });
        const address = value.address ?? { line: '', postcode: '', city: '' };
        if (!address.line) ctx.addIssue({ code: 'custom', path: ['address', 'line'], message: 'Indiquez l’adresse postale du foyer non locataire.' });
        if (!address.postcode) ctx.addIssue({ code: 'custom', path: ['address', 'postcode'], message: 'Indiquez le code postal de l’adresse.' });
        if (!address.city) ctx.addIssue({ code: 'custom', path: ['address', 'city'], message: 'Indiquez la commune de l’adresse.' });
      }
      const people = Array.isArray(value.people) ? value.people : [];
      const holders = people.flatMap((p, index) => (p?.role === 'holder' ? [index] : []));
      for (const index of holders.slice(1)) {
        ctx.addIssue({ code: 'custom', path: ['people', index, 'role'], message: 'Un seul titulaire du bail par foyer : choisissez « cotitulaire » pour les autres.' });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );

const byId = z.object({ id: idSchema });

export const SEARCH_LIMIT = 200;

export const householdsContract = {
  'households.search': method({
    module: 'households',
    kind: 'read',
    input: z.object({
      query: z.string().max(200, { error: 'La recherche ne doit pas dépasser 200 caractères.' }).default(''),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(SEARCH_LIMIT, { error: `${SEARCH_LIMIT} résultats au plus par page.` }).default(50),
    }),
    output: z.object({ rows: z.array(searchRow), total: z.number() }),
  }),
  'households.get': method({ module: 'households', kind: 'read', input: byId, output: householdDetail }),
  'households.dwellingOccupants': method({
    module: 'households',
    kind: 'read',
    input: z.object({ residenceId: idSchema }),
    output: z.array(dwellingOccupant),
  }),
  'households.create': method({ module: 'households', kind: 'write', input: newHousehold, output: householdDetail }),
  'households.update': method({
    module: 'households',
    kind: 'write',
    input: householdFieldsSchema.extend({
      id: idSchema,
      name: z.string().trim().min(1, { error: 'Le nom du foyer est obligatoire.' }).max(120, { error: 'Le nom du foyer ne doit pas dépasser 120 caractères.' }),
    }),
    output: householdDetail,
  }),
  'households.moveIn': method({
    module: 'households',
    kind: 'write',
    input: z.object({ householdId: idSchema, dwellingId: idSchema, enteredOn: moveDateSchema('La date d’entrée') }),
    output: householdDetail,
  }),
  'households.moveOut': method({
    module: 'households',
    kind: 'write',
    input: z.object({ householdId: idSchema, leftOn: moveDateSchema('La date de sortie') }),
    output: householdDetail,
  }),
  'people.add': method({ module: 'households', kind: 'write', input: personFieldsSchema.extend({ householdId: idSchema }), output: person }),
  'people.update': method({ module: 'households', kind: 'write', input: personFieldsSchema.extend({ id: idSchema }), output: person }),
  'people.remove': method({ module: 'households', kind: 'write', input: byId, output: z.object({ id: z.number(), householdId: z.number() }) }),
};

export type Person = z.output<typeof person>;
export type HouseholdDetail = z.output<typeof householdDetail>;
export type Occupancy = z.output<typeof occupancy>;
export type HouseholdSearchRow = z.output<typeof searchRow>;
export type DwellingOccupant = z.output<typeof dwellingOccupant>;
