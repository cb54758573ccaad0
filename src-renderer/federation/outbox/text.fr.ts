export const outboxFr = {};
