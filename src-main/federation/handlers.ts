import type { Handlers } from '../core/dispatch.ts';
import type { federationContract } from './contract.ts';
import { exportHandlers } from './export/handlers.ts';
import { outboxHandlers } from './outbox/handlers.ts';
import { tfpbHandlers } from './tfpb/handlers.ts';

export const federationHandlers: Handlers<typeof federationContract> = {
  ...exportHandlers,
  ...outboxHandlers,
  ...tfpbHandlers,
};
