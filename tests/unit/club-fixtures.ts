import type { Connection } from '../../src-main/core/backend.ts';
import type { InputOf } from '../../src-main/core/contract.ts';
import type { AppContract } from '../../src-main/contract.ts';
import { withLuhnKey } from '../../src-main/shared/siret.ts';
import { call } from './helpers.ts';
import { seedHousehold } from './people-fixtures.ts';
import { staffedOffice } from './staffed-office.ts';

/**
 * A small office for the club's tests: the staffed office (real backend, a clock the test moves, the administrator
 * and a counter operator) with office and read-only accounts too, a residence in a priority neighbourhood (QPV) and
 * one outside, and households living in them (one non-tenant member).
 */

export const PASSWORD = 'mot-de-passe-du-role';

/** A valid SIRET (Luhn) made from a number, so that every partner of a test gets its own. */
export function siret(seed: number): string {
  return withLuhnKey(`7${String(seed).padStart(12, '0')}`);
}

type NewPartner = InputOf<AppContract, 'club.partners.create'>;
let partnerSeed = 1;

export function partnerInput(overrides: Partial<NewPartner> = {}): NewPartner {
  return {
    name: 'Plomberie Martin',
    siret: siret(partnerSeed++),
    nafCode: '43.22A',
    category: 'building',
    trade: 'plumbing',
    contactName: 'Jean Martin',
    phone: '03 22 11 22 33',
    email: 'contact@plomberie-martin.fr',
    address: { line: '4 rue des Artisans', postcode: '80000', city: 'Amiens' },
    agreementStartOn: null,
    agreementEndOn: null,
    notes: '',
    status: 'active',
    statusOn: null,
    ...overrides,
  };
}

type NewOffer = InputOf<AppContract, 'club.offers.create'>;

export function offerInput(partnerId: number, overrides: Partial<NewOffer> = {}): NewOffer {
  return {
    partnerId,
    title: 'Assurance habitation au tarif de groupe',
    kind: 'special_price',
    value: 900,
    usualPriceCents: 2150,
    benefit: 'contract',
    defaultSavingCents: 15_000,
    conditions: 'Tarif selon le nombre de pièces, quels que soient l’étage et la composition du foyer.',
    validFrom: '2024-01-01',
    validUntil: null,
    target: 'all',
    residenceIds: [],
    ...overrides,
  };
}

export async function clubOffice(startDay = '2026-03-02') {
  const office = await staffedOffice(startDay, { login: 'counter', displayName: 'Agent counter', password: PASSWORD });
  const { backend, admin } = office;
  for (const role of ['office', 'readonly'] as const) {
    await call(admin, 'staff.create', { login: role, displayName: `Agent ${role}`, role, password: PASSWORD });
  }
  const qpv = await call(admin, 'residences.create', {
    name: 'Les Tilleuls',
    address: '3 allée des Tilleuls',
    postcode: '80000',
    city: 'Amiens',
    qpvCode: 'QN08003M',
    dwellings: ['T-101', 'T-102', 'T-103', 'T-104'].map((internalId, index) => ({ internalId, typology: 'T3', floor: index, surfaceM2: null, building: 'A', door: `${index}01` })),
  });
  const outside = await call(admin, 'residences.create', {
    name: 'Les Hortillonnages',
    address: '44 chemin de Halage',
    postcode: '80000',
    city: 'Amiens',
    qpvCode: null,
    dwellings: [{ internalId: 'H-1', typology: 'T2', floor: 1, surfaceM2: null }],
  });
  const dwelling = (residence: typeof qpv, index: number) => residence.dwellings[index]!.id;
  const seed = (name: string, dwellingId: number | null, firstName: string) =>
    seedHousehold(backend.databaseFile, {
      name,
      dwellingId,
      enteredOn: '2015-01-01',
      people: [{ familyName: name, firstName, civility: 'madame' }],
      address: dwellingId === null ? { line: '7 rue Saint-Leu', postcode: '80000', city: 'Amiens' } : undefined,
    });
  const households = {
    durand: seed('Durand', dwelling(qpv, 0), 'Hélène'),
    petit: seed('Petit', dwelling(qpv, 1), 'Inès'),
    moreau: seed('Moreau', dwelling(qpv, 2), 'Léa'),
    leroy: seed('Leroy', dwelling(outside, 0), 'Nadia'),
    member: seed('Garnier', null, 'Sophie'),
  };

  /** A connection of one of the staff accounts (office, counter, readonly). */
  const signIn = async (login: string): Promise<Connection> => {
    const connection = backend.connect();
    await call(connection, 'auth.login', { login, password: PASSWORD });
    return connection;
  };
  return {
    backend,
    admin,
    residences: { qpv: qpv.id, outside: outside.id },
    dwellings: { qpv: qpv.dwellings.map((d) => d.id), outside: outside.dwellings.map((d) => d.id) },
    households,
    signIn,
    /** Moves the clock to that day (10:00) and returns the administrator, signed in again (idle sessions lock). */
    at: async (day: string) => {
      await office.setNow(`${day}T10:00`);
      return admin;
    },
  };
}
