export const peopleSort = {
  version: 5,
  name: 'people_sort',
  sql: `
-- Folded names (no accents, no case) to list households and people in French alphabetical order, paged in SQL:
-- SQLite's NOCASE folds ASCII only and would put « Élodie » after « Zoé ». Kept up to date by refreshPersonSearch.
ALTER TABLE household ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
ALTER TABLE person ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
UPDATE household SET sort_name = lower(name);
UPDATE person SET sort_name = lower(CASE WHEN usage_name <> '' THEN usage_name ELSE family_name END || ' ' || first_name);
CREATE INDEX household_sort ON household(sort_name, id) WHERE erased_at IS NULL;
-- The search index keyed by the person's id (rowid = person_id), as refreshPersonSearch now writes it: rows indexed
-- before are re-keyed, so that the next refresh of a person replaces its row instead of adding a second one.
CREATE TEMP TABLE person_search_copy AS SELECT person_id, household_id, names, contact, place FROM person_search;
DELETE FROM person_search;
INSERT INTO person_search (rowid, person_id, household_id, names, contact, place)
  SELECT person_id, person_id, household_id, names, contact, place FROM person_search_copy;
DROP TABLE person_search_copy;
`,
};
