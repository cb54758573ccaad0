import type { SyncDb } from '../../db/query.ts';
import type { Level, ModuleName, Rights } from '../auth/rights.ts';

/**
 * Personal-data rights are shared by every module that holds something about a person. Each module registers one
 * participant here (from its own files, at import time) and says, for one person: what it holds (export sections),
 * which audit entries concern them, how to anonymise it, and whether it keeps the person active (retention).
 * The privacy core (export, erasure, purge) only walks this registry: a module added later plugs in without
 * editing it.
 */

/** A value of the export: JSON-safe; dates are ISO strings. Objects and lists nest (a follow-up and its contacts). */
export type ExportValue = string | number | boolean | null | ExportValue[] | ExportRecord;
export interface ExportRecord {
  [key: string]: ExportValue;
}

export interface PrivacySection {
  /** The section's key in the JSON file: French, camelCase, no accents (e.g. "competences"). */
  key: string;
  /** Its heading in the readable file (e.g. "Compétences"). */
  title: string;
  /** One record (identity), or a list of records (history, skills…). */
  content: ExportRecord | ExportRecord[];
  /** A sentence shown under the heading: what it is, where it comes from. */
  note?: string;
  /** French labels of this section's keys for the readable file, when the shared ones are not enough. */
  labels?: Record<string, string>;
}

/** The person an export, an erasure or a retention check is about. */
export interface PrivacySubject {
  personId: number;
  householdId: number;
}

export interface SectionContext {
  db: SyncDb;
  subject: PrivacySubject;
  /** The caller's rights: a participant whose module the caller cannot read is left out of the export. */
  rights: Rights;
}

/** Audit entries left by `methodPrefix…` methods (but `except`) whose target is one of `targets` concern the person. */
export interface AuditLink {
  methodPrefix: string;
  targets: readonly (number | string)[];
  /** Methods of that prefix whose target is another kind of id (a household's, where the others name a record). */
  except?: readonly string[];
}

export interface EraseContext {
  db: SyncDb;
  subject: PrivacySubject;
  /** ISO date-time of the erasure. */
  now: string;
}

/** What a module knows of a person's activity, for the retention rule. */
export interface RetentionFact {
  /** Latest date (AAAA-MM-JJ) of an activity that counts as a contact: the person is kept this long after it. */
  lastActivityOn?: string | null;
  /** What that activity was: a code for the screens' translations, and its French label. */
  activity?: { code: string; label: string };
  /** A French reason that keeps the person out of any purge while it lasts (an open loan, an active membership…). */
  keptBecause?: string | null;
}

export interface PrivacyParticipant {
  /** Unique key of the participant, e.g. "households" or "conciergerie.loans". */
  key: string;
  /** The module whose rights govern its export sections. */
  module: ModuleName;
  /** The level the caller needs on `module` to see its sections (read by default). */
  level?: Level;
  /** A sentence for the export when the caller's role cannot see this participant's sections. */
  withheldNote?: string;
  /** A restricted record (social follow-up): an export that includes it is written to the audit log as its read. */
  restricted?: boolean;
  sections?(ctx: SectionContext): PrivacySection[];
  auditLinks?(ctx: SectionContext): AuditLink[];
  /** Removes or anonymises what the module holds on the person (inside the erasure's transaction). */
  erasePerson?(ctx: EraseContext): void;
  /** Anonymises what the module holds on the household once its last member is erased. */
  eraseHousehold?(ctx: EraseContext): void;
  /** Facts about these people (only the ones it knows something about), on `today` (AAAA-MM-JJ). Called with 1 to 500 ids, never none. */
  retention?(db: SyncDb, personIds: readonly number[], today: string): Map<number, RetentionFact>;
}

const participants = new Map<string, PrivacyParticipant>();

/** Registers (or replaces, on a hot reload) a module's participant. Order of registration = order in the export. */
export function registerPrivacyParticipant(participant: PrivacyParticipant): void {
  participants.set(participant.key, participant);
}

export function privacyParticipants(): PrivacyParticipant[] {
  return [...participants.values()];
}
