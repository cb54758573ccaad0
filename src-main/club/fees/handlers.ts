import type { HandlerContext } from '../../core/context.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { AppError, invalidField, notFound } from '../../core/errors.ts';
import { officeSettings } from '../../settings/store.ts';
import { frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { PARTNER_CATEGORY_LABELS, type PartnerCategory } from '../partners/fields.ts';
import { restoreIfSettled } from '../partners/lapse.ts';
import { clubSettings } from '../settings/store.ts';
import type { feesContract } from './contract.ts';
import { reminderLettersPdf } from './reminder-letters.ts';
import { feeCall, type FeeCallView, feeCalls, feeTotals } from './repository.ts';
import { actor, assertNotFuture, today } from '../context.ts';

function callOf(ctx: HandlerContext, id: number): FeeCallView {
  const call = feeCall(ctx.db, id, today(ctx), clubSettings(ctx.db).graceDays);
  if (!call) throw notFound('Appel de cotisation');
  return call;
}

/** The calls given, read at once, in the order given. */
function callsOf(ctx: HandlerContext, ids: number[]): FeeCallView[] {
  const found = new Map(feeCalls(ctx.db, (q) => q.where('club_fee_call.id', 'in', ids), today(ctx), clubSettings(ctx.db).graceDays).map((call) => [call.id, call]));
  return ids.map((id) => {
    const call = found.get(id);
    if (!call) throw notFound('Appel de cotisation');
    return call;
  });
}

/** Calls that can be reminded: not cancelled, not fully paid. */
function unpaidCalls(ctx: HandlerContext, ids: number[]): FeeCallView[] {
  const calls = callsOf(ctx, ids);
  const settled = calls.find((call) => call.state === 'paid' || call.state === 'cancelled');
  if (settled) {
    throw new AppError('CONFLICT', `La cotisation ${settled.year} de ${settled.partnerName} est ${settled.state === 'paid' ? 'réglée' : 'annulée'} : pas de relance.`);
  }
  return calls;
}

export const feesHandlers: Handlers<typeof feesContract> = {
  'club.fees.list': ({ year }, ctx) => {
    const { db } = ctx;
    const settings = clubSettings(db);
    const calls = feeCalls(db, (q) => q.where('club_fee_call.year', '=', year), today(ctx), settings.graceDays);
    const called = new Set(calls.map((call) => call.partnerId));
    const uncalled = db
      .all(db.q.selectFrom('club_partner').select(['id', 'name', 'category']).where('status', '=', 'active').orderBy('name'))
      .filter((partner) => !called.has(partner.id) && settings.feeTiers[partner.category as PartnerCategory] > 0)
      .map((partner) => ({
        partnerId: partner.id,
        name: partner.name,
        category: partner.category as PartnerCategory,
        amountCents: settings.feeTiers[partner.category as PartnerCategory],
      }));
    return { year, graceDays: settings.graceDays, calls, uncalled, totals: feeTotals(calls) };
  },

  'club.fees.issueCalls': ({ year, calledOn, partnerIds }, ctx) => {
    const { db } = ctx;
    assertNotFuture(ctx, 'calledOn', calledOn, 'La date de l’appel');
    if (Number(calledOn.slice(0, 4)) < year - 1 || Number(calledOn.slice(0, 4)) > year) {
      throw invalidField('calledOn', `L’appel de la cotisation ${year} se fait en ${year - 1} ou en ${year}.`);
    }
    const settings = clubSettings(db);
    const explicit = partnerIds !== null;
    let query = db.q.selectFrom('club_partner').select(['id', 'name', 'category', 'status']).orderBy('name');
    query = explicit ? query.where('id', 'in', partnerIds.length > 0 ? partnerIds : [0]) : query.where('status', '=', 'active');
    const partners = db.all(query);
    if (explicit && partners.length !== new Set(partnerIds).size) throw notFound('Partenaire');
    const existing = new Set(
      db.all(db.q.selectFrom('club_fee_call').select('partner_id').where('year', '=', year)).map((row) => row.partner_id),
    );
    const { userId, now } = actor(ctx);
    const ids: number[] = [];
    for (const partner of partners) {
      const amount = settings.feeTiers[partner.category as PartnerCategory];
      if (explicit) {
        if (partner.status !== 'active') throw new AppError('CONFLICT', `${partner.name} n’est pas un partenaire actif : pas d’appel de cotisation.`);
        if (existing.has(partner.id)) throw new AppError('CONFLICT', `La cotisation ${year} de ${partner.name} est déjà appelée.`);
        if (amount === 0) {
          throw new AppError('CONFLICT', `La cotisation de la catégorie « ${PARTNER_CATEGORY_LABELS[partner.category as PartnerCategory]} » est de 0 € : pas d’appel pour ${partner.name}.`);
        }
      } else if (existing.has(partner.id) || amount === 0) continue;
      const { id } = db.get(
        db.q
          .insertInto('club_fee_call')
          .values({ partner_id: partner.id, year, amount_cents: amount, called_on: calledOn, cancelled_on: null, cancel_reason: '', created_by: userId, created_at: now })
          .returning('id'),
      )!;
      ids.push(id);
    }
    const calls = ids.length === 0 ? [] : feeCalls(db, (q) => q.where('club_fee_call.id', 'in', ids), today(ctx), settings.graceDays);
    return { created: ids.length, calls };
  },

  'club.fees.recordPayment': ({ feeCallId, paidOn, amountCents, method, reference }, ctx) => {
    const { db } = ctx;
    const call = callOf(ctx, feeCallId);
    assertNotFuture(ctx, 'paidOn', paidOn, 'La date du paiement');
    if (call.state === 'cancelled') throw new AppError('CONFLICT', `La cotisation ${call.year} de ${call.partnerName} est annulée : aucun paiement ne s’y enregistre.`);
    if (amountCents > call.balanceCents) {
      const message =
        call.balanceCents === 0
          ? `La cotisation ${call.year} de ${call.partnerName} est déjà entièrement réglée.`
          : `Le paiement dépasse le reste à payer (${euros(call.balanceCents)}) : corrigez le montant.`;
      throw new AppError('CONFLICT', message, [{ path: 'amountCents', message }]);
    }
    db.run(
      db.q.insertInto('club_fee_payment').values({
        fee_call_id: feeCallId,
        paid_on: paidOn,
        amount_cents: amountCents,
        method,
        reference,
        created_by: actor(ctx).userId,
        created_at: ctx.nowIso(),
      }),
    );
    restoreIfSettled(db, call.partnerId, today(ctx), `Cotisation ${call.year} réglée le ${frenchDate(paidOn)} : partenariat rétabli.`, actor(ctx));
    return callOf(ctx, feeCallId);
  },

  'club.fees.removePayment': ({ id }, ctx) => {
    const { db } = ctx;
    const payment = db.get(db.q.selectFrom('club_fee_payment').select('fee_call_id').where('id', '=', id));
    if (!payment) throw notFound('Paiement');
    db.run(db.q.deleteFrom('club_fee_payment').where('id', '=', id));
    return callOf(ctx, payment.fee_call_id);
  },

  'club.fees.cancelCall': ({ id, reason }, ctx) => {
    const { db } = ctx;
    const call = callOf(ctx, id);
    if (call.state === 'cancelled') throw new AppError('CONFLICT', `La cotisation ${call.year} de ${call.partnerName} est déjà annulée.`);
    if (call.payments.length > 0) {
      throw new AppError('CONFLICT', `Des paiements sont enregistrés sur la cotisation ${call.year} de ${call.partnerName} : supprimez-les avant d’annuler l’appel.`);
    }
    db.run(db.q.updateTable('club_fee_call').set({ cancelled_on: today(ctx), cancel_reason: reason }).where('id', '=', id));
    restoreIfSettled(db, call.partnerId, today(ctx), `Appel de cotisation ${call.year} annulé : partenariat rétabli.`, actor(ctx));
    return callOf(ctx, id);
  },

  'club.fees.recordReminders': ({ feeCallIds, sentOn }, ctx) => {
    const { db } = ctx;
    assertNotFuture(ctx, 'sentOn', sentOn, 'La date de la relance');
    const calls = unpaidCalls(ctx, feeCallIds);
    const { userId, now } = actor(ctx);
    for (const call of calls) {
      db.run(db.q.insertInto('club_fee_reminder').values({ fee_call_id: call.id, level: call.reminderCount + 1, sent_on: sentOn, created_by: userId, created_at: now }));
    }
    return { calls: callsOf(ctx, feeCallIds) };
  },

  'club.fees.reminderLetters': async ({ feeCallIds }, ctx) => {
    const { db } = ctx;
    const calls = unpaidCalls(ctx, feeCallIds);
    const partners = new Map(
      db
        .all(db.q.selectFrom('club_partner').select(['id', 'name', 'contact_name', 'address_line', 'postcode', 'city']).where('id', 'in', calls.map((call) => call.partnerId)))
        .map((p) => [p.id, { name: p.name, contactName: p.contact_name, addressLine: p.address_line, postcode: p.postcode, city: p.city }]),
    );
    const day = today(ctx);
    const pdf = await reminderLettersPdf(officeSettings(db), calls.map((call) => ({ call, partner: partners.get(call.partnerId)! })), day);
    return { fileName: `relances-cotisations-${day}.pdf`, base64: pdf.toString('base64'), count: calls.length };
  },
};
