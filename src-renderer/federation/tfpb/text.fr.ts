export const tfpbFr = {};
