import type { SyncDb } from '../../db/query.ts';
import type { Random } from './random.ts';

/** Registrations, waiting lists and attendance on the demo season's events. */
export function fillDemoAgendaRegistrations(_db: SyncDb, _now: string, _random: Random): void {}
