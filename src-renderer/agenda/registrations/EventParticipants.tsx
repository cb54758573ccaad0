/** The registrations, waiting list and attendance of one event, shown on the event's page. */
export function EventParticipants(_props: { eventId: number }) {
  return null;
}
