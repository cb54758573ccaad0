import type { HandlerContext } from '../../core/context.ts';
import { retentionSettings } from '../../settings/store.ts';
import { addMonths, todayIso } from '../../shared/days.ts';

/** What a forgotten guest is called on lists and sheets: the registration (and its counts) stays. */
const FORGOTTEN_GUEST = 'Personne invitée';

/**
 * Someone registered by name and phone is not a person on file, so the privacy core (which works person by person)
 * never reaches them. Their name and phone are kept as long as a person's data would be after a last contact (the
 * office's retention setting, counted from the event), then emptied. Settled at the start of each registration
 * (not at the door, which must stay quick).
 */
export function forgetPastGuests({ db, clock }: HandlerContext): void {
  const cutoff = addMonths(todayIso(clock), -retentionSettings(db).personMonths);
  db.run(
    db.q
      .updateTable('agenda_registration')
      .set({ guest_name: FORGOTTEN_GUEST, guest_phone: null })
      .where('guest_name', 'is not', null)
      .where((eb) => eb.or([eb('guest_name', '<>', FORGOTTEN_GUEST), eb('guest_phone', 'is not', null)]))
      .where('event_id', 'in', (eb) => eb.selectFrom('agenda_event').select('id').where('ends_at', '<', cutoff)),
  );
}
