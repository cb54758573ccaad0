// Placeholder replaced by the household page's conciergerie part (members, memberships, loans).
export function HouseholdConciergerie(_props: { householdId: number }) {
  return null;
}
