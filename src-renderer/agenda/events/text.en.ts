import type { eventsFr } from './text.fr.ts';

export const eventsEn: typeof eventsFr = {};
