export const eventsFr = {};
