import { recordAudit } from '../audit/record.ts';
import { levelAtLeast } from '../auth/rights.ts';
import { rightsOf } from '../auth/users.ts';
import type { HandlerContext } from '../core/context.ts';
import type { Handlers } from '../core/dispatch.ts';
import { AppError } from '../core/errors.ts';
import type { privacyContract } from './contract.ts';
import { anonymisePerson } from './erase.ts';
import { buildPersonExport } from './export.ts';
import './participants.ts';
import { dueForPurge } from './retention.ts';
import { compactSearchIndex, rewriteFiles, withSecureDelete } from './scrub.ts';
import { todayIso } from '../shared/days.ts';
import { findSubject } from './subject.ts';

/** The caller's rights, read again from the database (the dispatch has checked the method's own right). */
function callerRights({ db, user }: HandlerContext) {
  if (!user) throw new AppError('UNAUTHENTICATED', 'Connectez-vous pour continuer.');
  return rightsOf(db, user.role);
}

const count = (n: { n: number } | undefined) => Number(n?.n ?? 0);

/**
 * Runs an erasure in one transaction, all or nothing, so that nothing of the person stays readable in the files:
 * deleted content zeroed, search index merged, file rewritten and WAL emptied once committed (scrub.ts).
 */
function erasing<T>({ db, logger }: HandlerContext, work: () => T): T {
  const result = withSecureDelete(db, () =>
    db.transaction(() => {
      const value = work();
      compactSearchIndex(db);
      return value;
    }),
  );
  // The erasure is committed: a failed rewrite (disk full…) must not report it as failed. The next one retries.
  try {
    rewriteFiles(db);
  } catch (error) {
    logger.warn('erasure: database rewrite failed', { error: error instanceof Error ? error.message.slice(0, 200) : 'unknown' });
  }
  return result;
}

export const privacyHandlers: Handlers<typeof privacyContract> = {
  'privacy.exportPerson': ({ personId }, ctx) => {
    const { db, user, nowIso } = ctx;
    const { read, ...result } = buildPersonExport(db, callerRights(ctx), personId, nowIso());
    // A read, but one that hands over a whole file on a person: logged, and as a read of each restricted record.
    db.transaction(() => {
      const entry = { at: nowIso(), user, method: 'privacy.exportPerson', target: String(personId) };
      recordAudit(db, { ...entry, action: 'export de données personnelles', module: 'households' });
      for (const participant of read) if (participant.restricted) recordAudit(db, { ...entry, action: 'lecture restreinte', module: participant.module });
    });
    return result;
  },

  'privacy.erasurePreview': ({ personId }, ctx) => {
    const { db } = ctx;
    const subject = findSubject(db, personId);
    const mayKnowFollowups = levelAtLeast(callerRights(ctx).followup, 'read');
    const others = db.q
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('household_id', '=', subject.householdId)
      .where('id', '!=', personId)
      .where('erased_at', 'is', null);
    return {
      personId,
      name: subject.displayName,
      householdId: subject.householdId,
      householdName: subject.householdName,
      alreadyErased: subject.erasedAt !== null,
      skills: count(db.get(db.q.selectFrom('skill').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', '=', personId))),
      followups: mayKnowFollowups
        ? count(db.get(db.q.selectFrom('followup').select((eb) => eb.fn.countAll<number>().as('n')).where('person_id', '=', personId)))
        : null,
      lastMember: count(db.get(others)) === 0,
    };
  },

  'privacy.erasePerson': ({ personId, reason }, ctx) =>
    erasing(ctx, () => anonymisePerson(ctx.db, personId, { reason, user: ctx.user, method: 'privacy.erasePerson', now: ctx.nowIso() })),

  'privacy.due': (_input, { db, clock }) => {
    const today = todayIso(clock);
    return { ...dueForPurge(db, today), today };
  },

  'privacy.purge': ({ personIds }, ctx) =>
    erasing(ctx, () => {
      const { db, user, nowIso } = ctx;
      const now = nowIso();
      const ids = [...new Set(personIds)];
      // Checked again inside the transaction: a person contacted since the list was shown is no longer purged.
      const due = new Set(dueForPurge(db, todayIso(ctx.clock)).rows.map((row) => row.personId));
      const issues = personIds.flatMap((id, index) =>
        due.has(id) ? [] : [{ path: `personIds.${index}`, message: `La personne n° ${id} n’est pas (ou plus) à purger : actualisez la liste.` }],
      );
      if (issues.length > 0) {
        const message =
          issues.length === 1 ? issues[0]!.message : `${issues.length} personnes ne sont pas (ou plus) à purger : actualisez la liste. Rien n’a été anonymisé.`;
        throw new AppError('VALIDATION', message, issues);
      }
      let householdsErased = 0;
      for (const id of ids) {
        if (anonymisePerson(db, id, { reason: 'retention', user, method: 'privacy.purge', now }).householdErased) householdsErased++;
      }
      return { purged: ids.length, householdsErased };
    }),
};
