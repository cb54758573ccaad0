import type { Handlers } from '../../core/dispatch.ts';
import type { repairsContract } from './contract.ts';

export const repairsHandlers: Handlers<typeof repairsContract> = {};
