import type { SyncDb } from '../../../db/query.ts';
import { AppError, invalidField } from '../../core/errors.ts';
import type { ClubSettings } from '../settings/fields.ts';
import { PARTNER_CATEGORY_LABELS, PARTNER_STATUS_LABELS, type PartnerCategory, type PartnerStatus, type Trade, TRADES } from './fields.ts';

/*
 * One building firm per trade (corps de métier): the trade is held by the partner that is active or suspended in it
 * (a suspension only pauses the agreement: the firm keeps its trade until its partnership is ended). The rule and the
 * categories it covers are the club's settings. Checked on every write that could break it: creation, change of
 * trade or category, change of status (reactivation included).
 */

/** Statuses that hold a trade. */
const HOLDING: readonly PartnerStatus[] = ['active', 'suspended'];

export interface TradePosition {
  category: PartnerCategory;
  trade: Trade | null;
  status: PartnerStatus;
}

const ruleApplies = (settings: ClubSettings, category: PartnerCategory) =>
  settings.exclusivityEnabled && settings.exclusiveCategories.includes(category);

/** The partner holding the trade among the rule's categories, other than `exceptId`. */
function tradeHolder(db: SyncDb, settings: ClubSettings, trade: Trade, exceptId: number | null) {
  let query = db.q
    .selectFrom('club_partner')
    .select(['id', 'name', 'status'])
    .where('trade', '=', trade)
    .where('status', 'in', HOLDING)
    .where('category', 'in', settings.exclusiveCategories)
    .orderBy('id');
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  return db.get(query.limit(1));
}

/** The trade is required where the rule applies: without it, exclusivity could not be checked. */
export function assertTradeGiven(settings: ClubSettings, position: Pick<TradePosition, 'category' | 'trade'>): void {
  if (position.trade === null && ruleApplies(settings, position.category)) {
    throw invalidField(
      'trade',
      `Indiquez le corps de métier : un seul partenaire par corps de métier est accepté parmi les catégories « ${PARTNER_CATEGORY_LABELS[position.category].toLowerCase()} ».`,
    );
  }
}

/**
 * Refuses a partner that would hold a trade already held, and a new candidate (or a change of trade, or a partner
 * coming back from ended) in a trade already held: the club does not keep applications for a taken trade.
 * `previous` is the partner as it is now (null at creation). An ended partner never conflicts.
 */
export function assertTradeFree(db: SyncDb, settings: ClubSettings, partnerId: number | null, next: TradePosition, previous: TradePosition | null): void {
  if (next.trade === null || next.status === 'ended' || !ruleApplies(settings, next.category)) return;
  const holder = tradeHolder(db, settings, next.trade, partnerId);
  if (!holder) return;
  const entering =
    previous === null || previous.trade !== next.trade || previous.status === 'ended' || !ruleApplies(settings, previous.category);
  if (!HOLDING.includes(next.status) && !entering) return;
  const trade = TRADES[next.trade];
  const message =
    `${trade.the} est déjà ${trade.feminine ? 'confiée' : 'confié'} à ${holder.name} (partenaire ${PARTNER_STATUS_LABELS[holder.status as PartnerStatus]}) : ` +
    'un seul partenaire par corps de métier. Mettez fin à son partenariat avant d’en accepter un autre.';
  throw new AppError('CONFLICT', message, [{ path: 'trade', message }]);
}

/**
 * A new rule must hold for the partners already there: turning it on, or extending it to another category, is refused
 * while two partners of the categories concerned hold the same trade.
 */
export function assertRuleHolds(db: SyncDb, settings: ClubSettings): void {
  if (!settings.exclusivityEnabled || settings.exclusiveCategories.length === 0) return;
  const holders = db.all(
    db.q
      .selectFrom('club_partner')
      .select(['name', 'trade'])
      .where('trade', 'is not', null)
      .where('status', 'in', HOLDING)
      .where('category', 'in', settings.exclusiveCategories)
      .orderBy('trade')
      .orderBy('name'),
  );
  for (const trade of new Set(holders.map((holder) => holder.trade as Trade))) {
    const names = holders.filter((holder) => holder.trade === trade).map((holder) => holder.name);
    if (names.length < 2) continue;
    throw new AppError(
      'CONFLICT',
      `${TRADES[trade].the} est ${TRADES[trade].feminine ? 'confiée' : 'confié'} à plusieurs partenaires (${names.join(', ')}) : ` +
        'mettez fin à leurs partenariats sauf un avant d’appliquer la règle « un partenaire par corps de métier » à ces catégories.',
    );
  }
}
