import type { SyncDb } from '../../../db/query.ts';
import { AppError } from '../../core/errors.ts';

/** A member number as printed on the card and read by the scanner: "A" and 5 digits (A00042). */
export const MEMBER_NUMBER = /^A\d{5}$/;

/** The member number of that rank: 42 → "A00042". */
export const memberNumberOf = (rank: number) => `A${String(rank).padStart(5, '0')}`;

/** What a scanner or a hand typed, as stored: trimmed, upper case ("a00042 " → "A00042"). */
export const normaliseMemberNumber = (typed: string) => typed.trim().toUpperCase();

/** The next free member number, after the highest given (numbers are never reused, even after an erasure). */
export function nextMemberNumber(db: SyncDb): string {
  const last = db.get(db.q.selectFrom('member').select('number').where('number', 'like', 'A%').orderBy('number', 'desc').limit(1));
  const next = last ? Number(last.number.slice(1)) + 1 : 1;
  if (next > 99_999) throw new AppError('CONFLICT', 'Tous les numéros d’adhérent (A00001 à A99999) sont pris : contactez le support.');
  return memberNumberOf(next);
}
