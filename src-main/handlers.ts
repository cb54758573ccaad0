import type { Handlers } from './core/dispatch.ts';
import type { AppContract } from './contract.ts';
import { residencesHandlers } from './residences/handlers.ts';
import { systemHandlers } from './system/handlers.ts';

export const handlers: Handlers<AppContract> = {
  ...systemHandlers,
  ...residencesHandlers,
};
