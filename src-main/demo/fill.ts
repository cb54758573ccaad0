import type { HandlerContext } from '../core/context.ts';
import { dwellingColumns, residenceColumns } from '../residences/repository.ts';
import { fillDemoAgendaEvents } from './agenda-events.ts';
import { fillDemoAgendaRegistrations } from './agenda-registrations.ts';
import { fillDemoCatalogue } from './catalogue.ts';
import { fillDemoClub } from './club.ts';
import { fillDemoCommunity } from './community.ts';
import { fillDemoHouseholds } from './households.ts';
import { fillDemoLoans } from './loans.ts';
import { fillDemoMembers } from './members.ts';
import { seededRandom } from './random.ts';
import { DEMO_RESIDENCES, demoDwellings, demoResidenceFields } from './residences.ts';
import { fillDemoTfpb } from './tfpb.ts';

/** Fills an empty office with realistic demo data. Runs inside the caller's transaction. */
export function fillDemoData({ db, nowIso }: HandlerContext): { residences: number; dwellings: number } {
  const random = seededRandom(2024);
  const now = nowIso();
  let dwellingTotal = 0;
  DEMO_RESIDENCES.forEach((residence, index) => {
    const { id } = db.get(
      db.q.insertInto('residence').values({ ...residenceColumns(demoResidenceFields(residence)), created_at: now, updated_at: now }).returning('id'),
    )!;
    for (const dwelling of demoDwellings(residence, index, random)) {
      db.run(db.q.insertInto('dwelling').values({ ...dwellingColumns(dwelling), residence_id: id, created_at: now, updated_at: now }));
      dwellingTotal++;
    }
  });
  // Households and people, with their own seed so that adding residences elsewhere does not reshuffle them.
  fillDemoHouseholds(db, now, seededRandom(2025));
  fillDemoCommunity(db, now, seededRandom(2026));
  // The counter: the catalogue and the members first, then the loans and holds between them.
  fillDemoCatalogue(db, now, seededRandom(2027));
  fillDemoMembers(db, now, seededRandom(2028));
  fillDemoLoans(db, now, seededRandom(2029));
  fillDemoClub(db, now, seededRandom(2030));
  // The agenda's season (events, then who registered and came), and the TFPB actions entered by hand.
  fillDemoAgendaEvents(db, now, seededRandom(2031));
  fillDemoAgendaRegistrations(db, now, seededRandom(2032));
  fillDemoTfpb(db, now, seededRandom(2033));
  return { residences: DEMO_RESIDENCES.length, dwellings: dwellingTotal };
}
