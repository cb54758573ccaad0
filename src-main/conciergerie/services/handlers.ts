import type { Handlers } from '../../core/dispatch.ts';
import type { servicesContract } from './contract.ts';

export const servicesHandlers: Handlers<typeof servicesContract> = {};
