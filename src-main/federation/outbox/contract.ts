export const outboxContract = {};
