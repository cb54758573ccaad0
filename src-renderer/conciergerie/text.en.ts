import type { conciergerieFr } from './text.fr.ts';

export const conciergerieEn: typeof conciergerieFr = {
  title: 'Conciergerie',
  forbidden: 'Your role gives no access to the conciergerie.',
  sections: 'Conciergerie screens',
  tabs: {
    counter: 'Counter',
    catalogue: 'Catalogue',
    members: 'Members',
    loans: 'Loans and overdue',
    holds: 'Holds',
    repairs: 'Repairs',
    services: 'Services',
    till: 'Till',
  },
};
