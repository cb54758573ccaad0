/** French strings of the conciergerie's holds screens (i18n key "holds"). */
export const holdsFr = {
  title: 'Réservations',
};
