export const registrationsFr = {};
