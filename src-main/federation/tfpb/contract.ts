export const tfpbContract = {};
