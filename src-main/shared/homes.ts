import type { SyncDb } from '../../db/query.ts';

/** Where a household lives now: its open occupancy, the dwelling and the residence. */
export interface Home {
  householdId: number;
  dwellingId: number;
  internalId: string;
  typology: string;
  floor: number;
  hasLift: boolean | null;
  building: string;
  entrance: string;
  door: string;
  dwellingArchived: boolean;
  residenceId: number;
  residenceName: string;
  address: string;
  postcode: string;
  city: string;
}

const CHUNK = 500;

/**
 * The current home of each household given (absent from the map: no dwelling, e.g. non-tenant members). Should a
 * household hold two open occupancies, the latest entered wins.
 */
export function currentHomes(db: SyncDb, householdIds: Iterable<number>): Map<number, Home> {
  const ids = [...new Set(householdIds)];
  const homes = new Map<number, Home>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = db.all(
      db.q
        .selectFrom('occupancy')
        .innerJoin('dwelling', 'dwelling.id', 'occupancy.dwelling_id')
        .innerJoin('residence', 'residence.id', 'dwelling.residence_id')
        .select([
          'occupancy.household_id',
          'dwelling.id as dwelling_id',
          'dwelling.internal_id',
          'dwelling.typology',
          'dwelling.floor',
          'dwelling.has_lift',
          'dwelling.building',
          'dwelling.entrance',
          'dwelling.door',
          'dwelling.archived_at',
          'residence.id as residence_id',
          'residence.name as residence_name',
          'residence.address',
          'residence.postcode',
          'residence.city',
        ])
        .where('occupancy.household_id', 'in', ids.slice(start, start + CHUNK))
        .where('occupancy.left_on', 'is', null)
        .orderBy('occupancy.entered_on')
        .orderBy('occupancy.id'),
    );
    for (const row of rows) {
      homes.set(row.household_id, {
        householdId: row.household_id,
        dwellingId: row.dwelling_id,
        internalId: row.internal_id,
        typology: row.typology,
        floor: row.floor,
        hasLift: row.has_lift === null ? null : row.has_lift === 1,
        building: row.building,
        entrance: row.entrance,
        door: row.door,
        dwellingArchived: row.archived_at !== null,
        residenceId: row.residence_id,
        residenceName: row.residence_name,
        address: row.address,
        postcode: row.postcode,
        city: row.city,
      });
    }
  }
  return homes;
}

/** "Bât. A, entrée 1, 2e étage, porte 203" (French), from a home's dwelling. */
export function dwellingPlace(home: Pick<Home, 'building' | 'entrance' | 'floor' | 'door'>): string {
  const floor = home.floor === 0 ? 'rez-de-chaussée' : home.floor === 1 ? '1er étage' : home.floor < 0 ? `sous-sol ${-home.floor}` : `${home.floor}e étage`;
  return [home.building && `bât. ${home.building}`, home.entrance && `entrée ${home.entrance}`, floor, home.door && `porte ${home.door}`]
    .filter(Boolean)
    .join(', ');
}
