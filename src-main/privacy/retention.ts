import type { SyncDb } from '../../db/query.ts';
import { retentionSettings } from '../settings/store.ts';
import { privacyParticipants, type RetentionFact } from './registry.ts';
import { personName } from '../shared/names.ts';
import { addMonths } from '../shared/days.ts';

/**
 * The retention rule (CNIL, social housing): a person's data is kept while the relationship lasts, then
 * `personMonths` (24 by default, Paramètres › Conservation) after the last contact. The last contact is the latest of:
 * the household's last contact date, the end of its last tenancy, the last contact of an ended follow-up, what later
 * modules report (loans, events…); the person's creation date only when none of these is known. A current tenancy, an
 * ongoing follow-up or anything a module reports as ongoing keeps the person out of the purge.
 */

interface DueReason {
  /** lastContact, created, tenancyEnd, followup, or a later module's own code. */
  code: string;
  label: string;
}

interface DuePerson {
  personId: number;
  householdId: number;
  name: string;
  householdName: string;
  reason: DueReason;
  /** The last contact (AAAA-MM-JJ) the period runs from. */
  referenceOn: string;
  /** The day the person became due for purge. */
  dueOn: string;
}

const CHUNK = 500;

interface Candidate {
  personId: number;
  householdId: number;
  name: string;
  householdName: string;
  createdOn: string;
  /** The latest contact known so far; null while none. */
  referenceOn: string | null;
  reason: DueReason;
  keptBecause: string | null;
}

const LAST_CONTACT: DueReason = { code: 'lastContact', label: 'Dernier contact avec le foyer' };
const CREATED: DueReason = { code: 'created', label: 'Création de la fiche, sans contact enregistré depuis' };

function consider(candidate: Candidate, fact: RetentionFact | undefined): void {
  if (!fact) return;
  if (fact.keptBecause) candidate.keptBecause ??= fact.keptBecause;
  const activity = fact.lastActivityOn?.slice(0, 10);
  if (activity && (candidate.referenceOn === null || activity > candidate.referenceOn)) {
    candidate.referenceOn = activity;
    candidate.reason = fact.activity ?? { code: 'activity', label: 'Dernière activité' };
  }
}

/** Everyone due for purge on `today` (AAAA-MM-JJ), the longest overdue first. */
export function dueForPurge(db: SyncDb, today: string): { rows: DuePerson[]; personMonths: number } {
  const { personMonths } = retentionSettings(db);
  const stillDue = (date: string | null) => date === null || addMonths(date.slice(0, 10), personMonths) <= today;
  const people = db.all(
    db.q
      .selectFrom('person')
      .innerJoin('household', 'household.id', 'person.household_id')
      .select([
        'person.id',
        'person.household_id',
        'person.civility',
        'person.first_name',
        'person.usage_name',
        'person.family_name',
        'person.created_at',
        'household.name as household_name',
        'household.last_contact_on',
      ])
      .where('person.erased_at', 'is', null),
  );
  // A contact can only move the date later: whoever was contacted too recently is out at once.
  let candidates: Candidate[] = people.flatMap((p) => {
    const contact = p.last_contact_on?.slice(0, 10) ?? null;
    if (!stillDue(contact)) return [];
    return [
      {
        personId: p.id,
        householdId: p.household_id,
        name: personName(p),
        householdName: p.household_name,
        createdOn: p.created_at.slice(0, 10),
        referenceOn: contact,
        reason: LAST_CONTACT,
        keptBecause: null,
      },
    ];
  });

  for (const participant of privacyParticipants()) {
    if (!participant.retention) continue;
    for (let start = 0; start < candidates.length; start += CHUNK) {
      const chunk = candidates.slice(start, start + CHUNK);
      const facts = participant.retention(db, chunk.map((c) => c.personId), today);
      for (const candidate of chunk) consider(candidate, facts.get(candidate.personId));
    }
    candidates = candidates.filter((c) => !c.keptBecause && stillDue(c.referenceOn));
  }

  // The creation date counts only when no contact at all is known (an imported former tenant is due at once).
  const rows = candidates.flatMap(({ keptBecause: _kept, createdOn, referenceOn, reason, ...row }) => {
    const from = referenceOn ?? createdOn;
    const dueOn = addMonths(from.slice(0, 10), personMonths);
    return dueOn <= today ? [{ ...row, reason: referenceOn ? reason : CREATED, referenceOn: from, dueOn }] : [];
  });
  rows.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.householdName.localeCompare(b.householdName, 'fr') || a.personId - b.personId);
  return { rows, personMonths };
}
