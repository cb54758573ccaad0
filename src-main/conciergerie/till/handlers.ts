import type { Handlers } from '../../core/dispatch.ts';
import type { tillContract } from './contract.ts';

export const tillHandlers: Handlers<typeof tillContract> = {};
