import type { SyncDb } from '../../../db/query.ts';
import { notFound } from '../../core/errors.ts';
import { addDays } from '../../shared/days.ts';
import { currentHomes } from '../../shared/homes.ts';
import { personName } from '../../shared/names.ts';
import type { OfferBenefit } from '../offers/fields.ts';
import type { PartnerCategory } from '../partners/fields.ts';
import { savedToDate } from '../savings/ledger.ts';
import type { ContractRow, ContractState } from './contract.ts';

/** How long before its end a fixed-term contract is flagged for renewal. */
const RENEWAL_NOTICE_DAYS = 30;

function contractQuery(db: SyncDb) {
  return db.q
    .selectFrom('club_contract')
    .innerJoin('club_offer', 'club_offer.id', 'club_contract.offer_id')
    .innerJoin('club_partner', 'club_partner.id', 'club_offer.partner_id')
    .innerJoin('household', 'household.id', 'club_contract.household_id')
    .leftJoin('person', 'person.id', 'club_contract.signed_by_person_id')
    .selectAll('club_contract')
    .select([
      'household.name as household_name',
      'club_offer.title as offer_title',
      'club_partner.id as partner_id',
      'club_partner.name as partner_name',
      'club_partner.category as partner_category',
      'person.civility',
      'person.family_name',
      'person.usage_name',
      'person.first_name',
    ]);
}

type ContractQuery = ReturnType<typeof contractQuery>;

export function contractState(contract: { kind: string; signed_on: string; ends_on: string | null }, today: string): ContractState {
  if (contract.kind === 'use') return 'used';
  if (contract.signed_on > today) return 'upcoming';
  return contract.ends_on !== null && contract.ends_on < today ? 'ended' : 'in_force';
}

/** Contracts narrowed by the caller, the latest signed first, with what each has saved so far (the ledger's rule). */
export function selectContracts(db: SyncDb, narrow: (query: ContractQuery) => ContractQuery, today: string): ContractRow[] {
  const rows = db.all(narrow(contractQuery(db)).orderBy('club_contract.signed_on', 'desc').orderBy('club_contract.id', 'desc'));
  if (rows.length === 0) return [];
  const homes = currentHomes(db, rows.map((row) => row.household_id));
  return rows.map((row) => {
    const state = contractState(row, today);
    return {
      id: row.id,
      kind: row.kind as OfferBenefit,
      householdId: row.household_id,
      householdName: row.household_name,
      residenceName: homes.get(row.household_id)?.residenceName ?? null,
      offerId: row.offer_id,
      offerTitle: row.offer_title,
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      partnerCategory: row.partner_category as PartnerCategory,
      signedByPersonId: row.signed_by_person_id,
      signedByName: row.signed_by_person_id === null || row.family_name === null ? null : personName({ civility: row.civility ?? '', family_name: row.family_name, usage_name: row.usage_name ?? '', first_name: row.first_name ?? '' }),
      signedOn: row.signed_on,
      endsOn: row.ends_on,
      savingCents: row.saving_cents,
      reference: row.reference,
      notes: row.notes,
      state,
      renewalDue: state === 'in_force' && row.ends_on !== null && row.ends_on <= addDays(today, RENEWAL_NOTICE_DAYS),
      savedToDateCents: savedToDate(row, today),
    };
  });
}

export function getContract(db: SyncDb, id: number, today: string): ContractRow {
  const [row] = selectContracts(db, (q) => q.where('club_contract.id', '=', id), today);
  if (!row) throw notFound('Contrat');
  return row;
}
