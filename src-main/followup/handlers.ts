import type { z } from 'zod';
import type { SyncDb } from '../../db/query.ts';
import type { HandlerContext } from '../core/context.ts';
import type { Handlers } from '../core/dispatch.ts';
import { recordAudit } from '../audit/record.ts';
import { AppError, invalidField, notFound } from '../core/errors.ts';
import { officeSettings, retentionSettings } from '../settings/store.ts';
import type { followupContract } from './contract.ts';
import { heatwavePdf, heatwaveRows } from './heatwave.ts';
import { getFollowup, getFollowupRow, selectFollowups, toSummaries } from './repository.ts';
import { todayIso } from '../shared/days.ts';

type OpenInput = z.output<(typeof followupContract)['followup.open']['input']>;
type Fields = Omit<OpenInput, 'personId' | 'startedOn'>;

function assertNotFuture(path: string, date: string, today: string, what: string): void {
  if (date > today) throw invalidField(path, `${what} ne peut pas être dans le futur.`);
}

function fieldColumns(fields: Fields) {
  return {
    reason: fields.reason,
    consent_on: fields.consent.on,
    consent_scope: fields.consent.scope,
    consent_proof: fields.consent.proof,
    keep_after_end: Number(fields.keepAfterEnd),
    contact_every_days: fields.contactEveryDays,
    heatwave_register: Number(fields.heatwaveRegister),
    notes: fields.notes,
  };
}

function assertActive(endedOn: string | null): void {
  if (endedOn) throw new AppError('CONFLICT', 'Ce suivi est clos : il ne peut plus être modifié.');
}

function assertPersonFollowable(db: SyncDb, personId: number): void {
  const person = db.get(db.q.selectFrom('person').select(['id', 'erased_at']).where('id', '=', personId));
  if (!person || person.erased_at) throw invalidField('personId', 'Personne introuvable (ou dont les données ont été effacées).');
  const open = db.get(db.q.selectFrom('followup').select('id').where('person_id', '=', personId).where('ended_on', 'is', null));
  if (open) throw new AppError('CONFLICT', 'Cette personne a déjà un suivi en cours : modifiez-le plutôt que d’en ouvrir un second.');
}

const today = (ctx: HandlerContext) => todayIso(ctx.clock);

function touchHouseholdContact(db: SyncDb, followupId: number, contactedOn: string): void {
  const person = db.get(
    db.q.selectFrom('followup').innerJoin('person', 'person.id', 'followup.person_id').select('person.household_id').where('followup.id', '=', followupId),
  )!;
  db.run(
    db.q
      .updateTable('household')
      .set({ last_contact_on: contactedOn })
      .where('id', '=', person.household_id)
      .where((eb) => eb.or([eb('last_contact_on', 'is', null), eb('last_contact_on', '<', contactedOn)])),
  );
}

/** One 'lecture restreinte' entry per follow-up revealed (ids only), for reads that are not audited per call. */
function auditRestrictedReads(ctx: HandlerContext, method: string, ids: number[]): void {
  if (ids.length === 0) return;
  const at = ctx.nowIso();
  ctx.db.transaction(() => {
    for (const id of ids) {
      recordAudit(ctx.db, { at, user: ctx.user, action: 'lecture restreinte', method, module: 'followup', target: String(id) });
    }
  });
}

