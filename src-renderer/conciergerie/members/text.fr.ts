/** French strings of the conciergerie's members screens (i18n key "members"). */
export const membersFr = {
  title: 'Adhérents',
};
