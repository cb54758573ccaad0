/** French strings of the conciergerie's till screens (i18n key "till"). */
export const tillFr = {
  title: 'Caisse',
};
