/** French strings of the conciergerie's frame (i18n key "conciergerie"): the refusal and the tabs of its screens. */
export const conciergerieFr = {
  title: 'Conciergerie',
  forbidden: 'Votre rôle ne donne pas accès à la conciergerie.',
  sections: 'Écrans de la conciergerie',
  tabs: {
    counter: 'Comptoir',
    catalogue: 'Catalogue',
    members: 'Adhérents',
    loans: 'Prêts et retards',
    holds: 'Réservations',
    repairs: 'Réparations',
    services: 'Services',
    till: 'Caisse',
  },
};