export const followupHandlers: Handlers<typeof followupContract> = {
  'followup.list': ({ includeEnded }, ctx) => {
    const rows = selectFollowups(ctx.db, (query) => (includeEnded ? query : query.where('followup.ended_on', 'is', null)));
    return { rows: toSummaries(ctx.db, rows, today(ctx)) };
  },

  'followup.get': ({ id }, ctx) => getFollowup(ctx.db, id, today(ctx)),

  'followup.ofHousehold': ({ householdId }, ctx) => {
    const rows = toSummaries(ctx.db, selectFollowups(ctx.db, (query) => query.where('person.household_id', '=', householdId)), today(ctx));
    auditRestrictedReads(ctx, 'followup.ofHousehold', rows.map((row) => row.id));
    return { rows };
  },

  'followup.overdue': (_input, ctx) => {
    const rows = selectFollowups(ctx.db, (query) => query.where('followup.ended_on', 'is', null));
    return { today: today(ctx), rows: toSummaries(ctx.db, rows, today(ctx)).filter((row) => row.overdue) };
  },

  'followup.heatwaveList': (_input, ctx) => ({ generatedOn: today(ctx), rows: heatwaveRows(ctx.db, today(ctx)) }),

  'followup.heatwavePdf': async (_input, ctx) => {
    const generatedOn = today(ctx);
    const rows = heatwaveRows(ctx.db, generatedOn);
    const pdf = await heatwavePdf({ officeName: officeSettings(ctx.db).name, generatedOn, generatedBy: ctx.user?.displayName ?? '', rows });
    return { fileName: `registre-canicule-${generatedOn}.pdf`, base64: pdf.toString('base64'), count: rows.length };
  },

  'followup.open': ({ personId, startedOn, ...fields }, ctx) => {
    const { db } = ctx;
    const now = ctx.nowIso();
    const day = today(ctx);
    const start = startedOn ?? day;
    assertNotFuture('consent.on', fields.consent.on, day, 'La date du consentement');
    assertNotFuture('startedOn', start, day, 'La date de début du suivi');
    if (fields.consent.on > start) throw invalidField('consent.on', 'Le consentement doit précéder le début du suivi.');
    assertPersonFollowable(db, personId);
    const { id } = db.get(
      db.q
        .insertInto('followup')
        .values({ ...fieldColumns(fields), person_id: personId, started_on: start, ended_on: null, created_at: now, updated_at: now })
        .returning('id'),
    )!;
    return getFollowup(db, id, day);
  },

  'followup.update': ({ id, ...fields }, ctx) => {
    const { db } = ctx;
    const current = getFollowupRow(db, id);
    assertActive(current.ended_on);
    const day = today(ctx);
    assertNotFuture('consent.on', fields.consent.on, day, 'La date du consentement');
    if (fields.consent.on > current.started_on) throw invalidField('consent.on', 'Le consentement doit précéder le début du suivi.');
    db.run(db.q.updateTable('followup').set({ ...fieldColumns(fields), updated_at: ctx.nowIso() }).where('id', '=', id));
    return getFollowup(db, id, day);
  },

  'followup.logContact': ({ followupId, contactedOn, kind, reached, notes }, ctx) => {
    const { db } = ctx;
    const current = db.get(db.q.selectFrom('followup').select(['started_on', 'ended_on']).where('id', '=', followupId));
    if (!current) throw notFound('Suivi');
    assertActive(current.ended_on);
    const day = today(ctx);
    assertNotFuture('contactedOn', contactedOn, day, 'La date du contact');
    if (contactedOn < current.started_on) throw invalidField('contactedOn', 'La date du contact précède le début du suivi.');
    const now = ctx.nowIso();
    db.run(
      db.q.insertInto('followup_contact').values({
        followup_id: followupId,
        contacted_on: contactedOn,
        kind,
        reached: Number(reached),
        by_user_id: ctx.user?.id ?? null,
        notes,
        created_at: now,
      }),
    );
    db.run(db.q.updateTable('followup').set({ updated_at: now }).where('id', '=', followupId));
    // A contact that reached the person is a contact with the household: the retention period counts from it, and
    // it survives the follow-up record (deleted at the end unless the person agreed to keep it).
    if (reached) touchHouseholdContact(db, followupId, contactedOn);
    return getFollowup(db, followupId, day);
  },

  'followup.end': ({ id, endedOn }, ctx) => {
    const { db } = ctx;
    const current = db.get(db.q.selectFrom('followup').select(['started_on', 'ended_on', 'keep_after_end']).where('id', '=', id));
    if (!current) throw notFound('Suivi');
    assertActive(current.ended_on);
    assertNotFuture('endedOn', endedOn, today(ctx), 'La date de fin du suivi');
    if (endedOn < current.started_on) throw invalidField('endedOn', 'La date de fin précède le début du suivi.');
    // CNIL: the record goes when the follow-up ends, unless the person agreed to keep it. What stays is the audit
    // trail (ids, who, when): counts for indicators (follow-ups opened, ended) can be derived from it without content.
    if (!current.keep_after_end && retentionSettings(db).deleteFollowUpWhenEnded) {
      db.run(db.q.deleteFrom('followup_contact').where('followup_id', '=', id));
      db.run(db.q.deleteFrom('followup').where('id', '=', id));
      return { id, deleted: true };
    }
    db.run(db.q.updateTable('followup').set({ ended_on: endedOn, updated_at: ctx.nowIso() }).where('id', '=', id));
    return { id, deleted: false };
  },
};
