import type { Handlers } from '../../core/dispatch.ts';
import type { tfpbContract } from './contract.ts';

export const tfpbHandlers: Handlers<typeof tfpbContract> = {};
