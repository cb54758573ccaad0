/** Methods of the conciergerie's repairs (module 'conciergerie'). */
export const repairsContract = {};
