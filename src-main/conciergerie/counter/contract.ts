/** Methods of the conciergerie's counter (module 'conciergerie'). */
export const counterContract = {};
