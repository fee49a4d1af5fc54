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
  version: number
  name: string
  applied_at: Timestamp
}

export interface DB {
  organisation: OrganisationTable
  app_user: AppUserTable
  user_session: UserSessionTable
  api_token: ApiTokenTable
  sign_in_failure: SignInFailureTable
  audit_log: AuditLogTable
  schema_migration: SchemaMigrationTable
}
