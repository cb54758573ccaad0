import type { SyncDb } from '../../db/query.ts';
import type { PersonFields, PersonRole } from '../households/fields.ts';
import { householdNameFrom, personColumns } from '../households/repository.ts';
import { refreshHouseholdSearch } from '../households/search-index.ts';
import { foldText } from '../shared/text.ts';
import type { Random } from './random.ts';

/*
 * Demo households of the Somme: families, couples, single elderly people (some in dwellings now too big for them),
 * a few vacant dwellings, a few households that moved inside the stock, former tenants who stayed members, and
 * non-tenant members of the conciergerie and the club. Names with accents, phones and e-mails for some.
 */

interface NameGroup {
  weight: number;
  family: readonly string[];
  women: readonly string[];
  men: readonly string[];
  /** Languages an adult of this group may speak (one set picked per person). */
  languages: readonly (readonly string[])[];
}

/** Families of the Somme as they are: mostly Picard and French names, and the languages heard at the counter. */
const NAME_GROUPS: NameGroup[] = [
  {
    weight: 70,
    family: [
      'Dupré', 'Lefèvre', 'Leroux', 'Carpentier', 'Lemaire', 'Boucher', 'Moreau', 'Dubois', 'Petit', 'Lefebvre',
      'Fournier', 'Girard', 'Mercier', 'Fontaine', 'Roussel', 'Lecomte', 'Caron', 'Vasseur', 'Deroo', 'Delattre',
      'Poiré', 'Hénin', 'Lévêque', 'Crépin', 'Brûlé', 'Ménard', 'Pécourt', 'Dufour', 'Sénéchal', 'Bréhon', 'Lheureux',
      'Duchêne', 'Œuvrard', 'Lagrange', 'Boulanger', 'Devaux', 'Flament', 'Wallet', 'Hochart', 'Gaudefroy', 'Thuillier',
      'Béthouart',
    ],
    women: [
      'Hélène', 'Françoise', 'Noémie', 'Gaëlle', 'Chloé', 'Léa', 'Zoé', 'Maëlys', 'Anaïs', 'Sophie', 'Nathalie',
      'Christine', 'Martine', 'Josiane', 'Ginette', 'Mélanie', 'Céline', 'Élodie', 'Clémence', 'Léonie', 'Jeanne',
      'Thérèse', 'Geneviève', 'Sandrine', 'Aurélie', 'Bérénice',
    ],
    men: [
      'Loïc', 'François', 'Jérôme', 'Stéphane', 'Raphaël', 'Noël', 'Joël', 'Gaël', 'Théo', 'Mathéo', 'Lucas', 'Hugo',
      'Bernard', 'Gérard', 'Michel', 'André', 'René', 'Marcel', 'Jean-Pierre', 'Éric', 'Cédric', 'Sébastien',
      'Frédéric', 'Benoît', 'Hervé', 'Émile',
    ],
    languages: [[], [], [], ['Français'], ['Français'], ['Français', 'Anglais'], ['Langue des signes française', 'Français']],
  },
  {
    weight: 12,
    family: ['Benali', 'Haddad', 'Zaïdi', 'Bouazza', 'Meziane', 'Cherif'],
    women: ['Fatima', 'Aïcha', 'Yasmine', 'Nadia', 'Samira', 'Inès', 'Leïla'],
    men: ['Karim', 'Mehdi', 'Youssef', 'Rachid', 'Nordine', 'Bilal'],
    languages: [['Français', 'Arabe'], ['Arabe', 'Français'], ['Arabe'], ['Français', 'Kabyle']],
  },
  {
    weight: 6,
    family: ['Diallo', 'Traoré', 'Mendy', 'Camara', 'Sylla'],
    women: ['Mariam', 'Aminata', 'Fatoumata', 'Awa'],
    men: ['Mamadou', 'Moussa', 'Ibrahima', 'Ousmane'],
    languages: [['Français', 'Wolof'], ['Français', 'Bambara'], ['Français']],
  },
  {
    weight: 5,
    family: ['Da Silva', 'Ferreira', 'Pereira', 'Gonçalves'],
    women: ['Maria', 'Ana', 'Sónia', 'Inês'],
    men: ['José', 'João', 'António', 'Paulo'],
    languages: [['Portugais', 'Français'], ['Français'], ['Portugais']],
  },
  {
    weight: 4,
    family: ['Yilmaz', 'Kaya', 'Demir'],
    women: ['Elif', 'Ayşe', 'Zeynep'],
    men: ['Mehmet', 'Emre', 'Murat'],
    languages: [['Turc', 'Français'], ['Turc']],
  },
  {
    weight: 3,
    family: ['Nguyen', 'Tran', 'Pham'],
    women: ['Linh', 'Thi Hoa', 'Mai'],
    men: ['Minh', 'Duc', 'Quang'],
    languages: [['Vietnamien', 'Français'], ['Français']],
  },
];
const TOTAL_WEIGHT = NAME_GROUPS.reduce((sum, group) => sum + group.weight, 0);
const FRENCH = NAME_GROUPS[0]!;

