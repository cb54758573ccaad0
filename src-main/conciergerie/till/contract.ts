/** Methods of the conciergerie's till (module 'conciergerie'). */
export const tillContract = {};
