import { sql } from 'kysely';
import type { SyncDb } from '../../db/query.ts';
import { notFound } from '../core/errors.ts';
import { currentHomes } from '../shared/homes.ts';
import { frenchPhone, personName } from '../shared/names.ts';
import type { ContactKind, FollowupDetail, FollowupSummary } from './contract.ts';
import { contactDue } from './schedule.ts';

const lastContact = sql<string | null>`(SELECT MAX(c.contacted_on) FROM followup_contact c WHERE c.followup_id = followup.id)`;
const lastReached = sql<string | null>`(SELECT MAX(c.contacted_on) FROM followup_contact c WHERE c.followup_id = followup.id AND c.reached = 1)`;

/** Follow-ups with their person and household; narrowed by the caller. Erased people never show. */
function baseQuery(db: SyncDb) {
  return db.q
    .selectFrom('followup')
    .innerJoin('person', 'person.id', 'followup.person_id')
    .innerJoin('household', 'household.id', 'person.household_id')
    .where('person.erased_at', 'is', null)
    .selectAll('followup')
    .select([
      'person.civility',
      'person.family_name',
      'person.usage_name',
      'person.first_name',
      'person.birth_date',
      'person.phone',
      'person.household_id',
      'household.name as household_name',
      'household.address_line',
      'household.postcode as household_postcode',
      'household.city as household_city',
      lastContact.as('last_contact_on'),
      lastReached.as('last_reached_on'),
    ]);
}

type FollowupRow = ReturnType<typeof rowsOf>[number];

function rowsOf(db: SyncDb, query: ReturnType<typeof baseQuery>) {
  return db.all(query);
}

export function selectFollowups(db: SyncDb, narrow: (query: ReturnType<typeof baseQuery>) => ReturnType<typeof baseQuery>): FollowupRow[] {
  return rowsOf(db, narrow(baseQuery(db)));
}

/** Summaries, with the due date computed against `today`, most urgent first (then by name). */
export function toSummaries(db: SyncDb, rows: FollowupRow[], today: string): FollowupSummary[] {
  const homes = currentHomes(db, rows.map((row) => row.household_id));
  const summaries = rows.map((row) => {
    const due = row.ended_on
      ? { nextContactDue: null, overdue: false, overdueDays: 0 }
      : contactDue({ lastReachedOn: row.last_reached_on, startedOn: row.started_on, everyDays: row.contact_every_days }, today);
    return {
      id: row.id,
      personId: row.person_id,
      personName: personName(row),
      householdId: row.household_id,
      householdName: row.household_name,
      residenceName: homes.get(row.household_id)?.residenceName ?? null,
      phone: frenchPhone(row.phone),
      reason: row.reason,
      contactEveryDays: row.contact_every_days,
      heatwaveRegister: row.heatwave_register === 1,
      startedOn: row.started_on,
      endedOn: row.ended_on,
      lastContactOn: row.last_contact_on,
      lastReachedOn: row.last_reached_on,
      ...due,
    };
  });
  return summaries.sort(
    (a, b) =>
      Number(a.endedOn !== null) - Number(b.endedOn !== null) ||
      b.overdueDays - a.overdueDays ||
      (a.nextContactDue ?? '').localeCompare(b.nextContactDue ?? '') ||
      a.personName.localeCompare(b.personName, 'fr') ||
      a.id - b.id,
  );
}

export function getFollowupRow(db: SyncDb, id: number): FollowupRow {
  const [row] = selectFollowups(db, (query) => query.where('followup.id', '=', id));
  if (!row) throw notFound('Suivi');
  return row;
}

export function getFollowup(db: SyncDb, id: number, today: string): FollowupDetail {
  const row = getFollowupRow(db, id);
  const [summary] = toSummaries(db, [row], today);
  const contacts = db.all(
    db.q
      .selectFrom('followup_contact')
      .leftJoin('staff_user', 'staff_user.id', 'followup_contact.by_user_id')
      .select([
        'followup_contact.id',
        'followup_contact.contacted_on',
        'followup_contact.kind',
        'followup_contact.reached',
        'followup_contact.notes',
        'staff_user.display_name',
      ])
      .where('followup_contact.followup_id', '=', id)
      .orderBy('followup_contact.contacted_on', 'desc')
      .orderBy('followup_contact.id', 'desc'),
  );
  return {
    ...summary!,
    consent: { on: row.consent_on, scope: row.consent_scope, proof: row.consent_proof },
    keepAfterEnd: row.keep_after_end === 1,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    contacts: contacts.map((contact) => ({
      id: contact.id,
      contactedOn: contact.contacted_on,
      kind: contact.kind as ContactKind,
      reached: contact.reached === 1,
      notes: contact.notes,
      byUser: contact.display_name,
    })),
  };
}
