import type { ColumnType, Generated } from 'kysely'

// Kysely's view of the tables in migrations/. Keep in step with the SQL.

type Timestamp = ColumnType<Date, Date | string, Date | string>
/** A calendar date: read and written as 'YYYY-MM-DD' text (parsers keep it a string). */
export type DateColumn = ColumnType<string, string, string>

export interface OrganisationTable {
  id: string
  name_sv: string
  name_fi: string
  name_en: string
}

export interface AppUserTable {
  id: string
  email: string
  name: string
  organisation_id: string
  role: string
  password_hash: string | null
  disabled_at: Timestamp | null
  created_at: Timestamp
  updated_at: Timestamp
}

export interface UserSessionTable {
  id_hash: string
  user_id: string
  created_at: Timestamp
  last_seen_at: Timestamp
  expires_at: Timestamp
}

export interface ApiTokenTable {
  id: string
  token_hash: string
  user_id: string
  created_at: Timestamp
  expires_at: Timestamp | null
  revoked_at: Timestamp | null
  last_used_at: Timestamp | null
}

export interface SignInFailureTable {
  id: Generated<number>
  throttle_key: string
  failed_at: Timestamp
}

export interface AuditLogTable {
  id: Generated<number>
  at: Timestamp
  actor_user_id: string | null
  actor_email: string
  actor_name: string
  actor_organisation_id: string
  actor_role: string
  customer_id: string | null
  action: string
  access: 'read' | 'write'
  details: ColumnType<Record<string, unknown>, string | undefined, string>
  request_id: string | null
}

export interface SchemaMigrationTable {
  version: Generated<number>
  name: string
  applied_at: Timestamp
}

type Json<T> = ColumnType<T, string, string>

export interface CustomerTable {
  id: string
  first_name: string
  last_name: string
  birth_date: DateColumn
  personal_identity_code: string | null
  municipality: string
  job_seeker_status: string
  categories: string[]
  needs_coordination: boolean
  languages: Json<Array<{ code: string; native?: boolean }>>
  arrived_on: DateColumn | null
  residence_permit_on: DateColumn | null
  phone: string | null
  email: string | null
  address: string | null
  interpreter_needed: boolean
  interpreter_language: string | null
  responsible_organisations: string[]
  responsibility_reason: string | null
  closed_on: DateColumn | null
  closure_reason: string | null
  created_at: Timestamp
  updated_at: Timestamp
  version: Generated<number>
}

export interface FamilyLinkTable {
  customer_id: string
  relative_id: string
  relation: string
}

export interface AssessmentTable {
  id: string
  customer_id: string
  kind: 'standard' | 'multisectoral'
  completed_on: DateColumn
  organisations: string[]
  content: Json<Record<string, unknown>>
  needs_plan: boolean | null
  needs_integration_training: boolean | null
  created_by: string
  created_at: Timestamp
  updated_at: Timestamp
  version: Generated<number>
}

export interface PlanTable {
  id: string
  customer_id: string
  assessment_id: string
  plan_type: string
  starts_on: DateColumn
  valid_until: DateColumn
  next_review_due: DateColumn
  primary_goal: 'employment' | 'education'
  long_term_goals: string
  period_goals: string
  services: Json<Record<string, string[] | undefined>>
  organisations: string[]
  obligations_acknowledged_on: DateColumn | null
  ended_on: DateColumn | null
  created_by: string
  created_at: Timestamp
  updated_at: Timestamp
  version: Generated<number>
}

export interface PlanReviewTable {
  id: string
  plan_id: string
  reviewed_on: DateColumn
  reason: string
  notes: string
  created_by: string
  created_at: Timestamp
}

export interface ParticipationTable {
  id: string
  customer_id: string
  service: 'civic-orientation' | 'integration-training'
  started_on: DateColumn
  ended_on: DateColumn | null
  language: string | null
  provider: string | null
  interrupted: boolean
  interruption_reason: string | null
  created_by: string
  created_at: Timestamp
  updated_at: Timestamp
  version: Generated<number>
}

export interface LanguageTestTable {
  id: string
  customer_id: string
  taken_on: DateColumn
  language: 'sv' | 'fi'
  results: Json<Record<string, string>>
  lowest_level: string
  reached_target: boolean
  created_by: string
  created_at: Timestamp
}

export interface VisitTable {
  id: string
  at: Timestamp
  visit_date: DateColumn
  location: string
  language: string
  interpreter_language: string | null
  topics: string[]
  referred_to: string[]
  recorded_by: string
  recorded_at: Timestamp
  updated_at: Timestamp
  version: Generated<number>
}

export interface DirectoryEntryTable {
  id: string
  kind: string
  municipalities: string[]
  info_point: string | null
  names: Json<Record<string, string>>
  descriptions: Json<Record<string, string>>
  website: string | null
  email: string | null
  phone: string | null
  address: Json<{ street: string; postalCode?: string; city: string; entrance?: string }> | null
  languages: string[]
  opening_hours: Json<Record<string, unknown>> | null
  valid_from: DateColumn | null
  valid_until: DateColumn | null
  retired_at: Timestamp | null
  created_at: Timestamp
  updated_at: Timestamp
  version: Generated<number>
}

export interface DirectoryChangeTable {
  id: Generated<number>
  entry_id: string
  changed_at: Timestamp
  changed_by: string | null
  change: 'create' | 'update' | 'retire' | 'restore' | 'import'
  fields: string[]
  snapshot: Json<Record<string, unknown>>
}

export interface DB {
  visit: VisitTable
  directory_entry: DirectoryEntryTable
  directory_change: DirectoryChangeTable
  customer: CustomerTable
  family_link: FamilyLinkTable
  assessment: AssessmentTable
  plan: PlanTable
  plan_review: PlanReviewTable
  participation: ParticipationTable
  language_test: LanguageTestTable
  organisation: OrganisationTable
  app_user: AppUserTable
  user_session: UserSessionTable
  api_token: ApiTokenTable
  sign_in_failure: SignInFailureTable
  audit_log: AuditLogTable
  schema_migration: SchemaMigrationTable
}
