import type { outboxFr } from './text.fr.ts';

export const outboxEn: typeof outboxFr = {};
