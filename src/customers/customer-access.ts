import type { FastifyRequest } from 'fastify'
import type { ExpressionBuilder } from 'kysely'
import { authorize } from '../auth/auth.js'
import type { Queryable } from '../db/database.js'
import type { DB } from '../db/schema.js'
import { notFound } from '../http/problem.js'
import type { User } from '../users/users.js'

// Who may see a customer's data (issue 4, "Responsibility and access"):
// counsellors of an organisation that serves the customer, no one else.
// The organisations serving a customer are `customer.responsible_organisations`;
// a multisectoral assessment adds the wellbeing county, so the case is shared
// with it. Front-desk staff and managers see no customer records; admins
// manage users and read the audit log, not case files (least privilege).
// A customer the caller may not see is answered as unknown (404), so the
// answer does not reveal that the person is a customer.

export const CASE_ROLES = ['counselor'] as const

/** The signed-in caseworker, or 401/403. */
export function authorizeCaseworker(request: FastifyRequest): User {
  return authorize(request, CASE_ROLES)
}

/** A Kysely filter: customers the user's organisation serves. Use on `customer` rows. */
export function servedBy(user: User) {
  return (eb: ExpressionBuilder<DB, 'customer'>) =>
    eb(eb.ref('customer.responsible_organisations'), '@>', eb.val([user.org]))
}

/**
 * Loads the customer's access facts, or throws 404 when the customer does not
 * exist or the user's organisation does not serve them. Call it inside the
 * handler's transaction, before reading or changing anything of the customer.
 */
export async function requireVisibleCustomer(db: Queryable, user: User, customerId: string) {
  const row = await db
    .selectFrom('customer')
    .select(['id', 'responsible_organisations', 'closed_on', 'version'])
    .where('id', '=', customerId)
    .where(servedBy(user))
    .executeTakeFirst()
  if (!row) throw notFound('No such customer, or your organisation does not serve them.')
  return row
}
