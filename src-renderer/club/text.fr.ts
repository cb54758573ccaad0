/** French strings of the tenants' club screens (i18n key "club"). */
export const clubFr = {
  title: 'Club des locataires',
};
