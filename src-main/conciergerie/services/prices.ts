import type { SyncDb } from '../../../db/query.ts';
import type { Handlers } from '../../core/dispatch.ts';
import { notFound } from '../../core/errors.ts';
import type { ServicePrice, servicesContract } from './contract.ts';

/* The price list of paid services: pressing per garment, veg baskets, other services sold at the till. */

type Row = { id: number; kind: string; label: string; unit: string; price_cents: number; tfpb_axis: number | null; archived_at: string | null };

const toPrice = (row: Row): ServicePrice => ({
  id: row.id,
  kind: row.kind as ServicePrice['kind'],
  label: row.label,
  unit: row.unit,
  priceCents: row.price_cents,
  tfpbAxis: row.tfpb_axis,
  archived: row.archived_at !== null,
});

function getPrice(db: SyncDb, id: number): ServicePrice {
  const row = db.get(db.q.selectFrom('service').selectAll().where('id', '=', id));
  if (!row) throw notFound('Service');
  return toPrice(row);
}

type PriceMethods = Pick<typeof servicesContract, 'services.prices' | 'services.createPrice' | 'services.updatePrice' | 'services.archivePrice'>;

export const priceHandlers: Handlers<PriceMethods> = {
  'services.prices': ({ includeArchived }, { db }) => {
    let query = db.q.selectFrom('service').selectAll().orderBy('kind').orderBy('label');
    if (!includeArchived) query = query.where('archived_at', 'is', null);
    return db.all(query).map(toPrice);
  },

  'services.createPrice': ({ kind, label, unit, priceCents, tfpbAxis }, { db, nowIso }) => {
    const now = nowIso();
    const { id } = db.get(
      db.q.insertInto('service').values({ kind, label, unit, price_cents: priceCents, tfpb_axis: tfpbAxis, created_at: now, updated_at: now }).returning('id'),
    )!;
    return getPrice(db, id);
  },

  'services.updatePrice': ({ id, label, unit, priceCents, tfpbAxis }, { db, nowIso }) => {
    getPrice(db, id);
    db.run(db.q.updateTable('service').set({ label, unit, price_cents: priceCents, tfpb_axis: tfpbAxis, updated_at: nowIso() }).where('id', '=', id));
    return getPrice(db, id);
  },

  'services.archivePrice': ({ id, archived }, { db, nowIso }) => {
    const current = db.get(db.q.selectFrom('service').select('archived_at').where('id', '=', id));
    if (!current) throw notFound('Service');
    const now = nowIso();
    db.run(db.q.updateTable('service').set({ archived_at: archived ? (current.archived_at ?? now) : null, updated_at: now }).where('id', '=', id));
    return getPrice(db, id);
  },
};
