import type { Handlers } from '../../core/dispatch.ts';
import type { counterContract } from './contract.ts';

export const counterHandlers: Handlers<typeof counterContract> = {};
