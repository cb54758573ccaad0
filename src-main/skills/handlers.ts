import { sql } from 'kysely';
import type { SyncDb } from '../../db/query.ts';
import type { Handlers } from '../core/dispatch.ts';
import { invalidField, notFound } from '../core/errors.ts';
import { currentHomes } from '../shared/homes.ts';
import { personName } from '../shared/names.ts';
import { foldText, searchWords } from '../shared/text.ts';
import { SKILL_CATEGORY_LABELS, type SkillCategory, type SkillDirection } from './categories.ts';
import type { FoundSkill, skillsContract } from './contract.ts';

/** Skills of people still on file (an erased person's skills never show), narrowed by the caller. */
function skillQuery(db: SyncDb) {
  return db.q
    .selectFrom('skill')
    .innerJoin('person', 'person.id', 'skill.person_id')
    .innerJoin('household', 'household.id', 'person.household_id')
    .where('person.erased_at', 'is', null)
    .where('household.erased_at', 'is', null)
    .selectAll('skill')
    .select(['person.civility', 'person.family_name', 'person.usage_name', 'person.first_name', 'person.household_id', 'household.name as household_name']);
}

const rowsOf = (db: SyncDb, query: ReturnType<typeof skillQuery>) => db.all(query);
type SkillRow = ReturnType<typeof rowsOf>[number];

function toFound(db: SyncDb, rows: SkillRow[]): FoundSkill[] {
  const homes = currentHomes(db, rows.map((row) => row.household_id));
  return rows.map((row) => {
    const home = homes.get(row.household_id);
    return {
      id: row.id,
      personId: row.person_id,
      direction: row.direction as SkillDirection,
      category: row.category as SkillCategory,
      label: row.label,
      availability: row.availability,
      personName: personName(row),
      householdId: row.household_id,
      householdName: row.household_name,
      residenceId: home?.residenceId ?? null,
      residenceName: home?.residenceName ?? null,
    };
  });
}

const byPlaceThenName = (a: FoundSkill, b: FoundSkill) =>
  (a.residenceName ?? '\uffff').localeCompare(b.residenceName ?? '\uffff', 'fr') || a.personName.localeCompare(b.personName, 'fr') || a.id - b.id;

export const skillsHandlers: Handlers<typeof skillsContract> = {
  'skills.ofHousehold': ({ id }, { db }) => {
    const rows = rowsOf(db, skillQuery(db).where('person.household_id', '=', id).orderBy('person.id').orderBy('skill.direction').orderBy('skill.id'));
    return { rows: toFound(db, rows) };
  },

  'skills.add': ({ personId, ...fields }, { db, nowIso }) => {
    const person = db.get(db.q.selectFrom('person').select(['id', 'erased_at']).where('id', '=', personId));
    if (!person || person.erased_at) throw invalidField('personId', 'Personne introuvable (ou dont les données ont été effacées).');
    const { id } = db.get(db.q.insertInto('skill').values({ ...fields, person_id: personId, created_at: nowIso() }).returning('id'))!;
    return toFound(db, rowsOf(db, skillQuery(db).where('skill.id', '=', id)))[0]!;
  },

  'skills.remove': ({ id }, { db }) => {
    if (db.run(db.q.deleteFrom('skill').where('id', '=', id)).changes === 0) throw notFound('Savoir-faire');
    return { id };
  },

  /**
   * Category, direction and residence narrow the rows in SQL; the words are then matched in JS on a folded copy of
   * label and category (SQLite folds ASCII only). A directory holds a few hundred to a few thousand skills for the
   * largest offices, so folding them at query time costs milliseconds, and no writer (demo, import, erasure) has a
   * derived column to keep in step.
   */
  'skills.search': ({ query, category, direction, residenceId, limit }, { db }) => {
    let base = skillQuery(db);
    if (category) base = base.where('skill.category', '=', category);
    if (direction) base = base.where('skill.direction', '=', direction);
    if (residenceId !== null) {
      base = base.where(
        sql<boolean>`EXISTS (SELECT 1 FROM occupancy o JOIN dwelling d ON d.id = o.dwelling_id
          WHERE o.household_id = person.household_id AND o.left_on IS NULL AND d.residence_id = ${residenceId})`,
      );
    }
    const words = searchWords(query);
    const rows = rowsOf(db, base).filter((row) => {
      if (words.length === 0) return true;
      const text = foldText(`${row.label} ${SKILL_CATEGORY_LABELS[row.category as SkillCategory] ?? ''}`);
      return words.every((word) => text.includes(word));
    });
    const found = toFound(db, rows)
      // A household that moved out of the residence since: the current home decides.
      .filter((skill) => residenceId === null || skill.residenceId === residenceId)
      .sort(byPlaceThenName);
    return { rows: found.slice(0, limit), total: found.length };
  },
};
