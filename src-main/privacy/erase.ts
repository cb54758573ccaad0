import type { SyncDb } from '../../db/query.ts';
import { recordAudit } from '../audit/record.ts';
import type { CurrentUser } from '../core/context.ts';
import { AppError } from '../core/errors.ts';
import { refreshPersonSearch } from '../households/search-index.ts';
import { ANONYMISED_HOUSEHOLD, ANONYMISED_PERSON } from './households-participant.ts';
import { type EraseContext, privacyParticipants } from './registry.ts';
import { ERASE_ACTIONS, type EraseReason } from './erase-reasons.ts';
import { erasedExternalId } from './erased-ids.ts';
import { findSubject } from './subject.ts';

/**
 * Erasure by anonymisation (GDPR art. 17, CNIL: "anonymiser en conservant les comptages"). The person's row stays,
 * so that every count stays right (people per household, participants of an event, borrowers of the year); what
 * identifies them goes. The household's occupancies stay too (how many households lived in a residence).
 */

/**
 * The birth date reduced to its year, kept for age brackets. Stored as 1 January of that year so that the column
 * stays a valid ISO date for every reader (SQLite date functions, the contract's date schemas); erased_at says that
 * only the year is meaningful.
 */
function birthYearOnly(birthDate: string | null): string | null {
  const year = birthDate ? /^(\d{4})-/.exec(birthDate)?.[1] : undefined;
  return year ? `${year}-01-01` : null;
}

export interface ErasureResult {
  id: number;
  householdId: number;
  /** true when this was the household's last member: the household was anonymised too. */
  householdErased: boolean;
  erasedAt: string;
}

interface ErasureBy {
  reason: EraseReason;
  user: CurrentUser | null;
  /** The method that erased (privacy.erasePerson, privacy.purge), for the audit entry. */
  method: string;
  now: string;
}

/** Anonymises one person (inside the caller's transaction). */
export function anonymisePerson(db: SyncDb, personId: number, { reason, user, method, now }: ErasureBy): ErasureResult {
  const subject = findSubject(db, personId);
  if (subject.erasedAt) throw new AppError('CONFLICT', 'Cette personne est déjà anonymisée.');
  const ctx: EraseContext = { db, subject, now };
  // Every module's part, whatever the caller's rights on it: an erasure leaves nothing identifying behind.
  for (const participant of privacyParticipants()) participant.erasePerson?.(ctx);

  const person = db.get(db.q.selectFrom('person').select(['birth_date', 'external_id']).where('id', '=', personId))!;
  db.run(
    db.q
      .updateTable('person')
      .set({
        civility: 'unspecified',
        family_name: ANONYMISED_PERSON,
        usage_name: '',
        first_name: '',
        birth_date: birthYearOnly(person.birth_date),
        phone: null,
        email: null,
        languages: '[]',
        notes: '',
        // Kept as a keyed hash: a later import of the landlord's file must not bring the person back.
        external_id: person.external_id && erasedExternalId(db, 'person', person.external_id, now),
        sort_name: '',
        erased_at: now,
        updated_at: now,
      })
      .where('id', '=', personId),
  );

  const remaining = db.get(
    db.q
      .selectFrom('person')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('household_id', '=', subject.householdId)
      .where('erased_at', 'is', null),
  )!.n;
  const householdErased = remaining === 0;
  if (householdErased) {
    // Postcode and town stay (counts by town); name, street address and notes go, the landlord's id becomes a keyed hash.
    const household = db.get(db.q.selectFrom('household').select('external_id').where('id', '=', subject.householdId))!;
    const externalId = household.external_id && erasedExternalId(db, 'household', household.external_id, now);
    db.run(
      db.q
        .updateTable('household')
        .set({ name: ANONYMISED_HOUSEHOLD, external_id: externalId, address_line: '', notes: '', sort_name: '', erased_at: now, updated_at: now })
        .where('id', '=', subject.householdId),
    );
    for (const participant of privacyParticipants()) participant.eraseHousehold?.(ctx);
  }

  refreshPersonSearch(db, [personId]);
  recordAudit(db, { at: now, user, action: ERASE_ACTIONS[reason], method, module: 'households', target: String(personId) });
  return { id: personId, householdId: subject.householdId, householdErased, erasedAt: now };
}
