import { residences } from './0001_residences.ts';
import { staff } from './0002_staff.ts';
import { settings } from './0003_settings.ts';
import { households } from './0004_households.ts';
import { peopleSort } from './0005_people_sort.ts';
import { dwellingLift } from './0006_dwelling_lift.ts';
import { conciergerie } from './0007_conciergerie.ts';
import { club } from './0008_club.ts';
import { agenda } from './0009_agenda.ts';
import { federation } from './0010_federation.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Every migration, in the order it is applied. An explicit list (not a folder scan) survives bundling.
 * Never edit an applied migration: its checksum is stored and checked at every start.
 */
export const migrations: readonly Migration[] = [residences, staff, settings, households, peopleSort, dwellingLift, conciergerie, club, agenda, federation];
