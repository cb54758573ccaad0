// Placeholder replaced by the household page's club part (contracts, offers used, savings).
export function HouseholdClub(_props: { householdId: number }) {
  return null;
}
