import type { servicesFr } from './text.fr.ts';

export const servicesEn: typeof servicesFr = {
  title: 'Services',
};
