import type { SyncDb } from '../../../db/query.ts';
import { addDays, frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { feeCalls, overdueCalls } from '../fees/repository.ts';
import { clubSettings } from '../settings/store.ts';
import { lastStatusChange, recordStatus } from './status.ts';

/*
 * Automatic lapse, applied by a write (never by a read):
 * - an active partner whose fee call is still unpaid past the grace period is SUSPENDED, not ended: the agreement is
 *   only paused (its offers leave the booklet, no new contract is recorded), the firm keeps its trade, and paying
 *   the fee (or the call being waived) restores it at once; ending a partnership stays a decision of the club;
 * - an active or suspended partner whose agreement's end date has passed is ENDED: the agreement itself is over.
 * The screens first read what is due (pendingLapses) and only write when something is: opening a screen leaves no
 * audit entry and refreshes nothing when no partner lapses.
 */

interface Lapse {
  id: number;
  name: string;
  reason: string;
}

/** A lapse to record: the partner, why, from which day, and the fee call that caused a suspension. */
interface DueLapse extends Lapse {
  on: string;
  feeCallId: number | null;
}

interface Who {
  userId: number | null;
  now: string;
}

const later = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);

function dueLapses(db: SyncDb, today: string): { suspended: DueLapse[]; ended: DueLapse[] } {
  const { graceDays } = clubSettings(db);
  const ended: DueLapse[] = db
    .all(
      db.q
        .selectFrom('club_partner')
        .select(['id', 'name', 'agreement_end_on'])
        .where('status', 'in', ['active', 'suspended'])
        .where('agreement_end_on', '<', today)
        .orderBy('name'),
    )
    .map((partner) => ({
      id: partner.id,
      name: partner.name,
      reason: `Convention arrivée à échéance le ${frenchDate(partner.agreement_end_on)}.`,
      on: later(addDays(partner.agreement_end_on!, 1), lastStatusChange(db, partner.id)?.changed_on),
      feeCallId: null,
    }));

  const suspended: DueLapse[] = [];
  const unpaid = feeCalls(
    db,
    (query) => query.where('club_partner.status', '=', 'active').where('club_fee_call.cancelled_on', 'is', null),
    today,
    graceDays,
  )
    .filter((call) => call.state === 'overdue')
    // The oldest unpaid call names the reason.
    .sort((a, b) => a.year - b.year || a.partnerName.localeCompare(b.partnerName, 'fr'));
  for (const call of unpaid) {
    // A partner whose agreement ends is ended, not suspended; one suspension per partner.
    if ([...ended, ...suspended].some((lapse) => lapse.id === call.partnerId)) continue;
    const reason =
      `Cotisation ${call.year} impayée (reste ${euros(call.balanceCents)}) : appelée le ${frenchDate(call.calledOn)}, ` +
      `délai de grâce de ${graceDays} jour${graceDays > 1 ? 's' : ''} dépassé le ${frenchDate(addDays(call.dueOn, 1))}.`;
    const on = later(addDays(call.dueOn, 1), lastStatusChange(db, call.partnerId)?.changed_on);
    suspended.push({ id: call.partnerId, name: call.partnerName, reason, on, feeCallId: call.id });
  }
  return { suspended, ended };
}

const named = ({ id, name, reason }: Lapse): Lapse => ({ id, name, reason });

/** The partners that would lapse today, without changing anything. */
export function pendingLapses(db: SyncDb, today: string): { suspended: Lapse[]; ended: Lapse[] } {
  const { suspended, ended } = dueLapses(db, today);
  return { suspended: suspended.map(named), ended: ended.map(named) };
}

export function applyLapses(db: SyncDb, today: string, who: Who): { suspended: Lapse[]; ended: Lapse[] } {
  const { suspended, ended } = dueLapses(db, today);
  for (const lapse of ended) {
    recordStatus(db, { partnerId: lapse.id, status: 'ended', on: lapse.on, reason: lapse.reason, automatic: true, feeCallId: null, ...who });
  }
  for (const lapse of suspended) {
    recordStatus(db, { partnerId: lapse.id, status: 'suspended', on: lapse.on, reason: lapse.reason, automatic: true, feeCallId: lapse.feeCallId, ...who });
  }
  return { suspended: suspended.map(named), ended: ended.map(named) };
}

/**
 * After a payment or a waived call: a partner suspended automatically for an unpaid fee is active again once no
 * call of theirs is overdue. A suspension decided by the club is left alone.
 */
export function restoreIfSettled(db: SyncDb, partnerId: number, today: string, why: string, who: Who): void {
  const partner = db.get(db.q.selectFrom('club_partner').select('status').where('id', '=', partnerId));
  const last = lastStatusChange(db, partnerId);
  if (partner?.status !== 'suspended' || !last?.automatic || last.fee_call_id === null) return;
  if (overdueCalls(db, partnerId, today, clubSettings(db).graceDays).length > 0) return;
  recordStatus(db, { partnerId, status: 'active', on: later(today, last.changed_on), reason: why, automatic: true, feeCallId: null, ...who });
}
