/**
 * Housing exchange between tenants whose dwelling no longer fits: the rules, pure functions (shared with the
 * renderer: no Node imports). A typology Tn has n main rooms (living room and bedrooms).
 */
export const EXCHANGE_REASONS = ['too_big', 'too_small', 'unsuitable'] as const;
export type ExchangeReason = (typeof EXCHANGE_REASONS)[number];

/** What the household needs besides the size: stairs it can no longer climb, staying close. */
export const EXCHANGE_NEEDS = ['ground_floor', 'lift', 'same_residence', 'same_city'] as const;
export type ExchangeNeed = (typeof EXCHANGE_NEEDS)[number];

export const REASON_LABELS: Record<ExchangeReason, string> = {
  too_big: 'logement trop grand',
  too_small: 'logement trop petit',
  unsuitable: 'logement inadapté (escaliers, pas d’ascenseur)',
};

export const NEED_LABELS: Record<ExchangeNeed, string> = {
  ground_floor: 'rez-de-chaussée',
  lift: 'ascenseur ou rez-de-chaussée',
  same_residence: 'rester dans la résidence',
  same_city: 'rester dans la commune',
};

export const roomsOf = (typology: string): number => Number(/^T(\d)$/.exec(typology)?.[1] ?? 0);

/**
 * Main rooms a household needs, a simplified form of INSEE's occupancy norm without ages or couples: a living room,
 * a room for the parents (or the single person shares the living room in a T1), then one room per two more people.
 * 1 → 1, 2 → 2, 3 → 3, 4 → 3, 5 → 4, 6 → 4, 7 → 5.
 */
export function roomsNeeded(people: number): number {
  return people <= 1 ? 1 : 2 + Math.ceil((people - 2) / 2);
}

/** Under-occupied: more main rooms than people + 1. */
export const isUnderOccupied = (rooms: number, people: number) => rooms > people + 1;
/** Over-occupied: fewer main rooms than the household needs. */
export const isOverOccupied = (rooms: number, people: number) => rooms < roomsNeeded(people);

export type Occupancy = 'under' | 'over' | 'fits';
export function occupancyOf(rooms: number, people: number): Occupancy {
  return isUnderOccupied(rooms, people) ? 'under' : isOverOccupied(rooms, people) ? 'over' : 'fits';
}

export const peopleLabel = (n: number) => `${n} personne${n > 1 ? 's' : ''}`;
export const floorLabel = (floor: number) => (floor === 0 ? 'au rez-de-chaussée' : floor < 0 ? 'en sous-sol' : floor === 1 ? 'au 1er étage' : `au ${floor}e étage`);
