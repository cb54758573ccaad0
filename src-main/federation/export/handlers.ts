import type { Handlers } from '../../core/dispatch.ts';
import type { exportContract } from './contract.ts';

export const exportHandlers: Handlers<typeof exportContract> = {};