function pickGroup(random: Random): NameGroup {
  let roll = random.next() * TOTAL_WEIGHT;
  for (const group of NAME_GROUPS) {
    roll -= group.weight;
    if (roll < 0) return group;
  }
  return FRENCH;
}

const MAIL_DOMAINS = ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'sfr.fr', 'wanadoo.fr'] as const;
const MEMBER_ADDRESSES: [string, string, string][] = [
  ['14 rue des Jacobins', '80000', 'Amiens'], ['3 rue Saint-Leu', '80000', 'Amiens'], ['27 boulevard de Beauvillé', '80000', 'Amiens'],
  ['8 rue de la Hotoie', '80000', 'Amiens'], ['41 rue Jules-Barni', '80000', 'Amiens'], ['5 place Vogel', '80000', 'Amiens'],
  ['12 rue du Moulin', '80100', 'Abbeville'], ['2 rue Gambetta', '80300', 'Albert'], ['19 rue Faidherbe', '80800', 'Corbie'],
  ['6 chemin des Prés', '80310', 'Hangest-sur-Somme'], ['33 rue d’Arras', '80600', 'Doullens'], ['10 allée des Sorbiers', '80090', 'Amiens'],
];

interface DemoDwelling {
  id: number;
  typology: string;
  year_built: number | null;
}

