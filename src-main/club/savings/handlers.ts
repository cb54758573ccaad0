import type { Handlers } from '../../core/dispatch.ts';
import { currentHomes } from '../../shared/homes.ts';
import { bookRows, bookTotals, yearBounds } from '../budget/book.ts';
import { contractState } from '../contracts/repository.ts';
import { feeCalls, feeTotals } from '../fees/repository.ts';
import { PARTNER_STATUSES, type PartnerStatus } from '../partners/fields.ts';
import { clubSettings } from '../settings/store.ts';
import type { savingsContract } from './contract.ts';
import { groupBy, type SavingEntry, savingEntries, totalOf } from './ledger.ts';
import { today } from '../context.ts';

const byPartner = (entries: SavingEntry[]) =>
  groupBy(entries, (e) => e.partnerId).map(({ first, cents, households, entries: count }) => ({
    partnerId: first.partnerId,
    partnerName: first.partnerName,
    category: first.partnerCategory,
    cents,
    households,
    entries: count,
  }));

const byResidence = (entries: SavingEntry[]) =>
  groupBy(entries, (e) => e.residenceId).map(({ first, cents, households, entries: count }) => ({
    residenceId: first.residenceId,
    residenceName: first.residenceName,
    cents,
    households,
    entries: count,
  }));

export const savingsHandlers: Handlers<typeof savingsContract> = {
  'club.savings.ledger': ({ year, householdId, partnerId, residenceId }, ctx) => {
    const entries = savingEntries(ctx.db, today(ctx), { householdId }).filter(
      (e) => (year === null || e.year === year) && (partnerId === null || e.partnerId === partnerId) && (residenceId === null || e.residenceId === residenceId),
    );
    const households = groupBy(entries, (e) => e.householdId);
    const homes = currentHomes(ctx.db, households.map((group) => group.key));
    return {
      entries,
      total: totalOf(entries),
      byHousehold: households.map(({ first, cents, households: count, entries: n }) => ({
        householdId: first.householdId,
        householdName: first.householdName,
        residenceName: homes.get(first.householdId)?.residenceName ?? null,
        cents,
        households: count,
        entries: n,
      })),
      byPartner: byPartner(entries),
      byResidence: byResidence(entries),
    };
  },

  'club.savings.dashboard': ({ year }, ctx) => {
    const { db } = ctx;
    const day = today(ctx);
    const all = savingEntries(db, day);
    const inYear = all.filter((e) => e.year === year);
    const contracts = db.all(db.q.selectFrom('club_contract').select(['kind', 'signed_on', 'ends_on']));
    const statusCounts = new Map(
      db.all(db.q.selectFrom('club_partner').select((eb) => ['status', eb.fn.countAll<number>().as('n')]).groupBy('status')).map((row) => [row.status, row.n]),
    );
    const { from, to } = yearBounds(year);
    return {
      year,
      total: totalOf(inYear),
      allTime: totalOf(all),
      years: groupBy(all, (e) => e.year)
        .map(({ key, cents, households, entries }) => ({ year: key, cents, households, entries }))
        .sort((a, b) => a.year - b.year),
      byPartner: byPartner(inYear),
      byResidence: byResidence(inYear),
      byCategory: groupBy(inYear, (e) => e.partnerCategory).map(({ key, cents, households, entries }) => ({ category: key, cents, households, entries })),
      contracts: {
        inForce: contracts.filter((c) => contractState(c, day) === 'in_force').length,
        signedInYear: contracts.filter((c) => c.kind === 'contract' && c.signed_on >= from && c.signed_on <= to).length,
        usesInYear: contracts.filter((c) => c.kind === 'use' && c.signed_on >= from && c.signed_on <= to && c.signed_on <= day).length,
      },
      partners: Object.fromEntries(PARTNER_STATUSES.map((status) => [status, statusCounts.get(status) ?? 0])) as Record<PartnerStatus, number>,
      fees: feeTotals(feeCalls(db, (q) => q.where('club_fee_call.year', '=', year), day, clubSettings(db).graceDays)),
      budget: bookTotals(bookRows(db, from, to)),
    };
  },
};
