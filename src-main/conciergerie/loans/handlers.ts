import type { Handlers } from '../../core/dispatch.ts';
import type { loansContract } from './contract.ts';

export const loansHandlers: Handlers<typeof loansContract> = {};
