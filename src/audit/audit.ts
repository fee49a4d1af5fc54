import type { Queryable } from '../db/database.js'
import type { User } from '../users/users.js'

// The audit log: who read or changed which customer's data, when and how.
// Every route that touches a customer's data calls `audit` inside the same
// transaction as its work (STYLE.md rule 3), so there is no change without
// its entry and no entry for a change that was rolled back.

export type Access = 'read' | 'write'

export interface AuditEntry {
  customerId: string | null
  /** What was done, as `<record>.<verb>`: 'customer.read', 'plan.create'. */
  action: string
  access: Access
  /** Record ids and field names; never the values of personal data. */
  details?: Record<string, unknown>
}

export interface AuditContext {
  actor: User
  at: Date
  requestId?: string
}

export async function audit(
  db: Queryable,
  context: AuditContext,
  entry: AuditEntry,
): Promise<void> {
  await auditMany(db, context, [entry])
}

/** Many entries in one statement: a list of customers read at once (search, work queue). */
export async function auditMany(
  db: Queryable,
  context: AuditContext,
  entries: readonly AuditEntry[],
): Promise<void> {
  // 11 parameters a row: 5,000 rows stay well under PostgreSQL's 65,535.
  for (let start = 0; start < entries.length; start += 5_000) {
    await db
      .insertInto('audit_log')
      .values(
        entries.slice(start, start + 5_000).map((entry) => ({
          at: context.at,
          actor_user_id: context.actor.id,
          actor_email: context.actor.email,
          actor_name: context.actor.name,
          actor_organisation_id: context.actor.org,
          actor_role: context.actor.role,
          customer_id: entry.customerId,
          action: entry.action,
          access: entry.access,
          details: JSON.stringify(entry.details ?? {}),
          request_id: context.requestId ?? null,
        })),
      )
      .execute()
  }
}
