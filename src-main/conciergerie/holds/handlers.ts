import type { Handlers } from '../../core/dispatch.ts';
import type { holdsContract } from './contract.ts';

export const holdsHandlers: Handlers<typeof holdsContract> = {};
