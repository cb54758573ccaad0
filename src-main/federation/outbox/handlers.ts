import type { Handlers } from '../../core/dispatch.ts';
import type { outboxContract } from './contract.ts';

export const outboxHandlers: Handlers<typeof outboxContract> = {};
