import type { Handlers } from '../../core/dispatch.ts';
import type { eventsContract } from './contract.ts';

export const eventsHandlers: Handlers<typeof eventsContract> = {};
