import type { SyncDb } from '../../../db/query.ts';
import { addDays, frenchDate } from '../../shared/days.ts';
import { euros } from '../../shared/money.ts';
import { feeCalls, overdueCalls } from '../fees/repository.ts';
import { clubSettings } from '../settings/store.ts';
import { lastStatusChange, recordStatus } from './status.ts';

/*
 * Automatic lapse, applied by a write (the partners and fees screens run it when they open; it can be asked for
 * too), never by a read:
 * - an active partner whose fee call is still unpaid past the grace period is SUSPENDED, not ended: the agreement is
 *   only paused (its offers leave the booklet, no new contract is recorded), the firm keeps its trade, and paying
 *   the fee (or the call being waived) restores it at once; ending a partnership stays a decision of the club;
 * - an active or suspended partner whose agreement's end date has passed is ENDED: the agreement itself is over.
 */

export interface Lapse {
  id: number;
  name: string;
  reason: string;
}

interface Who {
  userId: number | null;
  now: string;
}

const later = (a: string, b: string | undefined) => (b !== undefined && b > a ? b : a);

export function applyLapses(db: SyncDb, today: string, who: Who): { suspended: Lapse[]; ended: Lapse[] } {
  const { graceDays } = clubSettings(db);
  const ended: Lapse[] = [];
  const expired = db.all(
    db.q
      .selectFrom('club_partner')
      .select(['id', 'name', 'agreement_end_on'])
      .where('status', 'in', ['active', 'suspended'])
      .where('agreement_end_on', '<', today)
      .orderBy('name'),
  );
  for (const partner of expired) {
    const reason = `Convention arrivée à échéance le ${frenchDate(partner.agreement_end_on)}.`;
    const on = later(addDays(partner.agreement_end_on!, 1), lastStatusChange(db, partner.id)?.changed_on);
    recordStatus(db, { partnerId: partner.id, status: 'ended', on, reason, automatic: true, feeCallId: null, ...who });
    ended.push({ id: partner.id, name: partner.name, reason });
  }

  const suspended: Lapse[] = [];
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
    if (suspended.some((lapse) => lapse.id === call.partnerId)) continue;
    const reason =
      `Cotisation ${call.year} impayée (reste ${euros(call.balanceCents)}) : appelée le ${frenchDate(call.calledOn)}, ` +
      `délai de grâce de ${graceDays} jour${graceDays > 1 ? 's' : ''} dépassé le ${frenchDate(addDays(call.dueOn, 1))}.`;
    const on = later(addDays(call.dueOn, 1), lastStatusChange(db, call.partnerId)?.changed_on);
    recordStatus(db, { partnerId: call.partnerId, status: 'suspended', on, reason, automatic: true, feeCallId: call.id, ...who });
    suspended.push({ id: call.partnerId, name: call.partnerName, reason });
  }
  return { suspended, ended };
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
