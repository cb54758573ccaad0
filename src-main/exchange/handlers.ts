import type { SyncDb } from '../../db/query.ts';
import type { Handlers } from '../core/dispatch.ts';
import { AppError, invalidField } from '../core/errors.ts';
import type { Dwelling } from '../residences/contract.ts';
import { currentHomes } from '../shared/homes.ts';
import type { ExchangeMatch, ExchangeWish, exchangeContract } from './contract.ts';
import { type Candidate, findMatches } from './matching.ts';
import { EXCHANGE_NEEDS, type ExchangeNeed, type ExchangeReason, occupancyOf, roomsOf } from './rules.ts';

/** needs is stored as a JSON array of codes; anything else reads as no need. */
function parseNeeds(stored: string): ExchangeNeed[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? EXCHANGE_NEEDS.filter((need) => value.includes(need)) : [];
  } catch {
    return [];
  }
}

function peopleCounts(db: SyncDb, householdIds: number[]): Map<number, number> {
  if (householdIds.length === 0) return new Map();
  const rows = db.all(
    db.q
      .selectFrom('person')
      .select(['household_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('household_id', 'in', householdIds)
      .where('erased_at', 'is', null)
      .groupBy('household_id'),
  );
  return new Map(rows.map((row) => [row.household_id, row.n]));
}

/** Wishes of households still on file, with their current home and size. */
function wishes(db: SyncDb, narrow: { householdId?: number; activeOnly: boolean }): ExchangeWish[] {
  let query = db.q
    .selectFrom('exchange_wish')
    .innerJoin('household', 'household.id', 'exchange_wish.household_id')
    .where('household.erased_at', 'is', null)
    .selectAll('exchange_wish')
    .select('household.name as household_name');
  if (narrow.householdId !== undefined) query = query.where('exchange_wish.household_id', '=', narrow.householdId);
  if (narrow.activeOnly) query = query.where('exchange_wish.active', '=', 1);
  const rows = db.all(query.orderBy('exchange_wish.updated_at', 'desc').orderBy('exchange_wish.id', 'desc'));
  const ids = rows.map((row) => row.household_id);
  const homes = currentHomes(db, ids);
  const people = peopleCounts(db, ids);
  return rows.map((row) => {
    const home = homes.get(row.household_id);
    const count = people.get(row.household_id) ?? 0;
    const usable = home && !home.dwellingArchived ? home : undefined;
    return {
      id: row.id,
      householdId: row.household_id,
      householdName: row.household_name,
      reason: row.reason as ExchangeReason,
      wantedTypology: row.wanted_typology as Dwelling['typology'] | null,
      needs: parseNeeds(row.needs),
      notes: row.notes,
      active: row.active === 1,
      updatedAt: row.updated_at,
      home: usable
        ? {
            dwellingId: usable.dwellingId,
            internalId: usable.internalId,
            typology: usable.typology,
            floor: usable.floor,
            hasLift: usable.hasLift,
            residenceId: usable.residenceId,
            residenceName: usable.residenceName,
            city: usable.city,
          }
        : null,
      people: count,
      occupancy: usable ? occupancyOf(roomsOf(usable.typology), count) : null,
    };
  });
}

const toSide = (c: Candidate) => ({
  householdId: c.householdId,
  householdName: c.householdName,
  wishId: c.wishId,
  reason: c.reason,
  people: c.people,
  typology: c.home.typology,
  floor: c.home.floor,
  residenceName: c.home.residenceName,
});

export const exchangeHandlers: Handlers<typeof exchangeContract> = {
  'exchange.set': ({ householdId, reason, wantedTypology, needs, notes, active }, { db, nowIso }) => {
    const household = db.get(db.q.selectFrom('household').select(['id', 'erased_at']).where('id', '=', householdId));
    if (!household || household.erased_at) throw invalidField('householdId', 'Foyer introuvable (ou dont les données ont été effacées).');
    const home = currentHomes(db, [householdId]).get(householdId);
    if (!home || home.dwellingArchived) {
      throw new AppError('CONFLICT', 'Ce foyer n’occupe aucun logement du bailleur : un échange de logement n’est pas possible.');
    }
    const now = nowIso();
    const values = { reason, wanted_typology: wantedTypology, needs: JSON.stringify(needs), notes, active: Number(active), updated_at: now };
    // One wish per household: a new statement replaces the previous one.
    const existing = db.get(db.q.selectFrom('exchange_wish').select('id').where('household_id', '=', householdId).orderBy('id', 'desc'));
    if (existing) {
      db.run(db.q.updateTable('exchange_wish').set(values).where('id', '=', existing.id));
      db.run(db.q.deleteFrom('exchange_wish').where('household_id', '=', householdId).where('id', '!=', existing.id));
    } else {
      db.run(db.q.insertInto('exchange_wish').values({ ...values, household_id: householdId, created_at: now }));
    }
    return wishes(db, { householdId, activeOnly: false })[0]!;
  },

  'exchange.ofHousehold': ({ id }, { db }) => ({ wish: wishes(db, { householdId: id, activeOnly: false })[0] ?? null }),

  'exchange.list': ({ includeInactive }, { db }) => ({ rows: wishes(db, { activeOnly: !includeInactive }) }),

  'exchange.matches': (_input, { db }) => {
    const candidates: Candidate[] = wishes(db, { activeOnly: true }).flatMap((wish) =>
      wish.home
        ? [{ wishId: wish.id, householdId: wish.householdId, householdName: wish.householdName, reason: wish.reason, wantedTypology: wish.wantedTypology, needs: wish.needs, people: wish.people, home: wish.home }]
        : [],
    );
    const rows: ExchangeMatch[] = findMatches(candidates).map((m) => ({ under: toSide(m.under), over: toSide(m.over), summary: m.summary, reasons: m.reasons }));
    return { rows };
  },
};
