/** Methods of the conciergerie's catalogue (module 'conciergerie'). */
export const catalogueContract = {};
