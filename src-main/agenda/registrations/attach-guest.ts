import type { HandlerContext } from '../../core/context.ts';
import { AppError, invalidField } from '../../core/errors.ts';
import { todayIso } from '../../shared/days.ts';
import { getEvent } from '../events/repository.ts';
import { audienceCheck, notesWithOverride } from './audience.ts';
import { duplicateRefusal } from './register.ts';
import { registrationKind, resolveRegistrant } from './registrant.ts';
import { getRegistrationRow, registrationName, registrationView } from './views.ts';

/*
 * Someone registered by name and phone joins the office's records (or staff find them on file): the registration
 * becomes theirs. It keeps its id, status, place in line, attendance and payment; the guest's name and phone are
 * emptied, no longer needed. The same checks as registering that person apply, so attaching is no back door: not
 * twice on one event, and outside the event's public only with a reason kept in the notes.
 */

interface Attach {
  id: number;
  personId: number;
  audienceOverride: string | null;
}

export function attachGuest(ctx: HandlerContext, { id, personId, audienceOverride }: Attach) {
  const { db } = ctx;
  const row = getRegistrationRow(db, id);
  if (registrationKind(row) !== 'guest') {
    throw new AppError('CONFLICT', `L’inscription de ${registrationName(row)} est déjà celle d’une personne ou d’un foyer du fichier : seule une personne non connue se rattache.`);
  }
  const event = getEvent(db, row.event_id);
  const person = resolveRegistrant(db, { kind: 'person', personId });
  // A cancelled registration holds no seat: it may join the person's history beside a live one.
  const duplicate = row.status === 'cancelled' ? null : duplicateRefusal(ctx, event, person, row.id);
  if (duplicate) throw new AppError('CONFLICT', `${duplicate} Annulez l’une des deux inscriptions avant de rattacher.`);
  const outside = audienceOverride === null ? audienceCheck(db, person, todayIso(ctx.clock))(event) : null;
  if (outside) throw invalidField('audienceOverride', outside);

  db.run(
    db.q
      .updateTable('agenda_registration')
      .set({
        person_id: person.personId,
        household_id: person.householdId,
        guest_name: null,
        guest_phone: null,
        notes: notesWithOverride(audienceOverride, row.notes),
        updated_at: ctx.nowIso(),
      })
      .where('id', '=', id),
  );
  const registration = registrationView(db, id);
  return { id, registration, message: `Inscription de ${row.guest_name} rattachée à ${registration.name} (foyer ${registration.householdName}) : son nom et son téléphone d’invité sont effacés.` };
}
