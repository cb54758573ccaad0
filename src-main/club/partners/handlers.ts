import type { SyncDb } from '../../../db/query.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { AppError, invalidField, notFound } from '../../core/errors.ts';
import { frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { overdueCalls } from '../fees/repository.ts';
import { clubSettings } from '../settings/store.ts';
import type { partnersContract } from './contract.ts';
import { assertTradeFree, assertTradeGiven, type TradePosition } from './exclusivity.ts';
import type { PartnerCategory, PartnerFields, PartnerStatus, Trade } from './fields.ts';
import { applyLapses, pendingLapses } from './lapse.ts';
import { partnerColumns, partnerDetail, partnerSummaries } from './repository.ts';
import { assertTransition, lastStatusChange, recordStatus } from './status.ts';
import { actor, assertNotFuture, today } from '../context.ts';

function currentPartner(db: SyncDb, id: number) {
  const row = db.get(db.q.selectFrom('club_partner').select(['id', 'name', 'category', 'trade', 'status']).where('id', '=', id));
  if (!row) throw notFound('Partenaire');
  return { ...row, category: row.category as PartnerCategory, trade: row.trade as Trade | null, status: row.status as PartnerStatus };
}

function assertSiretFree(db: SyncDb, siret: string, exceptId: number | null): void {
  let query = db.q.selectFrom('club_partner').select('name').where('siret', '=', siret);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  const other = db.get(query);
  if (!other) return;
  const message = `Ce SIRET est déjà celui du partenaire ${other.name}.`;
  throw new AppError('CONFLICT', message, [{ path: 'siret', message }]);
}

/** The rules every partner's fields must keep, whatever the write. */
function assertFieldsAllowed(db: SyncDb, fields: PartnerFields, partnerId: number | null, status: PartnerStatus, previous: TradePosition | null): void {
  const settings = clubSettings(db);
  assertTradeGiven(settings, fields);
  assertTradeFree(db, settings, partnerId, { category: fields.category, trade: fields.trade, status }, previous);
  assertSiretFree(db, fields.siret, partnerId);
}

export const partnersHandlers: Handlers<typeof partnersContract> = {
  'club.partners.list': (filter, ctx) => ({ rows: partnerSummaries(ctx.db, filter, today(ctx)) }),

  'club.partners.get': ({ id }, ctx) => partnerDetail(ctx.db, id, today(ctx)),

  'club.partners.create': ({ status, statusOn, ...fields }, ctx) => {
    const { db } = ctx;
    const day = today(ctx);
    const on = statusOn ?? day;
    assertNotFuture(ctx, 'statusOn', on, 'La date du changement de statut');
    assertFieldsAllowed(db, fields, null, status, null);
    if (status === 'active' && fields.agreementEndOn !== null && fields.agreementEndOn < on) {
      throw invalidField('agreementEndOn', 'La convention est déjà terminée à cette date : un partenaire actif a une convention en cours.');
    }
    const now = ctx.nowIso();
    const columns = partnerColumns(fields);
    const agreementStart = columns.agreement_start_on ?? (status === 'active' ? on : null);
    const { id } = db.get(
      db.q
        .insertInto('club_partner')
        .values({ ...columns, agreement_start_on: agreementStart, status, created_at: now, updated_at: now })
        .returning('id'),
    )!;
    const reason = status === 'active' ? 'Partenaire enregistré comme actif.' : 'Candidature enregistrée.';
    recordStatus(db, { partnerId: id, status, on, reason, automatic: false, feeCallId: null, ...actor(ctx) });
    return partnerDetail(db, id, day);
  },

  'club.partners.update': ({ id, ...fields }, ctx) => {
    const { db } = ctx;
    const current = currentPartner(db, id);
    assertFieldsAllowed(db, fields, id, current.status, current);
    db.run(db.q.updateTable('club_partner').set({ ...partnerColumns(fields), updated_at: ctx.nowIso() }).where('id', '=', id));
    return partnerDetail(db, id, today(ctx));
  },

  'club.partners.setStatus': ({ id, status, on, reason }, ctx) => {
    const { db } = ctx;
    const day = today(ctx);
    const current = currentPartner(db, id);
    const date = on ?? day;
    assertNotFuture(ctx, 'on', date, 'La date du changement de statut');
    const last = lastStatusChange(db, id);
    if (last && date < last.changed_on) {
      throw invalidField('on', `La date précède le dernier changement de statut (${frenchDate(last.changed_on)}).`);
    }
    assertTransition(current.status, status);
    const settings = clubSettings(db);
    if (status !== 'ended') assertTradeGiven(settings, current);
    assertTradeFree(db, settings, id, { ...current, status }, current);
    if (status === 'active') {
      const [unpaid] = overdueCalls(db, id, day, settings.graceDays);
      if (unpaid) {
        throw new AppError(
          'CONFLICT',
          `La cotisation ${unpaid.year} de ${current.name} n’est pas réglée (reste ${euros(unpaid.balanceCents)}, délai de grâce dépassé) : ` +
            'enregistrez son paiement (le partenaire redevient actif de lui-même) ou annulez l’appel de cotisation.',
        );
      }
    }
    recordStatus(db, { partnerId: id, status, on: date, reason, automatic: false, feeCallId: null, ...actor(ctx) });
    return partnerDetail(db, id, day);
  },

  'club.partners.pendingLapses': (_input, ctx) => pendingLapses(ctx.db, today(ctx)),

  'club.partners.applyLapses': (_input, ctx) => applyLapses(ctx.db, today(ctx), actor(ctx)),
};
