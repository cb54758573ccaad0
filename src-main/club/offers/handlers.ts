import type { SyncDb } from '../../../db/query.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { AppError, invalidField, notFound } from '../../core/errors.ts';
import { officeSettings } from '../../settings/store.ts';
import { bookletPdf } from './booklet.ts';
import type { offersContract } from './contract.ts';
import type { OfferFields } from './fields.ts';
import { getOffer, offeredTo, selectOffers } from './repository.ts';
import { slug } from '../../shared/text.ts';
import { today } from '../context.ts';

function residenceOf(db: SyncDb, id: number) {
  const residence = db.get(db.q.selectFrom('residence').select(['id', 'name', 'address', 'postcode', 'city', 'qpv_code']).where('id', '=', id));
  if (!residence) throw notFound('Résidence');
  return { ...residence, qpvCode: residence.qpv_code };
}

function assertOfferAllowed(db: SyncDb, fields: OfferFields): void {
  const partner = db.get(db.q.selectFrom('club_partner').select(['name', 'status']).where('id', '=', fields.partnerId));
  if (!partner) throw invalidField('partnerId', 'Partenaire introuvable : choisissez-le dans la liste.');
  if (partner.status === 'ended') throw invalidField('partnerId', `${partner.name} n’est plus partenaire du club : réactivez-le avant de lui ajouter une offre.`);
  if (fields.residenceIds.length > 0) {
    const found = db.all(db.q.selectFrom('residence').select('id').where('id', 'in', fields.residenceIds));
    if (found.length !== fields.residenceIds.length) throw invalidField('residenceIds', 'Une des résidences choisies est introuvable.');
  }
}

function offerColumns(fields: OfferFields) {
  return {
    partner_id: fields.partnerId,
    title: fields.title,
    kind: fields.kind,
    value: fields.value,
    usual_price_cents: fields.usualPriceCents,
    benefit: fields.benefit,
    default_saving_cents: fields.defaultSavingCents,
    conditions: fields.conditions,
    valid_from: fields.validFrom,
    valid_until: fields.validUntil,
    target: fields.target,
  };
}

function writeTargets(db: SyncDb, offerId: number, residenceIds: number[]): void {
  db.run(db.q.deleteFrom('club_offer_residence').where('offer_id', '=', offerId));
  for (const residenceId of residenceIds) db.run(db.q.insertInto('club_offer_residence').values({ offer_id: offerId, residence_id: residenceId }));
}

export const offersHandlers: Handlers<typeof offersContract> = {
  'club.offers.list': ({ partnerId, residenceId, includeUnavailable }, ctx) => {
    const { db } = ctx;
    const residence = residenceId === null ? null : residenceOf(db, residenceId);
    const rows = selectOffers(db, (q) => (partnerId === null ? q : q.where('club_offer.partner_id', '=', partnerId)), today(ctx)).filter(
      (offer) => (includeUnavailable || offer.available) && (residence === null || offeredTo(offer, residence)),
    );
    return { rows };
  },

  'club.offers.create': (fields, ctx) => {
    const { db } = ctx;
    assertOfferAllowed(db, fields);
    const now = ctx.nowIso();
    const { id } = db.get(db.q.insertInto('club_offer').values({ ...offerColumns(fields), created_at: now, updated_at: now }).returning('id'))!;
    writeTargets(db, id, fields.residenceIds);
    return getOffer(db, id, today(ctx));
  },

  'club.offers.update': ({ id, ...fields }, ctx) => {
    const { db } = ctx;
    const current = getOffer(db, id, today(ctx));
    assertOfferAllowed(db, fields);
    if (current.contractCount > 0 && (current.partnerId !== fields.partnerId || current.benefit !== fields.benefit)) {
      throw new AppError(
        'CONFLICT',
        'Des foyers ont déjà souscrit cette offre : son partenaire et sa nature (contrat ou achat ponctuel) ne changent plus. Créez une nouvelle offre.',
      );
    }
    db.run(db.q.updateTable('club_offer').set({ ...offerColumns(fields), updated_at: ctx.nowIso() }).where('id', '=', id));
    writeTargets(db, id, fields.residenceIds);
    return getOffer(db, id, today(ctx));
  },

  'club.offers.remove': ({ id }, ctx) => {
    const { db } = ctx;
    const offer = getOffer(db, id, today(ctx));
    if (offer.contractCount > 0) {
      throw new AppError('CONFLICT', `Des foyers ont souscrit ou utilisé cette offre (${offer.contractCount}) : elle reste, pour leurs économies. Fixez plutôt une fin de validité.`);
    }
    db.run(db.q.deleteFrom('club_offer_residence').where('offer_id', '=', id));
    db.run(db.q.deleteFrom('club_offer').where('id', '=', id));
    return { id };
  },

  'club.offers.booklet': async ({ residenceId }, ctx) => {
    const { db } = ctx;
    const day = today(ctx);
    const residence = residenceOf(db, residenceId);
    const offers = selectOffers(db, (q) => q.where('club_partner.status', '=', 'active'), day).filter((offer) => offer.available && offeredTo(offer, residence));
    const partners = new Map(
      db
        .all(db.q.selectFrom('club_partner').select(['id', 'name', 'phone', 'address_line', 'postcode', 'city']).where('id', 'in', [0, ...offers.map((o) => o.partnerId)]))
        .map((p) => [p.id, { name: p.name, phone: p.phone, address: [p.address_line, `${p.postcode} ${p.city}`.trim()].filter(Boolean).join(', ') }]),
    );
    const pdf = await bookletPdf({ officeName: officeSettings(db).name, residence, offers, partners, today: day });
    return { fileName: `offres-club-${slug(residence.name)}-${day}.pdf`, base64: pdf.toString('base64'), count: offers.length };
  },
};
