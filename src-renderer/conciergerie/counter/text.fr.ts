/** French strings of the conciergerie's counter screens (i18n key "counter"). */
export const counterFr = {
  title: 'Comptoir',
};
