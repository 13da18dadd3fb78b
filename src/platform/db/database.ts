import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** A jsonb column: read as the parsed value, written as a JSON string (drivers turn JS arrays into SQL arrays). */
export type Json<T> = ColumnType<T, string, string>;

export interface OrganizationsTable {
  id: string;
  name: string;
  slug: string;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: string;
  organization_id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  supplier_id: string | null;
  disabled: Generated<boolean>;
  created_at: Generated<Date>;
  last_sign_in_at: Date | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  organization_id: string;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Date;
}

export interface ApiKeysTable {
  id: string;
  organization_id: string;
  name: string;
  role: string;
  prefix: string;
  secret_hash: string;
  created_by: string;
  created_at: Generated<Date>;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  email: string;
  ip: string;
  succeeded: boolean;
  at: Generated<Date>;
}

export interface AuditHeadsTable {
  organization_id: string;
  last_seq: number;
  last_hash: string;
}

export interface AuditLogTable {
  organization_id: string;
  seq: number;
  at: Date;
  actor_type: string;
  actor_id: string;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  prev_hash: string;
  hash: string;
}

export interface SupplierAddressJson {
  line1: string | null;
  line2: string | null;
  city: string | null;
  postalCode: string | null;
  region: string | null;
}

export interface SupplierContactJson {
  name: string | null;
  email: string | null;
  phone: string | null;
  role: string | null;
}

export interface SuppliersTable {
  id: string;
  organization_id: string;
  legal_name: string;
  other_names: Json<string[]>;
  country: string;
  registration_number: string | null;
  registration_type: string | null;
  address: Json<SupplierAddressJson>;
  contacts: Json<SupplierContactJson[]>;
  product_categories: Json<string[]>;
  status: string;
  tags: Json<string[]>;
  search_text: string;
  created_at: Date;
  updated_at: Date;
  version: Generated<number>;
  status_reason: Generated<string | null>;
  /** The import and the file row a supplier came from (migration 2026-11-22-03); null when made by hand. */
  import_id: Generated<string | null>;
  import_row: Generated<number | null>;
}

export interface SupplierImportsTable {
  id: string;
  organization_id: string;
  created_by: string;
  file_name: string;
  format: string;
  content: Uint8Array;
  /** How content is stored: gzip since migration 2026-11-22-03; identity before. */
  content_encoding: Generated<'identity' | 'gzip'>;
  total_rows: number;
  status: string;
  created: number | null;
  skipped: number | null;
  error: Json<{ code: string; message: string }> | null;
  created_at: Generated<Date>;
  completed_at: Date | null;
}

export interface ListVersionsTable {
  id: string;
  source: string;
  label: string;
  imported_at: Generated<Date>;
  imported_by: string;
  files: Json<{ name: string; sha256: string; bytes: number }[]>;
  entity_count: number;
  added: number;
  changed: number;
  removed: number;
  previous_id: string | null;
  is_current: Generated<boolean>;
}

export interface ListEntitiesTable {
  source: string;
  entity_id: string;
  content_hash: string;
  schema: string;
  caption: string;
  content: Json<unknown>;
}

export interface ListVersionEntitiesTable {
  version_id: string;
  entity_id: string;
  content_hash: string;
}

export interface ListVersionChangesTable {
  version_id: string;
  entity_id: string;
  change: 'added' | 'changed' | 'removed';
}

export interface ScreeningMatchesTable {
  id: string;
  organization_id: string;
  party_type: string;
  party_id: string;
  party_hash: string;
  source: string;
  entity_id: string;
  entity_hash: string;
  list_version_id: string;
  score: number;
  explanation: Json<unknown>;
  status: 'open' | 'true_match' | 'false_positive' | 'delisted' | 'cleared';
  decided_by: string | null;
  decided_at: Date | null;
  reason: string | null;
  created_at: Date;
  updated_at: Date;
  party_label: Generated<string>;
  entity_caption: Generated<string>;
  previous_decision: Json<PreviousDecisionJson> | null;
  note: string | null;
}

export interface PreviousDecisionJson {
  status: 'true_match' | 'false_positive';
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
  partyHash: string;
  entityHash: string;
}

