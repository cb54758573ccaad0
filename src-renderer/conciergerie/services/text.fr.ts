/** French strings of the conciergerie's services screens (i18n key "services"). */
export const servicesFr = {
  title: 'Services',
};
