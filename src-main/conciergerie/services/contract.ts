/** Methods of the conciergerie's services (module 'conciergerie'). */
export const servicesContract = {};
