import type { membersFr } from './text.fr.ts';

export const membersEn: typeof membersFr = {
  title: 'Members',
};
