export const exportContract = {};
