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

export interface Schema {
  residence: ResidenceTable;
  dwelling: DwellingTable;
  schema_migration: SchemaMigrationTable;
  staff_user: StaffUserTable;
  role_right: RoleRightTable;
  audit_log: AuditLogTable;
  app_setting: AppSettingTable;
}

export type DwellingRow = Selectable<DwellingTable>;
