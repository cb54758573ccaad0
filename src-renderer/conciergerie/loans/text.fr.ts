/** French strings of the conciergerie's loans screens (i18n key "loans"). */
export const loansFr = {
  title: 'Prêts',
};
