import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AppDeps } from '../app-deps.js'
import { authorize } from '../auth/auth.js'
import { audit } from './audit.js'
import { auditEntriesForCustomer } from './audit.queries.js'
import { auditPage, auditQuery } from './audit.schemas.js'

export function auditRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/audit',
      {
        schema: {
          tags: ['audit'],
          summary: "Who read or changed a customer's data (admins)",
          querystring: auditQuery,
          response: { 200: auditPage },
        },
      },
      async (request) => {
        const { customerId, before, limit } = request.query
        const actor = authorize(request, ['admin'])
        return deps.database.db.transaction().execute(async (tx) => {
          const { rows, more } = await auditEntriesForCustomer(tx, customerId, before, limit)
          // Reading who saw a customer's data is itself a read of it.
          await audit(
            tx,
            { actor, at: deps.clock.now(), requestId: request.id },
            { customerId, action: 'audit.read', access: 'read', details: { entries: rows.length } },
          )
          return {
            items: rows.map((r) => ({
              id: r.id,
              at: r.at.toISOString(),
              user: {
                email: r.actor_email,
                name: r.actor_name,
                org: r.actor_organisation_id,
                role: r.actor_role,
              },
              customerId: r.customer_id!,
              action: r.action,
              access: r.access,
              details: r.details,
            })),
            next: more ? (rows.at(-1)?.id ?? null) : null,
          }
        })
      },
    )
  }
}
