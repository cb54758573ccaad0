/** Methods of the conciergerie's holds (module 'conciergerie'). */
export const holdsContract = {};
