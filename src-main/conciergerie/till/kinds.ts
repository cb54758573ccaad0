/** How a payment was made, and what it pays for (French labels for receipts, messages and exports). */
export const PAYMENT_METHODS = ['cash', 'card', 'cheque', 'transfer'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  cash: 'Espèces',
  card: 'Carte bancaire',
  cheque: 'Chèque',
  transfer: 'Virement',
};

export const PAYMENT_PURPOSES = ['membership', 'late_fee', 'service', 'deposit', 'deposit_return', 'event', 'other'] as const;
export type PaymentPurpose = (typeof PAYMENT_PURPOSES)[number];

export const PAYMENT_PURPOSE_LABELS: Record<PaymentPurpose, string> = {
  membership: 'Adhésion',
  late_fee: 'Pénalités et frais',
  service: 'Services',
  deposit: 'Caution',
  deposit_return: 'Restitution de caution',
  event: 'Événement',
  other: 'Autre',
};
