import type { Handlers } from '../../core/dispatch.ts';
import type { membersContract } from './contract.ts';

export const membersHandlers: Handlers<typeof membersContract> = {};