interface Plan {
  people: PersonFields[];
  enteredOn: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function dateIn(random: Random, fromYear: number, toYear: number): string {
  return `${random.int(fromYear, toYear)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`;
}

function person(random: Random, group: NameGroup, familyName: string, woman: boolean, born: [number, number], role: PersonRole): PersonFields {
  const child = role === 'child';
  // Children born here often get a French first name, and their languages are rarely recorded.
  const names = child && random.next() < 0.4 ? FRENCH : group;
  return {
    // Children are listed without a civility.
    civility: child ? 'unspecified' : woman ? 'madame' : 'monsieur',
    familyName,
    usageName: '',
    firstName: random.pick(woman ? names.women : names.men),
    birthDate: dateIn(random, born[0], born[1]),
    phone: null,
    email: null,
    role,
    languages: child ? [] : [...random.pick(group.languages)],
    notes: '',
    externalId: null,
  };
}

/** Phones for most adults on the lease, e-mails for some: mobile numbers, or an Amiens landline. */
export function contact(random: Random, people: PersonFields[]): void {
  for (const p of people) {
    if (p.role === 'child' || random.next() < 0.3) continue;
    const mobile = random.next() < 0.75;
    const digits = Array.from({ length: 4 }, () => pad(random.int(0, 99))).join('');
    p.phone = mobile ? `+33${random.pick(['6', '7'])}${random.int(10, 99)}${digits.slice(0, 6)}` : `+33322${digits.slice(0, 6)}`;
    if (random.next() < 0.45) {
      const local = foldText(`${p.firstName}.${p.usageName || p.familyName}`).replace(/[^a-z.]/g, '');
      p.email = `${local}${random.next() < 0.3 ? random.int(1, 99) : ''}@${random.pick(MAIL_DOMAINS)}`;
    }
  }
}

/** Who lives in a dwelling of this typology: bigger households in bigger dwellings, with real-life exceptions. */
export function compose(random: Random, typology: string): PersonFields[] {
  const group = pickGroup(random);
  const name = random.pick(group.family);
  const rooms = Number(typology.slice(1)) || 3;
  const roll = random.next();
  const elderlyAlone = rooms === 1 ? roll < 0.3 : rooms === 2 ? roll < 0.4 : rooms >= 4 ? roll < 0.12 : roll < 0.18;
  if (elderlyAlone) return [person(random, group, name, random.next() < 0.7, [1932, 1955], 'holder')];
  if (rooms === 1) return [person(random, group, name, random.next() < 0.5, [1975, 2004], 'holder')];
  const couple = random.next() < (rooms === 2 ? 0.55 : 0.65);
  const holderIsWoman = !couple || random.next() < 0.5;
  const people = [person(random, group, name, holderIsWoman, [1965, 1998], 'holder')];
  if (couple) {
    const partnerName = random.next() < 0.5 ? name : random.pick(group.family);
    const partner = person(random, group, partnerName, !holderIsWoman, [1963, 1999], random.next() < 0.6 ? 'coholder' : 'spouse');
    // Married women often go by their spouse's name: nom de famille kept, nom d'usage shown.
    const wife = holderIsWoman ? people[0]! : partner;
    if (partnerName === name && random.next() < 0.6) {
      wife.usageName = name;
      wife.familyName = random.pick(group.family.filter((n) => n !== name));
    }
    people.push(partner);
  }
  const children = Math.max(0, Math.min(5, rooms - (couple ? 2 : 1) + random.int(-1, 1)));
  const parentBorn = Number(people[0]!.birthDate!.slice(0, 4));
  const childBorn: [number, number] = [Math.max(2004, parentBorn + 19), Math.min(2023, parentBorn + 44)];
  for (let i = 0; i < children; i++) people.push(person(random, group, name, random.next() < 0.5, childBorn, 'child'));
  if (rooms >= 5 && random.next() < 0.2) people.push(person(random, group, name, true, [1938, 1950], 'member'));
  // No two people of a household share a first name.
  const taken = new Set<string>();
  for (const p of people) {
    const woman = p.civility === 'madame' || [...group.women, ...FRENCH.women].includes(p.firstName);
    const names = woman ? [...group.women, ...FRENCH.women] : [...group.men, ...FRENCH.men];
    for (let attempt = 0; taken.has(p.firstName) && attempt < 20; attempt++) p.firstName = random.pick(names);
    taken.add(p.firstName);
  }
  return people;
}

function insertHousehold(db: SyncDb, now: string, people: PersonFields[], extra: { isTenant: boolean; externalId?: string; address?: [string, string, string] }): number {
  const [line, postcode, city] = extra.address ?? ['', '', ''];
  const { id } = db.get(
    db.q
      .insertInto('household')
      .values({
        name: householdNameFrom(people),
        external_id: extra.externalId ?? null,
        is_tenant: extra.isTenant ? 1 : 0,
        address_line: line,
        postcode,
        city,
        notes: '',
        accepts_mail: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id'),
  )!;
  for (const p of people) db.run(db.q.insertInto('person').values({ ...personColumns(p), household_id: id, created_at: now, updated_at: now }));
  return id;
}

const stay = (db: SyncDb, now: string, householdId: number, dwellingId: number, enteredOn: string, leftOn: string | null) =>
  db.run(db.q.insertInto('occupancy').values({ household_id: householdId, dwelling_id: dwellingId, entered_on: enteredOn, left_on: leftOn, created_at: now }));

/** Fills the demo dwellings with households; runs inside demo.fill's transaction, after the residences. */
export function fillDemoHouseholds(db: SyncDb, now: string, random: Random): { households: number; people: number } {
  const thisYear = Number(now.slice(0, 4));
  const dwellings = db.all(
    db.q
      .selectFrom('dwelling')
      .innerJoin('residence', 'residence.id', 'dwelling.residence_id')
      .select(['dwelling.id', 'dwelling.typology', 'residence.year_built'])
      .where('dwelling.archived_at', 'is', null)
      .orderBy('dwelling.id'),
  ) as DemoDwelling[];

  const builtIn = new Map(dwellings.map((d) => [d.id, d.year_built ?? 1960]));
  const tenants: { householdId: number; dwellingId: number; enteredOn: string }[] = [];
  let people = 0;
  let tenantNumber = 10_400;
  for (const dwelling of dwellings) {
    if (random.next() < 0.08) continue; // vacant, between two tenancies
    const plan: Plan = {
      people: compose(random, dwelling.typology),
      enteredOn: dateIn(random, Math.max(dwelling.year_built ?? 1990, 1985), thisYear - 1),
    };
    contact(random, plan.people);
    const householdId = insertHousehold(db, now, plan.people, { isTenant: true, externalId: `LOC-${++tenantNumber}` });
    stay(db, now, householdId, dwelling.id, plan.enteredOn, null);
    tenants.push({ householdId, dwellingId: dwelling.id, enteredOn: plan.enteredOn });
    people += plan.people.length;
  }

  // Moves inside the stock: a household lived elsewhere until the day it entered its current dwelling, in a
  // dwelling whose current occupant came after it (or that is vacant now).
  const occupiedSince = new Map(tenants.map((t) => [t.dwellingId, t.enteredOn]));
  let moves = 0;
  for (const mover of tenants) {
    if (moves >= 12 || mover.enteredOn < '2008' || random.next() > 0.15) continue;
    const previous = random.pick(dwellings);
    const since = occupiedSince.get(previous.id);
    if (previous.id === mover.dwellingId || (since !== undefined && since < mover.enteredOn)) continue;
    const enteredBefore = `${Number(mover.enteredOn.slice(0, 4)) - random.int(3, 12)}${mover.enteredOn.slice(4)}`;
    if (Number(enteredBefore.slice(0, 4)) < (previous.year_built ?? 1960)) continue;
    stay(db, now, mover.householdId, previous.id, enteredBefore, mover.enteredOn);
    occupiedSince.set(previous.id, enteredBefore); // no second mover into the same past
    moves++;
  }

  // Former tenants who left the stock and stayed members of the club, with their new address.
  const addresses = [...MEMBER_ADDRESSES];
  let formers = 0;
  for (const current of tenants) {
    if (formers >= 3 || current.enteredOn < '2012' || occupiedSince.get(current.dwellingId) !== current.enteredOn) continue;
    const enteredBefore = `${Number(current.enteredOn.slice(0, 4)) - random.int(4, 15)}${current.enteredOn.slice(4)}`;
    if (Number(enteredBefore.slice(0, 4)) < (builtIn.get(current.dwellingId) ?? 1960)) continue;
    const members = compose(random, 'T2');
    contact(random, members);
    const householdId = insertHousehold(db, now, members, { isTenant: false, address: addresses.shift() });
    stay(db, now, householdId, current.dwellingId, enteredBefore, current.enteredOn);
    occupiedSince.set(current.dwellingId, enteredBefore);
    people += members.length;
    formers++;
  }

  // Non-tenant members of the conciergerie and the club, living in the neighbourhood.
  while (addresses.length > 3) {
    const members = compose(random, random.pick(['T1', 'T2', 'T3']));
    contact(random, members);
    insertHousehold(db, now, members, { isTenant: false, address: addresses.shift() });
    people += members.length;
  }

  const householdIds = db.all(db.q.selectFrom('household').select('id')).map((row) => row.id);
  refreshHouseholdSearch(db, householdIds);
  return { households: householdIds.length, people };
}
