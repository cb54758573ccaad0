/** Why a person is anonymised: a closed list, so that the audit log can say why without any free text. */
export const ERASE_REASONS = ['request', 'retention', 'other'] as const;
export type EraseReason = (typeof ERASE_REASONS)[number];

/** The audit action per reason: the log says why, never who (its target is the person's id). */
export const ERASE_ACTIONS: Record<EraseReason, string> = {
  request: 'anonymisation : demande de la personne',
  retention: 'anonymisation : durée de conservation échue',
  other: 'anonymisation : autre motif',
};
