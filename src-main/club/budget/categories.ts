/* The categories of the club's receipts and expenses book. Shared with the renderer: no Node imports here. */

export const BUDGET_DIRECTIONS = ['receipt', 'expense'] as const;
export type BudgetDirection = (typeof BUDGET_DIRECTIONS)[number];

type Direction = readonly BudgetDirection[];
const RECEIPT: Direction = ['receipt'];
const EXPENSE: Direction = ['expense'];
const BOTH: Direction = ['receipt', 'expense'];

/**
 * partner_fees is only ever the partners' fee payments, read from the fee calls (commercial income, kept apart from
 * the members' fees): it cannot be typed by hand.
 */
export const BUDGET_CATEGORIES = {
  partner_fees: { label: 'Cotisations des partenaires', directions: RECEIPT },
  member_fees: { label: 'Cotisations des adhérents', directions: RECEIPT },
  grants: { label: 'Subventions', directions: RECEIPT },
  donations: { label: 'Dons', directions: RECEIPT },
  events: { label: 'Manifestations et sorties', directions: BOTH },
  supplies: { label: 'Fournitures', directions: EXPENSE },
  communication: { label: 'Communication et impressions', directions: EXPENSE },
  insurance: { label: 'Assurance', directions: EXPENSE },
  bank_fees: { label: 'Frais bancaires', directions: EXPENSE },
  travel: { label: 'Déplacements', directions: EXPENSE },
  other: { label: 'Divers', directions: BOTH },
} as const;

export type BudgetCategory = keyof typeof BUDGET_CATEGORIES;
export const BUDGET_CATEGORY_CODES = Object.keys(BUDGET_CATEGORIES) as BudgetCategory[];
/** What may be typed by hand. */
export const MANUAL_CATEGORIES = BUDGET_CATEGORY_CODES.filter((code) => code !== 'partner_fees') as [BudgetCategory, ...BudgetCategory[]];
