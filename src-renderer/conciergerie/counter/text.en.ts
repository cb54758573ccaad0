import type { counterFr } from './text.fr.ts';

export const counterEn: typeof counterFr = {
  title: 'Counter',
};
