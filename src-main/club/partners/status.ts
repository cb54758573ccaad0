import type { SyncDb } from '../../../db/query.ts';
import { AppError } from '../../core/errors.ts';
import { PARTNER_STATUS_LABELS, type PartnerStatus } from './fields.ts';

/** Which status may follow which: a candidate is accepted or turned down, a suspension is lifted or ends, an ended
 * partnership may start again (as a new application or at once). */
const NEXT: Record<PartnerStatus, readonly PartnerStatus[]> = {
  candidate: ['active', 'ended'],
  active: ['suspended', 'ended'],
  suspended: ['active', 'ended'],
  ended: ['candidate', 'active'],
};

export function assertTransition(from: PartnerStatus, to: PartnerStatus): void {
  if (from === to) throw new AppError('CONFLICT', `Ce partenaire est déjà ${from === 'ended' ? 'un ancien partenaire' : PARTNER_STATUS_LABELS[from]}.`);
  if (NEXT[from].includes(to)) return;
  if (from === 'candidate') throw new AppError('CONFLICT', 'Un candidat ne peut pas être suspendu : activez-le, ou mettez fin à sa candidature.');
  if (from === 'ended') throw new AppError('CONFLICT', 'Un ancien partenaire ne peut pas être suspendu : réactivez-le d’abord.');
  throw new AppError('CONFLICT', 'Un partenaire actif ou suspendu ne redevient pas candidat : suspendez-le ou mettez fin au partenariat.');
}

interface StatusChange {
  partnerId: number;
  status: PartnerStatus;
  on: string;
  reason: string;
  /** Applied by the lapse rules or a payment, not by a person's choice. */
  automatic: boolean;
  feeCallId: number | null;
  userId: number | null;
  now: string;
}

/** The day of the partner's latest status change (its creation counts as one). */
export function lastStatusChange(db: SyncDb, partnerId: number) {
  return db.get(
    db.q.selectFrom('club_partner_status').selectAll().where('partner_id', '=', partnerId).orderBy('id', 'desc').limit(1),
  );
}

/**
 * Writes the new status and its history row. Ending sets the agreement's end when it was later or unknown; a
 * partnership starting again after its agreement ended gets a new agreement from that day, open-ended.
 */
export function recordStatus(db: SyncDb, change: StatusChange): void {
  const partner = db.get(db.q.selectFrom('club_partner').select(['agreement_start_on', 'agreement_end_on']).where('id', '=', change.partnerId))!;
  let agreement = { agreement_start_on: partner.agreement_start_on, agreement_end_on: partner.agreement_end_on };
  if (change.status === 'ended' && (partner.agreement_end_on === null || partner.agreement_end_on > change.on)) {
    agreement = { ...agreement, agreement_end_on: change.on };
  }
  if (change.status === 'active' && partner.agreement_end_on !== null && partner.agreement_end_on < change.on) {
    agreement = { agreement_start_on: change.on, agreement_end_on: null };
  }
  db.run(db.q.updateTable('club_partner').set({ status: change.status, ...agreement, updated_at: change.now }).where('id', '=', change.partnerId));
  db.run(
    db.q.insertInto('club_partner_status').values({
      partner_id: change.partnerId,
      status: change.status,
      changed_on: change.on,
      reason: change.reason,
      automatic: Number(change.automatic),
      fee_call_id: change.feeCallId,
      created_by: change.userId,
      created_at: change.now,
    }),
  );
}
