import type { SyncDb } from '../../db/query.ts';
import { notFound } from '../core/errors.ts';
import { personName } from '../shared/names.ts';
import type { PrivacySubject } from './registry.ts';

interface SubjectRow extends PrivacySubject {
  /** "Prénom Nom" as staff know the person ("Personne anonymisée" once erased). */
  displayName: string;
  householdName: string;
  erasedAt: string | null;
}

/** The person, or NOT_FOUND. */
export function findSubject(db: SyncDb, personId: number): SubjectRow {
  const row = db.get(
    db.q
      .selectFrom('person')
      .innerJoin('household', 'household.id', 'person.household_id')
      .select(['person.id', 'person.household_id', 'person.civility', 'person.first_name', 'person.usage_name', 'person.family_name', 'person.erased_at', 'household.name as household_name'])
      .where('person.id', '=', personId),
  );
  if (!row) throw notFound('Personne');
  return {
    personId: row.id,
    householdId: row.household_id,
    displayName: personName(row),
    householdName: row.household_name,
    erasedAt: row.erased_at,
  };
}
