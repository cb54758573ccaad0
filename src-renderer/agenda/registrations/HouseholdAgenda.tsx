/** The household page's agenda part: events its people registered to or attended, and registering them. */
export function HouseholdAgenda(_props: { householdId: number }) {
  return null;
}
