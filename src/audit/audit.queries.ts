import type { Queryable } from '../db/database.js'

export async function auditEntriesForCustomer(
  db: Queryable,
  customerId: string,
  beforeId: number | undefined,
  limit: number,
) {
  let query = db
    .selectFrom('audit_log')
    .select([
      'id',
      'at',
      'actor_email',
      'actor_name',
      'actor_organisation_id',
      'actor_role',
      'customer_id',
      'action',
      'access',
      'details',
    ])
    .where('customer_id', '=', customerId)
    .orderBy('id', 'desc')
    .limit(limit + 1)
  if (beforeId !== undefined) query = query.where('id', '<', beforeId)
  const rows = await query.execute()
  return { rows: rows.slice(0, limit), more: rows.length > limit }
}
