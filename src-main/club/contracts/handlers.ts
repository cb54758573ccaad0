import type { SyncDb } from '../../../db/query.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { AppError, invalidField, notFound } from '../../core/errors.ts';
import { addMonths, frenchDate } from '../../shared/days.ts';
import { foldText, searchWords } from '../../shared/text.ts';
import { offeredTo, selectOffers, validOn } from '../offers/repository.ts';
import type { Offer } from '../offers/schemas.ts';
import { householdStays, savingEntries, stayOn } from '../savings/ledger.ts';
import type { contractsContract } from './contract.ts';
import { contractState, getContract, selectContracts } from './repository.ts';
import { actor, today } from '../context.ts';

function householdOf(db: SyncDb, id: number) {
  const household = db.get(db.q.selectFrom('household').select(['id', 'name', 'erased_at']).where('id', '=', id));
  if (!household || household.erased_at) throw invalidField('householdId', 'Foyer introuvable (ou dont les données ont été effacées).');
  return household;
}

function assertSigner(db: SyncDb, householdId: number, personId: number | null): void {
  if (personId === null) return;
  const person = db.get(db.q.selectFrom('person').select(['household_id', 'erased_at']).where('id', '=', personId));
  if (!person || person.erased_at || person.household_id !== householdId) {
    throw invalidField('signedByPersonId', 'Choisissez le signataire parmi les personnes du foyer.');
  }
}

interface Dates {
  signedOn: string;
  endsOn: string | null;
}

function assertDates(kind: Offer['benefit'], { signedOn, endsOn }: Dates, day: string): void {
  if (signedOn > day) throw invalidField('signedOn', 'La date de signature ou d’utilisation ne peut pas être dans le futur.');
  if (kind === 'use' && endsOn !== null) throw invalidField('endsOn', 'Une offre utilisée une fois n’a pas de date de fin.');
  if (endsOn !== null && endsOn < signedOn) throw invalidField('endsOn', 'La fin du contrat précède sa signature.');
}

/** The offer must be open to the household: partner active, valid that day, aimed at its residence then. */
function assertOfferOpen(db: SyncDb, offer: Offer, household: { id: number; name: string }, signedOn: string): void {
  if (offer.partnerStatus !== 'active') {
    throw invalidField('offerId', `${offer.partnerName} n’est pas un partenaire actif : aucun nouveau contrat tant que le partenariat n’est pas rétabli.`);
  }
  if (!validOn(offer, signedOn)) {
    const period = offer.validUntil ? `du ${frenchDate(offer.validFrom)} au ${frenchDate(offer.validUntil)}` : `à partir du ${frenchDate(offer.validFrom)}`;
    throw invalidField('signedOn', `L’offre « ${offer.title} » n’était pas valable le ${frenchDate(signedOn)} : elle l’est ${period}.`);
  }
  const stay = stayOn(householdStays(db, [household.id]).get(household.id), signedOn);
  const residence = stay ? { id: stay.residenceId, qpvCode: stay.qpvCode } : null;
  if (!offeredTo(offer, residence)) {
    const where = stay ? `le foyer ${household.name} habitait ${stay.residenceName} à cette date` : `le foyer ${household.name} n’habitait pas le parc à cette date`;
    const audience = offer.target === 'qpv' ? 'aux résidences en quartier prioritaire (QPV)' : `à certaines résidences (${offer.residences.map((r) => r.name).join(', ')})`;
    throw invalidField('offerId', `Cette offre est réservée ${audience} : ${where}.`);
  }
}

