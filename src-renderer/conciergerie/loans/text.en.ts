import type { loansFr } from './text.fr.ts';

export const loansEn: typeof loansFr = {
  title: 'Loans',
};
