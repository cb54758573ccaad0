import type { DwellingFields, ResidenceFields } from '../residences/fields.ts';
import type { Random } from './random.ts';

interface DemoResidence {
  name: string;
  address: string;
  postcode: string;
  city: string;
  inseeCode: string;
  qpvCode: string | null;
  yearBuilt: number;
  buildings: string[];
  floors: number;
  perLanding: number;
}

/** A small office of the Somme: urban residences in priority neighbourhoods (QPV), others out of them, rural ones. */
export const DEMO_RESIDENCES: DemoResidence[] = [
  { name: 'Résidence Saint-Ladre', address: '12 rue Saint-Ladre', postcode: '80000', city: 'Amiens', inseeCode: '80021', qpvCode: 'QN08003M', yearBuilt: 1968, buildings: ['A', 'B', 'C'], floors: 5, perLanding: 4 },
  { name: 'Les Tilleuls', address: '3 allée des Tilleuls', postcode: '80000', city: 'Amiens', inseeCode: '80021', qpvCode: 'QN08003M', yearBuilt: 1972, buildings: ['A', 'B'], floors: 4, perLanding: 4 },
  { name: 'Étouvie — Le Cèdre', address: '8 avenue de la Paix', postcode: '80080', city: 'Amiens', inseeCode: '80021', qpvCode: 'QN08001M', yearBuilt: 1975, buildings: ['1', '2'], floors: 8, perLanding: 3 },
  { name: 'Pierre-Rollin', address: '21 rue Pierre-Rollin', postcode: '80080', city: 'Amiens', inseeCode: '80021', qpvCode: 'QN08002M', yearBuilt: 1970, buildings: ['A'], floors: 10, perLanding: 4 },
  { name: 'Résidence du Beffroi', address: '5 place du Beffroi', postcode: '80100', city: 'Abbeville', inseeCode: '80001', qpvCode: 'QN08005M', yearBuilt: 1981, buildings: ['A'], floors: 4, perLanding: 3 },
  { name: 'Les Hortillonnages', address: '44 chemin de Halage', postcode: '80000', city: 'Amiens', inseeCode: '80021', qpvCode: null, yearBuilt: 2012, buildings: ['A'], floors: 3, perLanding: 3 },
  { name: 'Clos des Marronniers', address: '2 impasse des Marronniers', postcode: '80090', city: 'Amiens', inseeCode: '80021', qpvCode: null, yearBuilt: 1998, buildings: ['A', 'B'], floors: 2, perLanding: 2 },
  { name: 'Cité Jules-Verne', address: '17 boulevard Jules-Verne', postcode: '80090', city: 'Amiens', inseeCode: '80021', qpvCode: null, yearBuilt: 1965, buildings: ['A'], floors: 5, perLanding: 4 },
  { name: 'Le Pré-Porus', address: '9 rue du Pré-Porus', postcode: '80300', city: 'Albert', inseeCode: '80016', qpvCode: null, yearBuilt: 1989, buildings: ['A'], floors: 2, perLanding: 3 },
  { name: 'Les Peupliers de Corbie', address: '1 rue des Peupliers', postcode: '80800', city: 'Corbie', inseeCode: '80212', qpvCode: null, yearBuilt: 2004, buildings: ['A'], floors: 1, perLanding: 4 },
  { name: 'Hameau de Hangest', address: '6 route de Picquigny', postcode: '80310', city: 'Hangest-sur-Somme', inseeCode: '80414', qpvCode: null, yearBuilt: 2016, buildings: [''], floors: 0, perLanding: 6 },
  { name: 'Résidence Émile-Zola', address: '30 rue Émile-Zola', postcode: '80600', city: 'Doullens', inseeCode: '80253', qpvCode: 'QN08008M', yearBuilt: 1978, buildings: ['A', 'B'], floors: 4, perLanding: 2 },
];

const TYPOLOGY_WEIGHTS = ['T1', 'T2', 'T2', 'T3', 'T3', 'T3', 'T4', 'T4', 'T5', 'T6'] as const;
const SURFACES: Record<string, [number, number]> = {
  T1: [22, 32], T2: [40, 52], T3: [58, 70], T4: [72, 85], T5: [86, 100], T6: [100, 120], T7: [115, 140],
};

export function demoResidenceFields(residence: DemoResidence): ResidenceFields {
  return {
    name: residence.name,
    address: residence.address,
    postcode: residence.postcode,
    city: residence.city,
    inseeCode: residence.inseeCode,
    qpvCode: residence.qpvCode,
    qpvCheckedOn: residence.qpvCode ? '2024-01-15' : null,
    qpvSource: residence.qpvCode ? 'Décret 2023-1314 (données de démonstration)' : null,
    yearBuilt: residence.yearBuilt,
    notes: '',
  };
}

/** Dwellings floor by floor, landing by landing, with RPLS-like and internal ids unique across the office. */
export function demoDwellings(residence: DemoResidence, index: number, random: Random): DwellingFields[] {
  const dwellings: DwellingFields[] = [];
  for (const building of residence.buildings) {
    for (let floor = 0; floor <= residence.floors; floor++) {
      for (let door = 1; door <= residence.perLanding; door++) {
        const typology = random.pick(TYPOLOGY_WEIGHTS);
        const [min, max] = SURFACES[typology] ?? [40, 60];
        const serial = String(dwellings.length + 1).padStart(3, '0');
        dwellings.push({
          internalId: `R${String(index + 1).padStart(2, '0')}-${building || 'U'}${serial}`,
          rplsId: `80${String(index + 1).padStart(3, '0')}${serial}${building ? building.charCodeAt(0) % 10 : 0}`,
          typology,
          floor,
          surfaceM2: random.int(min * 10, max * 10) / 10,
          building,
          entrance: building ? '1' : '',
          door: `${floor}${String(door).padStart(2, '0')}`,
        });
      }
    }
  }
  return dwellings;
}
