/*
 * The catalogue's fixed vocabularies and their French labels (messages, printed documents). Shared with the
 * renderer: no Node imports here.
 */

/** object: tools and appliances; book; game (ludothèque); kit: copies lent together (e.g. drill + bits + glasses). */
export const ITEM_KINDS = ['object', 'book', 'game', 'kit'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ITEM_KIND_LABELS: Record<ItemKind, string> = { object: 'Objet', book: 'Livre', game: 'Jeu', kit: 'Kit' };

export const COPY_CONDITIONS = ['new', 'good', 'worn', 'damaged'] as const;
export type CopyCondition = (typeof COPY_CONDITIONS)[number];

export const COPY_CONDITION_LABELS: Record<CopyCondition, string> = { new: 'Neuf', good: 'Bon état', worn: 'Usé', damaged: 'Abîmé' };

/** Kept in step by loans and holds (on_loan, reserved), repairs (in_repair) and the catalogue (retired). */
export const COPY_STATUSES = ['available', 'on_loan', 'reserved', 'in_repair', 'retired'] as const;
export type CopyStatus = (typeof COPY_STATUSES)[number];

export const COPY_STATUS_LABELS: Record<CopyStatus, string> = {
  available: 'Disponible',
  on_loan: 'En prêt',
  reserved: 'Réservé',
  in_repair: 'En réparation',
  retired: 'Retiré',
};
