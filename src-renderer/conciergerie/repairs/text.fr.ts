/** French strings of the conciergerie's repairs screens (i18n key "repairs"). */
export const repairsFr = {
  title: 'Réparations',
};
