import type { Selectable } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import type { ClubPartnerTable } from '../../../db/schema.ts';
import { notFound } from '../../core/errors.ts';
import { foldText, searchWords } from '../../shared/text.ts';
import { feeCalls } from '../fees/repository.ts';
import { selectOffers } from '../offers/repository.ts';
import { clubSettings } from '../settings/store.ts';
import type { PartnerDetail, PartnerSummary } from './contract.ts';
import { PARTNER_CATEGORY_LABELS, type PartnerCategory, type PartnerFields, type PartnerStatus, type Trade, TRADES } from './fields.ts';

/** The columns of a partner's typed fields, with its folded search text. */
export function partnerColumns(fields: PartnerFields) {
  const searchable = [
    fields.name,
    fields.siret,
    fields.nafCode ?? '',
    fields.contactName,
    fields.address.city,
    PARTNER_CATEGORY_LABELS[fields.category],
    fields.trade ? TRADES[fields.trade].label : '',
  ];
  return {
    name: fields.name,
    siret: fields.siret,
    naf_code: fields.nafCode,
    category: fields.category,
    trade: fields.trade,
    contact_name: fields.contactName,
    phone: fields.phone,
    email: fields.email,
    address_line: fields.address.line,
    postcode: fields.address.postcode,
    city: fields.address.city,
    agreement_start_on: fields.agreementStartOn,
    agreement_end_on: fields.agreementEndOn,
    notes: fields.notes,
    search_text: foldText(searchable.join(' ')),
  };
}

interface PartnerFilter {
  search?: string;
  status?: PartnerStatus | null;
  category?: PartnerCategory | null;
  trade?: Trade | null;
}

type PartnerRow = Selectable<ClubPartnerTable>;

/** Partners matching the filter, by name, with their latest status change, offers and this year's fee call. */
export function partnerSummaries(db: SyncDb, filter: PartnerFilter, today: string): PartnerSummary[] {
  let query = db.q.selectFrom('club_partner').selectAll().orderBy('name').orderBy('id');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.category) query = query.where('category', '=', filter.category);
  if (filter.trade) query = query.where('trade', '=', filter.trade);
  // A club has tens of partners, a few hundred at most: the folded words are matched here.
  const words = searchWords(filter.search);
  const rows = db.all(query).filter((row) => words.every((word) => row.search_text.includes(word)));
  return summarize(db, rows, today, clubSettings(db).graceDays);
}

function summarize(db: SyncDb, rows: PartnerRow[], today: string, graceDays: number): PartnerSummary[] {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);

  const latest = new Map<number, { changed_on: string; reason: string; automatic: number }>();
  const history = db.all(db.q.selectFrom('club_partner_status').select(['partner_id', 'changed_on', 'reason', 'automatic']).where('partner_id', 'in', ids).orderBy('id'));
  for (const change of history) latest.set(change.partner_id, change);

  const offerCounts = new Map(
    db
      .all(db.q.selectFrom('club_offer').select((eb) => ['partner_id', eb.fn.countAll<number>().as('n')]).where('partner_id', 'in', ids).groupBy('partner_id'))
      .map((row) => [row.partner_id, row.n]),
  );
  const year = Number(today.slice(0, 4));
  const fees = new Map(
    feeCalls(db, (q) => q.where('club_fee_call.year', '=', year).where('club_fee_call.partner_id', 'in', ids), today, graceDays).map((call) => [call.partnerId, call]),
  );

  return rows.map((row) => {
    const status = latest.get(row.id);
    return {
      id: row.id,
      name: row.name,
      siret: row.siret,
      nafCode: row.naf_code,
      category: row.category as PartnerCategory,
      trade: row.trade as Trade | null,
      contactName: row.contact_name,
      phone: row.phone,
      email: row.email,
      address: { line: row.address_line, postcode: row.postcode, city: row.city },
      agreementStartOn: row.agreement_start_on,
      agreementEndOn: row.agreement_end_on,
      status: row.status as PartnerStatus,
      statusSince: status?.changed_on ?? row.created_at.slice(0, 10),
      statusReason: status?.reason ?? '',
      statusAutomatic: status?.automatic === 1,
      notes: row.notes,
      offerCount: offerCounts.get(row.id) ?? 0,
      currentFee: fees.get(row.id) ?? null,
    };
  });
}

export function partnerDetail(db: SyncDb, id: number, today: string): PartnerDetail {
  const row = db.get(db.q.selectFrom('club_partner').selectAll().where('id', '=', id));
  if (!row) throw notFound('Partenaire');
  const { graceDays } = clubSettings(db);
  const [summary] = summarize(db, [row], today, graceDays);
  const history = db.all(
    db.q
      .selectFrom('club_partner_status')
      .leftJoin('staff_user', 'staff_user.id', 'club_partner_status.created_by')
      .select([
        'club_partner_status.status',
        'club_partner_status.changed_on',
        'club_partner_status.reason',
        'club_partner_status.automatic',
        'staff_user.display_name',
      ])
      .where('club_partner_status.partner_id', '=', id)
      .orderBy('club_partner_status.id', 'desc'),
  );
  return {
    ...summary!,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    history: history.map((change) => ({
      status: change.status as PartnerStatus,
      changedOn: change.changed_on,
      reason: change.reason,
      automatic: change.automatic === 1,
      byUser: change.automatic === 1 ? null : change.display_name,
    })),
    feeCalls: feeCalls(db, (q) => q.where('club_fee_call.partner_id', '=', id), today, graceDays),
    offers: selectOffers(db, (q) => q.where('club_offer.partner_id', '=', id), today),
  };
}
