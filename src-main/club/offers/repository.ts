import { sql } from 'kysely';
import type { SyncDb } from '../../../db/query.ts';
import { notFound } from '../../core/errors.ts';
import { euros } from '../../shared/money.ts';
import type { PartnerCategory, PartnerStatus } from '../partners/fields.ts';
import type { OfferBenefit, OfferKind, OfferTarget } from './fields.ts';
import type { Offer } from './schemas.ts';

const contractCount = sql<number>`(SELECT COUNT(*) FROM club_contract c WHERE c.offer_id = club_offer.id)`;

function offerQuery(db: SyncDb) {
  return db.q
    .selectFrom('club_offer')
    .innerJoin('club_partner', 'club_partner.id', 'club_offer.partner_id')
    .selectAll('club_offer')
    .select(['club_partner.name as partner_name', 'club_partner.category as partner_category', 'club_partner.status as partner_status', contractCount.as('contract_count')]);
}

type OfferQuery = ReturnType<typeof offerQuery>;

/** Valid on `day` (inclusive bounds). */
export const validOn = (offer: { validFrom: string; validUntil: string | null }, day: string) =>
  offer.validFrom <= day && (offer.validUntil === null || offer.validUntil >= day);

/** Offers narrowed by the caller, with their targeted residences; by partner then title. */
export function selectOffers(db: SyncDb, narrow: (query: OfferQuery) => OfferQuery, today: string): Offer[] {
  const rows = db.all(narrow(offerQuery(db)).orderBy('club_partner.name').orderBy('club_offer.title').orderBy('club_offer.id'));
  const residences = new Map<number, { id: number; name: string }[]>();
  if (rows.length > 0) {
    const targeted = db.all(
      db.q
        .selectFrom('club_offer_residence')
        .innerJoin('residence', 'residence.id', 'club_offer_residence.residence_id')
        .select(['club_offer_residence.offer_id', 'residence.id', 'residence.name'])
        .where('club_offer_residence.offer_id', 'in', rows.map((row) => row.id))
        .orderBy('residence.sort_name'),
    );
    for (const row of targeted) {
      const list = residences.get(row.offer_id);
      if (list) list.push({ id: row.id, name: row.name });
      else residences.set(row.offer_id, [{ id: row.id, name: row.name }]);
    }
  }
  return rows.map((row) => {
    const offer = {
      id: row.id,
      partnerId: row.partner_id,
      partnerName: row.partner_name,
      partnerCategory: row.partner_category as PartnerCategory,
      partnerStatus: row.partner_status as PartnerStatus,
      title: row.title,
      kind: row.kind as OfferKind,
      value: row.value,
      usualPriceCents: row.usual_price_cents,
      benefit: row.benefit as OfferBenefit,
      defaultSavingCents: row.default_saving_cents,
      conditions: row.conditions,
      validFrom: row.valid_from,
      validUntil: row.valid_until,
      target: row.target as OfferTarget,
      residences: residences.get(row.id) ?? [],
      contractCount: row.contract_count,
    };
    return { ...offer, available: row.partner_status === 'active' && validOn(offer, today) };
  });
}

export function getOffer(db: SyncDb, id: number, today: string): Offer {
  const [offer] = selectOffers(db, (query) => query.where('club_offer.id', '=', id), today);
  if (!offer) throw notFound('Offre');
  return offer;
}

/** Whether the offer is open to households of that residence (null: a household outside the stock). */
export function offeredTo(offer: Pick<Offer, 'target' | 'residences'>, residence: { id: number; qpvCode: string | null } | null): boolean {
  if (offer.target === 'all') return true;
  if (!residence) return false;
  return offer.target === 'qpv' ? residence.qpvCode !== null : offer.residences.some((r) => r.id === residence.id);
}

/** The advantage in French: "10 % de remise", "100,00 € de remise", "9,00 € au lieu de 15,00 €". */
export function advantageText(offer: Pick<Offer, 'kind' | 'value' | 'usualPriceCents'>): string {
  if (offer.kind === 'percentage') return `${offer.value} % de remise`;
  if (offer.kind === 'fixed_amount') return `${euros(offer.value)} de remise`;
  return offer.usualPriceCents === null ? `Prix club : ${euros(offer.value)}` : `Prix club : ${euros(offer.value)} au lieu de ${euros(offer.usualPriceCents)}`;
}
