import type { Generated, Selectable } from 'kysely';

/** Row types of the SQLite database, as Kysely sees them. Dates are ISO strings; money is integer cents. */

export interface ResidenceTable {
  id: Generated<number>;
  name: string;
  address: string;
  postcode: string;
  city: string;
  insee_code: string | null;
  qpv_code: string | null;
  qpv_checked_on: string | null;
  qpv_source: string | null;
  year_built: number | null;
  notes: string;
  search_text: string;
  sort_name: string;
  sort_city: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DwellingTable {
  id: Generated<number>;
  residence_id: number;
  internal_id: string;
  rpls_id: string | null;
  typology: string;
  floor: number;
  surface_m2: number | null;
  building: string;
  entrance: string;
  door: string;
  /** 1 lift, 0 no lift, null not known (migration 6). */
  has_lift: number | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SchemaMigrationTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: string;
}

export interface StaffUserTable {
  id: Generated<number>;
  login: string;
  display_name: string;
  role: string;
  password_hash: string;
  disabled_at: string | null;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface RoleRightTable {
  role: string;
  module: string;
  level: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: number | null;
  user_login: string;
  action: string;
  method: string;
  module: string;
  target: string | null;
}

export interface AppSettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface HouseholdTable {
  id: Generated<number>;
  name: string;
  external_id: string | null;
  is_tenant: number;
  address_line: string;
  postcode: string;
  city: string;
  notes: string;
  accepts_mail: number;
  last_contact_on: string | null;
  erased_at: string | null;
  created_at: string;
  updated_at: string;
  /** Folded name for sorting (0005), kept by refreshPersonSearch. */
  sort_name: Generated<string>;
}

export interface OccupancyTable {
  id: Generated<number>;
  household_id: number;
  dwelling_id: number;
  entered_on: string;
  left_on: string | null;
  created_at: string;
}

export interface PersonTable {
  id: Generated<number>;
  household_id: number;
  external_id: string | null;
  civility: string;
  family_name: string;
  usage_name: string;
  first_name: string;
  birth_date: string | null;
  phone: string | null;
  email: string | null;
  role: string;
  /** JSON array of language names. */
  languages: string;
  notes: string;
  erased_at: string | null;
  created_at: string;
  updated_at: string;
  /** Folded "usage or family name, first name" for sorting (0005), kept by refreshPersonSearch. */
  sort_name: Generated<string>;
}

/** FTS5 table, rowid = person id: one row per person, rewritten whenever the person, household or dwelling changes. */
export interface PersonSearchTable {
  /** Always the person's id: FTS5 finds a row by rowid at once, while person_id (UNINDEXED) means a full scan. */
  rowid?: number;
  person_id: number;
  household_id: number;
  names: string;
  contact: string;
  place: string;
}

export interface SkillTable {
  id: Generated<number>;
  person_id: number;
  direction: string;
  category: string;
  label: string;
  availability: string;
  created_at: string;
}

export interface FollowupTable {
  id: Generated<number>;
  person_id: number;
  reason: string;
  consent_on: string;
  consent_scope: string;
  consent_proof: string;
  keep_after_end: number;
  contact_every_days: number;
  heatwave_register: number;
  started_on: string;
  ended_on: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
}

export interface FollowupContactTable {
  id: Generated<number>;
  followup_id: number;
  contacted_on: string;
  kind: string;
  reached: number;
  by_user_id: number | null;
  notes: string;
  created_at: string;
}

export interface ExchangeWishTable {
  id: Generated<number>;
  household_id: number;
  reason: string;
  wanted_typology: string | null;
  needs: string;
  notes: string;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface Schema {
  residence: ResidenceTable;
  dwelling: DwellingTable;
  schema_migration: SchemaMigrationTable;
  staff_user: StaffUserTable;
  role_right: RoleRightTable;
  audit_log: AuditLogTable;
  app_setting: AppSettingTable;
  household: HouseholdTable;
  occupancy: OccupancyTable;
  person: PersonTable;
  person_search: PersonSearchTable;
  skill: SkillTable;
  followup: FollowupTable;
  followup_contact: FollowupContactTable;
  exchange_wish: ExchangeWishTable;
}

export type DwellingRow = Selectable<DwellingTable>;
