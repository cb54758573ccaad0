import type { tillFr } from './text.fr.ts';

export const tillEn: typeof tillFr = {
  title: 'Till',
};
