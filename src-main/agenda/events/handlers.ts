import type { Handlers } from '../../core/dispatch.ts';
import type { eventsContract } from './contract.ts';
import { eventHandlers } from './events.ts';
import { publishingHandlers } from './publishing.ts';
import { roomsHandlers } from './rooms.ts';
import { seriesHandlers } from './series.ts';

export const eventsHandlers: Handlers<typeof eventsContract> = {
  ...roomsHandlers,
  ...eventHandlers,
  ...seriesHandlers,
  ...publishingHandlers,
};
