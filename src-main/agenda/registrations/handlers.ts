import type { Handlers } from '../../core/dispatch.ts';
import type { registrationsContract } from './contract.ts';

export const registrationsHandlers: Handlers<typeof registrationsContract> = {};
