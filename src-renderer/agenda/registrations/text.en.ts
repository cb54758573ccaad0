import type { registrationsFr } from './text.fr.ts';

export const registrationsEn: typeof registrationsFr = {};
