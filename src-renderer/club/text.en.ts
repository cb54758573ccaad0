import type { clubFr } from './text.fr.ts';

export const clubEn: typeof clubFr = {
  title: 'Tenants’ club',
};
