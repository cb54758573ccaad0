/** A repair ticket's life: open → in_progress → done (back on the shelf) | scrapped (copy retired). Shared with the renderer. */
export const REPAIR_STATUSES = ['open', 'in_progress', 'done', 'scrapped'] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];

export const REPAIR_STATUS_LABELS: Record<RepairStatus, string> = {
  open: 'Ouvert',
  in_progress: 'En cours',
  done: 'Réparé',
  scrapped: 'Mis au rebut',
};

/** The statuses a ticket may move to from each one (staying put is always allowed, to edit its details). */
export const NEXT_REPAIR_STATUSES: Record<RepairStatus, readonly RepairStatus[]> = {
  open: ['in_progress', 'done', 'scrapped'],
  in_progress: ['done', 'scrapped'],
  done: [],
  scrapped: [],
};

export const isClosed = (status: RepairStatus) => status === 'done' || status === 'scrapped';
