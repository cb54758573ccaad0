/** Methods of the tenants' club (module 'club'). */
export const clubContract = {};
