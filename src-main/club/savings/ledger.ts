import type { SyncDb } from '../../../db/query.ts';
import { addMonths } from '../../shared/days.ts';
import type { PartnerCategory } from '../partners/fields.ts';

/*
 * The savings ledger: what the club's contracts and offers saved households, derived from the contracts themselves
 * (one source of truth, nothing to keep in step):
 * - a contract counts its yearly saving at signature and again at each anniversary while it is in force (an
 *   anniversary after its end, or still to come, does not count);
 * - an offer used once counts its saving on the day it was used.
 * Each entry is filed under the calendar year of its day and the residence the household lived in on that day
 * (null: a household outside the stock then). Every figure of the dashboard is a sum of these entries.
 */

type SavingKind = 'signature' | 'renewal' | 'use';

export interface SavingEntry {
  contractId: number;
  kind: SavingKind;
  on: string;
  year: number;
  amountCents: number;
  householdId: number;
  householdName: string;
  offerId: number;
  offerTitle: string;
  partnerId: number;
  partnerName: string;
  partnerCategory: PartnerCategory;
  residenceId: number | null;
  residenceName: string | null;
}

interface LedgerFilter {
  householdId?: number | null;
}

/** A guard against a typing error in a date: a contract cannot count more anniversaries than this. */
const MAX_YEARS = 100;

export interface Stay {
  enteredOn: string;
  leftOn: string | null;
  residenceId: number;
  residenceName: string;
  qpvCode: string | null;
}

/** Every stay of these households in the stock, the latest first. */
export function householdStays(db: SyncDb, householdIds: number[]): Map<number, Stay[]> {
  const stays = new Map<number, Stay[]>();
  if (householdIds.length === 0) return stays;
  const rows = db.all(
    db.q
      .selectFrom('occupancy')
      .innerJoin('dwelling', 'dwelling.id', 'occupancy.dwelling_id')
      .innerJoin('residence', 'residence.id', 'dwelling.residence_id')
      .select(['occupancy.household_id', 'occupancy.entered_on', 'occupancy.left_on', 'residence.id as residence_id', 'residence.name as residence_name', 'residence.qpv_code'])
      .where('occupancy.household_id', 'in', householdIds)
      .orderBy('occupancy.entered_on', 'desc')
      .orderBy('occupancy.id', 'desc'),
  );
  for (const row of rows) {
    const list = stays.get(row.household_id) ?? [];
    list.push({ enteredOn: row.entered_on, leftOn: row.left_on, residenceId: row.residence_id, residenceName: row.residence_name, qpvCode: row.qpv_code });
    stays.set(row.household_id, list);
  }
  return stays;
}

/** Where the household lived on `day` (the latest stay that covers it). */
export function stayOn(stays: Stay[] | undefined, day: string): Stay | undefined {
  return stays?.find((stay) => stay.enteredOn <= day && (stay.leftOn === null || stay.leftOn > day));
}

type ContractDates = { kind: string; signed_on: string; ends_on: string | null };

/** The days a contract counts its saving, up to `today`. */
function countedDays(contract: ContractDates, today: string): { on: string; kind: SavingKind }[] {
  if (contract.kind === 'use') return contract.signed_on <= today ? [{ on: contract.signed_on, kind: 'use' }] : [];
  const days: { on: string; kind: SavingKind }[] = [];
  for (let year = 0; year < MAX_YEARS; year++) {
    const on = addMonths(contract.signed_on, 12 * year);
    if (on > today || (contract.ends_on !== null && on > contract.ends_on)) break;
    days.push({ on, kind: year === 0 ? 'signature' : 'renewal' });
  }
  return days;
}

/** What a contract has saved up to `today`: the sum of its entries in the ledger. */
export function savedToDate(contract: ContractDates & { saving_cents: number }, today: string): number {
  return countedDays(contract, today).length * contract.saving_cents;
}

/** Every entry of the ledger up to `today`, oldest first. */
export function savingEntries(db: SyncDb, today: string, filter: LedgerFilter = {}): SavingEntry[] {
  let query = db.q
    .selectFrom('club_contract')
    .innerJoin('club_offer', 'club_offer.id', 'club_contract.offer_id')
    .innerJoin('club_partner', 'club_partner.id', 'club_offer.partner_id')
    .innerJoin('household', 'household.id', 'club_contract.household_id')
    .select([
      'club_contract.id',
      'club_contract.kind',
      'club_contract.signed_on',
      'club_contract.ends_on',
      'club_contract.saving_cents',
      'club_contract.household_id',
      'household.name as household_name',
      'club_offer.id as offer_id',
      'club_offer.title as offer_title',
      'club_partner.id as partner_id',
      'club_partner.name as partner_name',
      'club_partner.category as partner_category',
    ])
    .orderBy('club_contract.signed_on')
    .orderBy('club_contract.id');
  if (filter.householdId != null) query = query.where('club_contract.household_id', '=', filter.householdId);
  const contracts = db.all(query);
  const stays = householdStays(db, [...new Set(contracts.map((c) => c.household_id))]);
  const entries = contracts.flatMap((contract) =>
    countedDays(contract, today).map(({ on, kind }) => {
      const stay = stayOn(stays.get(contract.household_id), on);
      return {
        contractId: contract.id,
        kind,
        on,
        year: Number(on.slice(0, 4)),
        amountCents: contract.saving_cents,
        householdId: contract.household_id,
        householdName: contract.household_name,
        offerId: contract.offer_id,
        offerTitle: contract.offer_title,
        partnerId: contract.partner_id,
        partnerName: contract.partner_name,
        partnerCategory: contract.partner_category as PartnerCategory,
        residenceId: stay?.residenceId ?? null,
        residenceName: stay?.residenceName ?? null,
      };
    }),
  );
  return entries.sort((a, b) => a.on.localeCompare(b.on) || a.contractId - b.contractId);
}

/** The sum of some entries and the number of distinct households they helped. */
export function totalOf(entries: readonly SavingEntry[]): { cents: number; households: number; entries: number } {
  return {
    cents: entries.reduce((sum, entry) => sum + entry.amountCents, 0),
    households: new Set(entries.map((entry) => entry.householdId)).size,
    entries: entries.length,
  };
}

/** Entries grouped by a key, each group with its total, largest first. */
export function groupBy<K>(entries: readonly SavingEntry[], key: (entry: SavingEntry) => K): { key: K; first: SavingEntry; cents: number; households: number; entries: number }[] {
  const groups = new Map<K, SavingEntry[]>();
  for (const entry of entries) {
    const list = groups.get(key(entry));
    if (list) list.push(entry);
    else groups.set(key(entry), [entry]);
  }
  return [...groups.entries()]
    .map(([groupKey, list]) => ({ key: groupKey, first: list[0]!, ...totalOf(list) }))
    .sort((a, b) => b.cents - a.cents || a.first.on.localeCompare(b.first.on));
}
