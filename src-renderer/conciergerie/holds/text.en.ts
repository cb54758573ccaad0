import type { holdsFr } from './text.fr.ts';

export const holdsEn: typeof holdsFr = {
  title: 'Holds',
};
