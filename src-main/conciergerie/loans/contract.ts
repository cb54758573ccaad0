/** Methods of the conciergerie's loans (module 'conciergerie'). */
export const loansContract = {};
