export const dwellingLift = {
  version: 6,
  name: 'dwelling_lift',
  sql: `
-- Whether the dwelling's stairway has a lift: housing exchanges for people who can no longer climb stairs need it.
-- NULL: not known yet (the exchange matching then only trusts the ground floor).
ALTER TABLE dwelling ADD COLUMN has_lift INTEGER;
`,
};
