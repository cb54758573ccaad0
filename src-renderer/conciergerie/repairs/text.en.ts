import type { repairsFr } from './text.fr.ts';

export const repairsEn: typeof repairsFr = {
  title: 'Repairs',
};
