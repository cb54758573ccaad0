import type { SyncDb } from '../../db/query.ts';
import type { Random } from './random.ts';

/** TFPB actions of the past year entered by hand in the QPV residences. */
export function fillDemoTfpb(_db: SyncDb, _now: string, _random: Random): void {}
