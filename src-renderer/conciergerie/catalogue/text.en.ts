import type { catalogueFr } from './text.fr.ts';

export const catalogueEn: typeof catalogueFr = {
  title: 'Catalogue',
};