export const contractsHandlers: Handlers<typeof contractsContract> = {
  'club.contracts.list': ({ offerId, partnerId, state, search, limit }, ctx) => {
    const words = searchWords(search);
    const rows = selectContracts(
      ctx.db,
      (q) => {
        let query = q;
        if (offerId !== null) query = query.where('club_contract.offer_id', '=', offerId);
        if (partnerId !== null) query = query.where('club_partner.id', '=', partnerId);
        return query;
      },
      today(ctx),
    ).filter(
      (row) =>
        (state === null || row.state === state) &&
        words.every((word) => foldText(`${row.householdName} ${row.offerTitle} ${row.partnerName} ${row.residenceName ?? ''} ${row.reference}`).includes(word)),
    );
    return { rows: rows.slice(0, limit), total: rows.length };
  },

  'club.contracts.ofHousehold': ({ householdId }, ctx) => {
    const { db } = ctx;
    const day = today(ctx);
    const rows = selectContracts(db, (q) => q.where('club_contract.household_id', '=', householdId), day);
    const byYear = new Map<number, number>();
    for (const entry of savingEntries(db, day, { householdId })) byYear.set(entry.year, (byYear.get(entry.year) ?? 0) + entry.amountCents);
    const years = [...byYear.entries()].map(([year, cents]) => ({ year, cents })).sort((a, b) => b.year - a.year);
    return {
      rows,
      savings: {
        thisYearCents: byYear.get(Number(day.slice(0, 4))) ?? 0,
        totalCents: years.reduce((sum, year) => sum + year.cents, 0),
        byYear: years,
      },
    };
  },

  'club.contracts.record': ({ householdId, offerId, savingCents, ...fields }, ctx) => {
    const { db } = ctx;
    const day = today(ctx);
    const household = householdOf(db, householdId);
    const [offer] = selectOffers(db, (q) => q.where('club_offer.id', '=', offerId), day);
    if (!offer) throw invalidField('offerId', 'Offre introuvable : choisissez-la dans la liste.');
    assertDates(offer.benefit, fields, day);
    assertSigner(db, householdId, fields.signedByPersonId);
    assertOfferOpen(db, offer, household, fields.signedOn);
    if (offer.benefit === 'contract') {
      const running = db
        .all(db.q.selectFrom('club_contract').select(['kind', 'signed_on', 'ends_on']).where('household_id', '=', householdId).where('offer_id', '=', offerId))
        .find((row) => ['in_force', 'upcoming'].includes(contractState(row, day)));
      if (running) {
        throw new AppError('CONFLICT', `Le foyer ${household.name} a déjà un contrat en cours pour cette offre (signé le ${frenchDate(running.signed_on)}).`);
      }
    }
    const now = ctx.nowIso();
    const { id } = db.get(
      db.q
        .insertInto('club_contract')
        .values({
          household_id: householdId,
          offer_id: offerId,
          kind: offer.benefit,
          signed_by_person_id: fields.signedByPersonId,
          signed_on: fields.signedOn,
          ends_on: fields.endsOn,
          saving_cents: savingCents ?? offer.defaultSavingCents,
          reference: fields.reference,
          notes: fields.notes,
          created_by: actor(ctx).userId,
          created_at: now,
          updated_at: now,
        })
        .returning('id'),
    )!;
    return getContract(db, id, day);
  },

  'club.contracts.update': ({ id, savingCents, ...fields }, ctx) => {
    const { db } = ctx;
    const day = today(ctx);
    const current = getContract(db, id, day);
    assertDates(current.kind, fields, day);
    assertSigner(db, current.householdId, fields.signedByPersonId);
    db.run(
      db.q
        .updateTable('club_contract')
        .set({
          signed_on: fields.signedOn,
          ends_on: fields.endsOn,
          signed_by_person_id: fields.signedByPersonId,
          saving_cents: savingCents,
          reference: fields.reference,
          notes: fields.notes,
          updated_at: ctx.nowIso(),
        })
        .where('id', '=', id),
    );
    return getContract(db, id, day);
  },

  'club.contracts.end': ({ id, endedOn }, ctx) => {
    const { db } = ctx;
    const day = today(ctx);
    const current = getContract(db, id, day);
    if (current.kind === 'use') throw new AppError('CONFLICT', 'Une offre utilisée une fois n’a pas de fin : rien à résilier.');
    if (current.state === 'ended') throw new AppError('CONFLICT', `Ce contrat a déjà pris fin le ${frenchDate(current.endsOn)}.`);
    if (endedOn < current.signedOn) throw invalidField('endedOn', 'La fin du contrat précède sa signature.');
    db.run(db.q.updateTable('club_contract').set({ ends_on: endedOn, updated_at: ctx.nowIso() }).where('id', '=', id));
    return getContract(db, id, day);
  },

  'club.contracts.renew': ({ id }, ctx) => {
    const { db } = ctx;
    const day = today(ctx);
    const current = getContract(db, id, day);
    if (current.kind === 'use') throw new AppError('CONFLICT', 'Une offre utilisée une fois ne se renouvelle pas : enregistrez une nouvelle utilisation.');
    if (current.endsOn === null) throw new AppError('CONFLICT', 'Ce contrat est reconduit chaque année jusqu’à sa résiliation : rien à renouveler.');
    db.run(db.q.updateTable('club_contract').set({ ends_on: addMonths(current.endsOn, 12), updated_at: ctx.nowIso() }).where('id', '=', id));
    return getContract(db, id, day);
  },

  'club.contracts.remove': ({ id }, ctx) => {
    if (ctx.db.run(ctx.db.q.deleteFrom('club_contract').where('id', '=', id)).changes === 0) throw notFound('Contrat');
    return { id };
  },
};
