import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AppDeps } from '../app-deps.js'
import { audit } from '../audit/audit.js'
import { authorizeCaseworker, requireVisibleCustomer } from '../customers/customer-access.js'
import { conflict, notFound } from '../http/problem.js'
import {
  newParticipation,
  participation,
  participationUpdate,
} from '../shared/api/cases.schemas.js'
import { LocalDate } from '../shared/time/local-date.js'
import { closedCaseBreach, failOn, participationBreaches } from './casework.js'
import {
  caseCustomer,
  findParticipation,
  insertParticipation,
  lockCaseCustomer,
  participationsOf,
  toParticipation,
  updateParticipation,
} from './casework.queries.js'
import { participationList, recordId } from './casework.schemas.js'

// Parts 3 and 4: taking part in multilingual civic orientation (L194) and in
// integration training (L220). A participation is recorded when it starts
// (or is about to), and ended or interrupted later.

const parse = (text: string | null | undefined) =>
  text === null || text === undefined ? undefined : LocalDate.parse(text)

export function participationRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/customers/:id/participations',
      {
        schema: {
          tags: ['case work'],
          summary: 'Record a participation in civic orientation or integration training',
          params: recordId,
          body: newParticipation,
          response: { 201: participation },
        },
      },
      async (request, reply) => {
        const body = request.body
        const user = authorizeCaseworker(request)
        const now = deps.clock.now()
        const created = await deps.database.db.transaction().execute(async (tx) => {
          await requireVisibleCustomer(tx, user, request.params.id)
          const customer = await lockCaseCustomer(tx, request.params.id)
          const interrupted = body.interrupted ?? false
          failOn([
            ...participationBreaches(
              {
                startedOn: LocalDate.parse(body.startedOn),
                endedOn: parse(body.endedOn),
                interrupted,
                interruptionReason: body.interruptionReason,
              },
              { today: deps.clock.today(), birthDate: LocalDate.parse(customer.birthDate) },
            ),
            ...closedCaseBreach(customer.closedOn),
          ])
          const row = await insertParticipation(
            tx,
            {
              customer_id: customer.id,
              service: body.service,
              started_on: body.startedOn,
              ended_on: body.endedOn ?? null,
              language: body.language ?? null,
              provider: body.provider ?? null,
              interrupted,
              interruption_reason: body.interruptionReason ?? null,
              created_by: user.id,
            },
            now,
          )
          await audit(
            tx,
            { actor: user, at: now, requestId: request.id },
            {
              customerId: customer.id,
              action: 'participation.create',
              access: 'write',
              details: { participationId: row.id, fields: Object.keys(body) },
            },
          )
          return toParticipation(row)
        })
        return reply.code(201).send(created)
      },
    )

    app.patch(
      '/api/v1/participations/:id',
      {
        schema: {
          tags: ['case work'],
          summary: 'End or interrupt a participation, or correct it',
          params: recordId,
          body: participationUpdate,
          response: { 200: participation },
        },
      },
      async (request) => {
        const { version, ...body } = request.body
        const user = authorizeCaseworker(request)
        const now = deps.clock.now()
        return deps.database.db.transaction().execute(async (tx) => {
          const existing = await findParticipation(tx, request.params.id)
          if (!existing) throw notFound('No such participation, or it is not visible to you.')
          await requireVisibleCustomer(tx, user, existing.customer_id)
          const customer = await caseCustomer(tx, existing.customer_id)
          const endedOn = body.endedOn === undefined ? existing.ended_on : body.endedOn
          const interrupted = body.interrupted ?? existing.interrupted
          // Taking back an interruption takes its reason with it, unless one is given.
          const interruptionReason =
            body.interruptionReason !== undefined
              ? body.interruptionReason
              : interrupted
                ? existing.interruption_reason
                : null
          failOn([
            ...participationBreaches(
              {
                startedOn: LocalDate.parse(existing.started_on),
                endedOn: parse(endedOn),
                interrupted,
                interruptionReason: interruptionReason ?? undefined,
              },
              { today: deps.clock.today(), birthDate: LocalDate.parse(customer.birthDate) },
            ),
            ...closedCaseBreach(customer.closedOn),
          ])
          const row = await updateParticipation(
            tx,
            existing.id,
            version,
            {
              ended_on: endedOn,
              language: body.language ?? existing.language,
              provider: body.provider ?? existing.provider,
              interrupted,
              interruption_reason: interruptionReason,
            },
            now,
          )
          if (!row) {
            throw conflict(
              `The participation was changed by someone else (now version ${existing.version}); reload it and make the change again.`,
            )
          }
          await audit(
            tx,
            { actor: user, at: now, requestId: request.id },
            {
              customerId: row.customer_id,
              action: 'participation.update',
              access: 'write',
              details: { participationId: row.id, fields: Object.keys(body) },
            },
          )
          return toParticipation(row)
        })
      },
    )

    app.get(
      '/api/v1/customers/:id/participations',
      {
        schema: {
          tags: ['case work'],
          summary: "The customer's participations, latest start first",
          params: recordId,
          response: { 200: participationList },
        },
      },
      async (request) => {
        const user = authorizeCaseworker(request)
        return deps.database.db.transaction().execute(async (tx) => {
          const customer = await requireVisibleCustomer(tx, user, request.params.id)
          const rows = await participationsOf(tx, customer.id)
          await audit(
            tx,
            { actor: user, at: deps.clock.now(), requestId: request.id },
            {
              customerId: customer.id,
              action: 'participation.list',
              access: 'read',
              details: { participationIds: rows.map((r) => r.id) },
            },
          )
          return { items: rows.map(toParticipation) }
        })
      },
    )
  }
}
