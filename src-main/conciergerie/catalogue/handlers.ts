import type { Handlers } from '../../core/dispatch.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { todayIso } from '../../shared/days.ts';
import { counterSettings, officeSettings } from '../../settings/store.ts';
import { createCategory, listCategories, renameCategory, setCategoryArchived } from './categories.ts';
import type { catalogueContract } from './contract.ts';
import { addCopies, assertRetirable, copyOrFail, markRetired } from './copies.ts';
import { createItem, getCopy, getItem, updateItem } from './items.ts';
import { addKitPart, removeKitPart } from './kits.ts';
import { labelsFor, labelsPdf } from './labels.ts';
import { decodePhoto } from './photos.ts';
import { searchCatalogue } from './search.ts';

export const catalogueHandlers: Handlers<typeof catalogueContract> = {
  'catalogue.categories': ({ kind, includeArchived }, { db }) => ({ rows: listCategories(db, kind, includeArchived) }),
  'catalogue.createCategory': ({ kind, name }, ctx) => createCategory(ctx.db, kind, name, ctx.nowIso()),
  'catalogue.renameCategory': ({ id, name }, { db }) => renameCategory(db, id, name),
  'catalogue.setCategoryArchived': ({ id, archived }, ctx) => setCategoryArchived(ctx.db, id, archived, ctx.nowIso()),

  'catalogue.formDefaults': (_input, { db }) => {
    const counter = counterSettings(db);
    return { depositCents: counter.defaultDepositCents, loanDays: counter.defaultLoanDays };
  },
  'catalogue.search': (input, { db }) => searchCatalogue(db, input),
  'catalogue.get': ({ id }, { db }) => getItem(db, id),

  'catalogue.create': ({ copies, condition, ...fields }, ctx) => {
    const { db } = ctx;
    const now = ctx.nowIso();
    const id = createItem(db, fields, { depositCents: counterSettings(db).defaultDepositCents }, now);
    if (copies > 0) addCopies(db, id, { barcode: null, count: copies, condition, notes: '', acquiredOn: todayIso(ctx.clock) }, now);
    return getItem(db, id);
  },
  'catalogue.update': ({ id, ...fields }, ctx) => {
    updateItem(ctx.db, id, fields, { depositCents: counterSettings(ctx.db).defaultDepositCents }, ctx.nowIso());
    return getItem(ctx.db, id);
  },

  'catalogue.addCopies': ({ itemId, ...copies }, ctx) => {
    const { db } = ctx;
    if (!db.get(db.q.selectFrom('item').select('id').where('id', '=', itemId))) throw notFound('Fiche du catalogue');
    if (copies.barcode !== null && copies.count !== 1) {
      throw invalidField('count', 'Un code-barres saisi vaut pour un seul exemplaire : laissez-le vide pour en générer plusieurs.');
    }
    const ids = addCopies(db, itemId, { ...copies, acquiredOn: copies.acquiredOn ?? todayIso(ctx.clock) }, ctx.nowIso());
    const added = db.all(db.q.selectFrom('copy').select(['id', 'barcode']).where('id', 'in', ids).orderBy('barcode'));
    return { id: itemId, added };
  },
  'catalogue.updateCopy': ({ id, condition, notes }, ctx) => {
    copyOrFail(ctx.db, id);
    ctx.db.run(ctx.db.q.updateTable('copy').set({ condition, notes, updated_at: ctx.nowIso() }).where('id', '=', id));
    return getCopy(ctx.db, id);
  },
  'catalogue.retireCopy': ({ id, reason }, ctx) => {
    const copy = copyOrFail(ctx.db, id);
    assertRetirable(ctx.db, copy);
    markRetired(ctx.db, copy, reason, todayIso(ctx.clock), ctx.nowIso());
    return getCopy(ctx.db, id);
  },

  'catalogue.addKitPart': ({ kitCopyId, barcode }, { db }) => ({ id: kitCopyId, parts: addKitPart(db, kitCopyId, barcode) }),
  'catalogue.removeKitPart': ({ kitCopyId, partCopyId }, { db }) => ({ id: kitCopyId, parts: removeKitPart(db, kitCopyId, partCopyId) }),

  'catalogue.photo': ({ itemId }, { db }) => {
    const row = db.get(db.q.selectFrom('item_photo').select(['mime', 'bytes', 'updated_at']).where('item_id', '=', itemId));
    return { photo: row ? { mime: row.mime, base64: Buffer.from(row.bytes).toString('base64'), updatedAt: row.updated_at } : null };
  },
  'catalogue.setPhoto': ({ itemId, base64 }, ctx) => {
    const { db } = ctx;
    if (!db.get(db.q.selectFrom('item').select('id').where('id', '=', itemId))) throw notFound('Fiche du catalogue');
    const { mime, bytes } = decodePhoto(base64);
    const now = ctx.nowIso();
    db.run(
      db.q
        .insertInto('item_photo')
        .values({ item_id: itemId, mime, bytes, updated_at: now })
        .onConflict((oc) => oc.column('item_id').doUpdateSet({ mime, bytes, updated_at: now })),
    );
    return { id: itemId };
  },
  'catalogue.removePhoto': ({ itemId }, { db }) => {
    if (db.run(db.q.deleteFrom('item_photo').where('item_id', '=', itemId)).changes === 0) throw notFound('Photo');
    return { id: itemId };
  },

  'catalogue.labelsPdf': async ({ selection, startAt }, ctx) => {
    const labels = labelsFor(ctx.db, selection);
    const pdf = await labelsPdf(labels, officeSettings(ctx.db).name, startAt);
    return { fileName: `etiquettes-${todayIso(ctx.clock)}.pdf`, base64: pdf.toString('base64'), count: labels.length };
  },
};
