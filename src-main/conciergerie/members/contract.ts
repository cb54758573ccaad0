/** Methods of the conciergerie's members (module 'conciergerie'). */
export const membersContract = {};
