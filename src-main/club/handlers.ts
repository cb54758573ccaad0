import type { Handlers } from '../core/dispatch.ts';
import type { clubContract } from './contract.ts';

export const clubHandlers: Handlers<typeof clubContract> = {};
