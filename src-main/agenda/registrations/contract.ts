export const registrationsContract = {};
