import type { Handlers } from '../../core/dispatch.ts';
import type { catalogueContract } from './contract.ts';

export const catalogueHandlers: Handlers<typeof catalogueContract> = {};