export interface JobsTable {
  id: string;
  organization_id: string | null;
  kind: string;
  payload: Json<unknown>;
  status: 'queued' | 'running' | 'done' | 'failed';
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_after: Generated<Date>;
  locked_until: Date | null;
  progress: Json<unknown> | null;
  result: Json<unknown> | null;
  error: string | null;
  created_at: Generated<Date>;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface ScreeningRunsTable {
  id: string;
  organization_id: string;
  party_type: string;
  party_id: string;
  trigger: 'created' | 'updated' | 'imported' | 'list_update' | 'manual';
  list_versions: Json<string[]>;
  matches: number;
  ran_at: Date;
}

export interface ProductsTable {
  id: string;
  organization_id: string;
  sku: string;
  name: string;
  category_text: Generated<string>;
  category_id: string | null;
  hs_code: string | null;
  brand: string | null;
  third_party_brand: boolean | null;
  materials: Generated<string[]>;
  ingredients: Generated<string[]>;
  specifications: Generated<string>;
  supplier_id: string | null;
  origin: string | null;
  target_markets: Generated<string[]>;
  certifications: Generated<string[]>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ProductIncidentsTable {
  id: string;
  organization_id: string;
  product_id: string | null;
  category_id: string | null;
  market: string;
  kind: string;
  occurred_on: ColumnType<string, string, string>;
  note: Generated<string>;
  created_at: Generated<Date>;
}

export interface RulePackVersionsTable {
  id: string;
  digest: string;
  rule_count: number;
  rules: Json<Record<string, { version: number; hash: string; effectiveFrom: string }[]>>;
  changes: Json<unknown>;
  previous_id: string | null;
  created_at: Generated<Date>;
}

export interface RegulationSubscriptionsTable {
  id: string;
  organization_id: string;
  user_id: string;
  markets: Generated<string[]>;
  topics: Generated<string[]>;
  categories: Generated<string[]>;
  email: Generated<boolean>;
  webhook_url: string | null;
  webhook_secret: string | null;
  created_at: Generated<Date>;
  deleted_at: Date | null;
}

export interface RegulationNotificationsTable {
  id: string;
  organization_id: string;
  subscription_id: string;
  rule_id: string;
  rule_version: number;
  kind: 'published' | 'reminder';
  pack_version_id: Generated<string>;
  effective_from: ColumnType<string, string, string>;
  title: string;
  payload: Json<unknown>;
  email_status: Generated<string>;
  webhook_status: Generated<string>;
  read_at: Date | null;
  created_at: Generated<Date>;
}

export interface SubstanceListVersionsTable {
  id: string;
  list: string;
  file_name: string;
  sha256: string;
  entry_count: number;
  added: number;
  changed: number;
  removed: number;
  imported_by: string;
  imported_at: Generated<Date>;
  is_current: Generated<boolean>;
}

export interface SubstanceListEntriesTable {
  version_id: string;
  position: number;
  reference: string;
  content_hash: string;
  content: Json<unknown>;
}

export interface SubstanceListChangesTable {
  version_id: string;
  reference: string;
  change: 'added' | 'changed' | 'removed';
}

export interface Database {
  organizations: OrganizationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_keys: ApiKeysTable;
  login_attempts: LoginAttemptsTable;
  audit_heads: AuditHeadsTable;
  audit_log: AuditLogTable;
  suppliers: SuppliersTable;
  supplier_imports: SupplierImportsTable;
  list_versions: ListVersionsTable;
  list_entities: ListEntitiesTable;
  list_version_entities: ListVersionEntitiesTable;
  list_version_changes: ListVersionChangesTable;
  screening_matches: ScreeningMatchesTable;
  screening_runs: ScreeningRunsTable;
  jobs: JobsTable;
  products: ProductsTable;
  product_incidents: ProductIncidentsTable;
  rule_pack_versions: RulePackVersionsTable;
  regulation_subscriptions: RegulationSubscriptionsTable;
  regulation_notifications: RegulationNotificationsTable;
  substance_list_versions: SubstanceListVersionsTable;
  substance_list_entries: SubstanceListEntriesTable;
  substance_list_changes: SubstanceListChangesTable;
}

export type UserRow = Selectable<UsersTable>;
export type SupplierRow = Selectable<SuppliersTable>;
export type NewSupplierRow = Insertable<SuppliersTable>;
