import type { tfpbFr } from './text.fr.ts';

export const tfpbEn: typeof tfpbFr = {};
