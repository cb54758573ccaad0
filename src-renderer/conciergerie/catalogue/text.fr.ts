/** French strings of the conciergerie's catalogue screens (i18n key "catalogue"). */
export const catalogueFr = {
  title: 'Catalogue',
};
