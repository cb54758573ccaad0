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

// ——— Conciergerie (migration 7) ———

export interface ItemCategoryTable {
  id: Generated<number>;
  kind: string;
  name: string;
  archived_at: string | null;
  created_at: string;
}

export interface ItemTable {
  id: Generated<number>;
  kind: string;
  category_id: number | null;
  title: string;
  author: string;
  isbn: string | null;
  description: string;
  conditions: string;
  replacement_value_cents: number;
  deposit_cents: number;
  loan_days: number | null;
  search_text: string;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ItemPhotoTable {
  item_id: number;
  mime: string;
  bytes: Uint8Array;
  updated_at: string;
}

export interface CopyTable {
  id: Generated<number>;
  item_id: number;
  barcode: string;
  condition: string;
  status: string;
  notes: string;
  acquired_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface KitPartTable {
  kit_copy_id: number;
  part_copy_id: number;
}

export interface RepairTable {
  id: Generated<number>;
  copy_id: number;
  status: string;
  problem: string;
  repairer: string;
  cost_cents: number;
  notes: string;
  opened_on: string;
  closed_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface MembershipTypeTable {
  id: Generated<number>;
  name: string;
  price_cents: number;
  period_unit: string;
  period_count: number;
  scope: string;
  max_loans: number;
  description: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface MemberTable {
  id: Generated<number>;
  person_id: number;
  number: string;
  joined_on: string;
  created_at: string;
  updated_at: string;
}

export interface MembershipTable {
  id: Generated<number>;
  type_id: number;
  member_id: number;
  household_id: number | null;
  starts_on: string;
  ends_on: string;
  periods: number;
  price_cents: number;
  payment_id: number | null;
  created_at: string;
}

export interface MemberFlagTable {
  id: Generated<number>;
  member_id: number;
  reason: string;
  created_by: number | null;
  created_at: string;
  cleared_by: number | null;
  cleared_at: string | null;
}

export interface MemberAccountEntryTable {
  id: Generated<number>;
  member_id: number;
  kind: string;
  amount_cents: number;
  label: string;
  loan_id: number | null;
  payment_id: number | null;
  created_by: number | null;
  created_at: string;
}

export interface LoanTable {
  id: Generated<number>;
  copy_id: number;
  member_id: number;
  lent_on: string;
  due_on: string;
  returned_on: string | null;
  renewals: number;
  condition_out: string;
  condition_in: string | null;
  return_note: string;
  deposit_cents: number;
  deposit_payment_id: number | null;
  deposit_refund_id: number | null;
  late_fee_cents: number;
  backdated: number;
  lent_by: number | null;
  returned_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface LoanReminderTable {
  id: Generated<number>;
  member_id: number;
  level: number;
  /** JSON array of loan ids. */
  loan_ids: string;
  sent_on: string;
  created_by: number | null;
  created_at: string;
}

export interface HoldTable {
  id: Generated<number>;
  item_id: number;
  member_id: number;
  wanted_from: string | null;
  wanted_until: string | null;
  status: string;
  copy_id: number | null;
  ready_on: string | null;
  notified_on: string | null;
  closed_on: string | null;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface ServiceTable {
  id: Generated<number>;
  kind: string;
  label: string;
  unit: string;
  price_cents: number;
  archived_at: string | null;
  tfpb_axis: number | null;
  created_at: string;
  updated_at: string;
}

export interface ServiceOrderTable {
  id: Generated<number>;
  number: string;
  kind: string;
  member_id: number | null;
  customer_name: string;
  status: string;
  due_on: string;
  total_cents: number;
  payment_id: number | null;
  notes: string;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ServiceOrderLineTable {
  id: Generated<number>;
  order_id: number;
  service_id: number;
  label: string;
  quantity: number;
  unit_price_cents: number;
}

export interface TillSessionTable {
  id: Generated<number>;
  opened_at: string;
  opened_by: number | null;
  opening_cash_cents: number;
  closed_at: string | null;
  closed_by: number | null;
  counted_cash_cents: number | null;
  expected_cash_cents: number | null;
  note: string;
}

export interface PaymentTable {
  id: Generated<number>;
  receipt_number: string;
  session_id: number;
  member_id: number | null;
  method: string;
  purpose: string;
  amount_cents: number;
  label: string;
  refund_of: number | null;
  paid_at: string;
  created_by: number | null;
}

// ——— Tenants' club (migration 8) ———

export interface ClubPartnerTable {
  id: Generated<number>;
  name: string;
  siret: string;
  naf_code: string | null;
  category: string;
  trade: string | null;
  contact_name: string;
  phone: string | null;
  email: string | null;
  address_line: string;
  postcode: string;
  city: string;
  agreement_start_on: string | null;
  agreement_end_on: string | null;
  status: string;
  notes: string;
  search_text: string;
  created_at: string;
  updated_at: string;
}

export interface ClubPartnerStatusTable {
  id: Generated<number>;
  partner_id: number;
  status: string;
  changed_on: string;
  reason: string;
  automatic: number;
  fee_call_id: number | null;
  created_by: number | null;
  created_at: string;
}

export interface ClubFeeCallTable {
  id: Generated<number>;
  partner_id: number;
  year: number;
  amount_cents: number;
  called_on: string;
  cancelled_on: string | null;
  cancel_reason: string;
  created_by: number | null;
  created_at: string;
}

export interface ClubFeePaymentTable {
  id: Generated<number>;
  fee_call_id: number;
  paid_on: string;
  amount_cents: number;
  method: string;
  reference: string;
  created_by: number | null;
  created_at: string;
}

export interface ClubFeeReminderTable {
  id: Generated<number>;
  fee_call_id: number;
  level: number;
  sent_on: string;
  created_by: number | null;
  created_at: string;
}

export interface ClubOfferTable {
  id: Generated<number>;
  partner_id: number;
  title: string;
  kind: string;
  value: number;
  usual_price_cents: number | null;
  benefit: string;
  default_saving_cents: number;
  conditions: string;
  valid_from: string;
  valid_until: string | null;
  target: string;
  created_at: string;
  updated_at: string;
}

export interface ClubOfferResidenceTable {
  offer_id: number;
  residence_id: number;
}

export interface ClubContractTable {
  id: Generated<number>;
  household_id: number;
  offer_id: number;
  kind: string;
  signed_by_person_id: number | null;
  signed_on: string;
  ends_on: string | null;
  saving_cents: number;
  reference: string;
  notes: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface ClubBudgetEntryTable {
  id: Generated<number>;
  entry_on: string;
  direction: string;
  category: string;
  label: string;
  amount_cents: number;
  reference: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface AgendaRoomTable {
  id: Generated<number>;
  name: string;
  kind: string;
  residence_id: number | null;
  capacity: number | null;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgendaSeriesTable {
  id: Generated<number>;
  frequency: string;
  interval_count: number;
  weekday: number;
  month_week: number | null;
  starts_on: string;
  until_on: string;
  exdates: string;
  created_at: string;
  updated_at: string;
}

export interface AgendaEventTable {
  id: Generated<number>;
  uid: string;
  series_id: number | null;
  detached: number;
  title: string;
  category: string;
  tfpb_axis: number | null;
  description: string;
  qpv_code: string | null;
  room_id: number | null;
  place_label: string;
  starts_at: string;
  ends_at: string;
  organiser: string;
  partners: string;
  audience: string;
  capacity: number | null;
  price_cents: number;
  status: string;
  cancel_reason: string;
  search_text: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface AgendaEventResidenceTable {
  event_id: number;
  residence_id: number;
}

export interface AgendaRegistrationTable {
  id: Generated<number>;
  event_id: number;
  person_id: number | null;
  household_id: number | null;
  guest_name: string | null;
  guest_phone: string | null;
  seats: number;
  status: string;
  registered_at: string;
  promoted_at: string | null;
  cancelled_at: string | null;
  attended_at: string | null;
  attendance_source: string | null;
  payment_id: number | null;
  notes: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface FederationExportTable {
  id: Generated<number>;
  period_from: string;
  period_to: string;
  schema_version: string;
  threshold: number;
  files: string;
  idempotency_key: string;
  status: string;
  endpoint_url: string | null;
  attempts: number;
  next_attempt_at: string | null;
  sent_at: string | null;
  last_error: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

export interface FederationAttemptTable {
  id: Generated<number>;
  export_id: number;
  attempted_at: string;
  outcome: string;
  http_status: number | null;
  message: string;
}

export interface TfpbActionTable {
  id: Generated<number>;
  year: number;
  qpv_code: string;
  axis: number;
  sub_action: string;
  label: string;
  status: string;
  dwellings: number | null;
  cost_cents: number;
  claimed_cents: number;
  cofunders: string;
  sessions: number;
  participants: number;
  households: number;
  partners: string;
  result_indicator: string;
  documents: string;
  source: string;
  source_key: string | null;
  created_by: number | null;
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
  item_category: ItemCategoryTable;
  item: ItemTable;
  item_photo: ItemPhotoTable;
  copy: CopyTable;
  kit_part: KitPartTable;
  repair: RepairTable;
  membership_type: MembershipTypeTable;
  member: MemberTable;
  membership: MembershipTable;
  member_flag: MemberFlagTable;
  member_account_entry: MemberAccountEntryTable;
  loan: LoanTable;
  loan_reminder: LoanReminderTable;
  hold: HoldTable;
  service: ServiceTable;
  service_order: ServiceOrderTable;
  service_order_line: ServiceOrderLineTable;
  till_session: TillSessionTable;
  payment: PaymentTable;
  club_partner: ClubPartnerTable;
  club_partner_status: ClubPartnerStatusTable;
  club_fee_call: ClubFeeCallTable;
  club_fee_payment: ClubFeePaymentTable;
  club_fee_reminder: ClubFeeReminderTable;
  club_offer: ClubOfferTable;
  club_offer_residence: ClubOfferResidenceTable;
  club_contract: ClubContractTable;
  club_budget_entry: ClubBudgetEntryTable;
  agenda_room: AgendaRoomTable;
  agenda_series: AgendaSeriesTable;
  agenda_event: AgendaEventTable;
  agenda_event_residence: AgendaEventResidenceTable;
  agenda_registration: AgendaRegistrationTable;
  federation_export: FederationExportTable;
  federation_attempt: FederationAttemptTable;
  tfpb_action: TfpbActionTable;
}

export type DwellingRow = Selectable<DwellingTable>;
