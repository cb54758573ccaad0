import { foldText } from '../shared/text.ts';
import {
  type ExchangeNeed,
  type ExchangeReason,
  floorLabel,
  isOverOccupied,
  isUnderOccupied,
  NEED_LABELS,
  peopleLabel,
  roomsNeeded,
  roomsOf,
} from './rules.ts';

/** A household with an active wish, living in a dwelling of the office's stock. */
export interface Candidate {
  wishId: number;
  householdId: number;
  householdName: string;
  reason: ExchangeReason;
  wantedTypology: string | null;
  needs: ExchangeNeed[];
  people: number;
  home: { dwellingId: number; typology: string; floor: number; hasLift: boolean | null; residenceId: number; residenceName: string; city: string };
}

interface Match {
  /** The household that has too much room (or says so). */
  under: Candidate;
  /** The household that lacks room (or says so). */
  over: Candidate;
  /** "Foyer Martin (T4, 1 personne) ↔ Foyer Diallo (T2, 5 personnes)". */
  summary: string;
  /** Why it fits, in French, one sentence per rule. */
  reasons: string[];
}

const householdLabel = (name: string) => (/^foyer\b/i.test(name) ? name : `Foyer ${name}`);

const side = (c: Candidate) => `${householdLabel(c.householdName)} (${c.home.typology}, ${peopleLabel(c.people)})`;

/** Under-occupied side: more rooms than people + 1, or the household says its dwelling is too big. */
const offersRoom = (c: Candidate) => c.reason === 'too_big' || isUnderOccupied(roomsOf(c.home.typology), c.people);
/** Over-occupied side: fewer rooms than needed, or the household says its dwelling is too small. */
const needsRoom = (c: Candidate) => c.reason === 'too_small' || isOverOccupied(roomsOf(c.home.typology), c.people);

/**
 * Whether `home` (the other household's dwelling) suits `c`; the reasons why, or null when it does not.
 * Size: the typology wished for if one was given, else a dwelling neither over- nor under-occupied by `c`.
 * Access: for an unsuitable dwelling (stairs) or a 'lift' need, ground floor or a known lift; 'ground_floor': ground
 * floor only (a lift not recorded counts as none). Place: same residence or same town when asked.
 */
function suits(home: Candidate['home'], c: Candidate): string[] | null {
  const rooms = roomsOf(home.typology);
  const reasons: string[] = [];
  const who = householdLabel(c.householdName);
  if (c.wantedTypology) {
    if (home.typology !== c.wantedTypology) return null;
    reasons.push(`${who} : ${c.wantedTypology} souhaité, le logement proposé est un ${home.typology}.`);
  } else {
    if (rooms < roomsNeeded(c.people) || isUnderOccupied(rooms, c.people)) return null;
    reasons.push(`${who} (${peopleLabel(c.people)}) : un ${home.typology} lui convient.`);
  }
  const stepFree = c.reason === 'unsuitable' || c.needs.includes('lift');
  if (c.needs.includes('ground_floor')) {
    if (home.floor > 0) return null;
    reasons.push(`${who} : ${NEED_LABELS.ground_floor} demandé, le logement est ${floorLabel(home.floor)}.`);
  } else if (stepFree) {
    if (home.floor > 0 && home.hasLift !== true) return null;
    reasons.push(`${who} : sans escaliers, le logement est ${floorLabel(home.floor)}${home.floor > 0 ? ' avec ascenseur' : ''}.`);
  }
  if (c.needs.includes('same_residence')) {
    if (home.residenceId !== c.home.residenceId) return null;
    reasons.push(`${who} : reste dans la résidence ${c.home.residenceName}, comme souhaité.`);
  } else if (c.needs.includes('same_city')) {
    if (foldText(home.city) !== foldText(c.home.city)) return null;
    reasons.push(`${who} : reste à ${c.home.city}, comme souhaité.`);
  }
  return reasons;
}

/**
 * Possible swaps within the office's own stock: an under-occupied household with an over-occupied one, both with an
 * active wish, each dwelling suiting the other household. Best first: the largest difference in rooms, then by name.
 */
export function findMatches(candidates: readonly Candidate[]): Match[] {
  const matches: Match[] = [];
  for (const under of candidates.filter(offersRoom)) {
    for (const over of candidates.filter(needsRoom)) {
      if (under.householdId === over.householdId || under.home.dwellingId === over.home.dwellingId) continue;
      // The one with too much room moves to the smaller dwelling, the other to the larger one.
      if (roomsOf(under.home.typology) <= roomsOf(over.home.typology)) continue;
      const forOver = suits(under.home, over);
      const forUnder = forOver && suits(over.home, under);
      if (!forOver || !forUnder) continue;
      matches.push({ under, over, summary: `${side(under)} ↔ ${side(over)}`, reasons: [...forOver, ...forUnder] });
    }
  }
  const gain = (m: Match) => roomsOf(m.under.home.typology) - roomsOf(m.over.home.typology);
  return matches.sort((a, b) => gain(b) - gain(a) || a.summary.localeCompare(b.summary, 'fr'));
}
