import type { exportFr } from './text.fr.ts';

export const exportEn: typeof exportFr = {};
