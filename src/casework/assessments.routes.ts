import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AppDeps } from '../app-deps.js'
import { audit } from '../audit/audit.js'
import { authorizeCaseworker, requireVisibleCustomer } from '../customers/customer-access.js'
import { shareWithOrganisations } from '../customers/customers.queries.js'
import { notFound } from '../http/problem.js'
import { assessment, newAssessment } from '../shared/api/cases.schemas.js'
import { LocalDate } from '../shared/time/local-date.js'
import {
  assessmentOrganisations,
  closedCaseBreach,
  happenedOnBreaches,
  organisationsToShareWith,
  valueOrFail,
} from './casework.js'
import {
  assessmentsOf,
  findAssessment,
  insertAssessment,
  lockCaseCustomer,
  toAssessment,
} from './casework.queries.js'
import { assessmentList, recordId } from './casework.schemas.js'

// Part 1: «Bedömning eller sektorövergripande bedömning av kompetens och
// behov av integrationstjänster» (L141). A plan can only follow one (L177).

export function assessmentRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/customers/:id/assessments',
      {
        schema: {
          tags: ['case work'],
          summary: 'Record a completed assessment (part 1)',
          params: recordId,
          body: newAssessment,
          response: { 201: assessment },
        },
      },
      async (request, reply) => {
        const body = request.body
        const user = authorizeCaseworker(request)
        const today = deps.clock.today()
        const now = deps.clock.now()
        const created = await deps.database.db.transaction().execute(async (tx) => {
          await requireVisibleCustomer(tx, user, request.params.id)
          const customer = await lockCaseCustomer(tx, request.params.id)
          const organisations = valueOrFail(
            assessmentOrganisations(body.kind, body.organisations, user.org),
            [
              ...happenedOnBreaches('completedOn', LocalDate.parse(body.completedOn), {
                today,
                birthDate: LocalDate.parse(customer.birthDate),
              }),
              ...closedCaseBreach(customer.closedOn),
            ],
          )
          const row = await insertAssessment(tx, {
            customerId: customer.id,
            kind: body.kind,
            completedOn: body.completedOn,
            organisations,
            content: body.content ?? {},
            needsPlan: body.needsPlan ?? null,
            needsIntegrationTraining: body.needsIntegrationTraining ?? null,
            createdBy: user.id,
            now,
          })
          // L149, L155: the multisectoral assessment brings the wellbeing county into the case.
          const shareWith = organisationsToShareWith(body.kind, customer.responsibleOrganisations)
          await shareWithOrganisations(tx, customer.id, shareWith, now)
          await audit(
            tx,
            { actor: user, at: now, requestId: request.id },
            {
              customerId: customer.id,
              action: 'assessment.create',
              access: 'write',
              details: {
                assessmentId: row.id,
                fields: Object.keys(body),
                ...(shareWith.length > 0
                  ? { customerFields: ['responsibleOrganisations'], sharedWith: shareWith }
                  : {}),
              },
            },
          )
          return toAssessment(row)
        })
        return reply.code(201).send(created)
      },
    )

    app.get(
      '/api/v1/assessments/:id',
      {
        schema: {
          tags: ['case work'],
          summary: 'One assessment',
          params: recordId,
          response: { 200: assessment },
        },
      },
      async (request) => {
        const user = authorizeCaseworker(request)
        return deps.database.db.transaction().execute(async (tx) => {
          const row = await findAssessment(tx, request.params.id)
          if (!row) throw notFound('No such assessment, or it is not visible to you.')
          await requireVisibleCustomer(tx, user, row.customer_id)
          await audit(
            tx,
            { actor: user, at: deps.clock.now(), requestId: request.id },
            {
              customerId: row.customer_id,
              action: 'assessment.read',
              access: 'read',
              details: { assessmentId: row.id },
            },
          )
          return toAssessment(row)
        })
      },
    )

    app.get(
      '/api/v1/customers/:id/assessments',
      {
        schema: {
          tags: ['case work'],
          summary: "The customer's assessments, latest first",
          params: recordId,
          response: { 200: assessmentList },
        },
      },
      async (request) => {
        const user = authorizeCaseworker(request)
        return deps.database.db.transaction().execute(async (tx) => {
          const customer = await requireVisibleCustomer(tx, user, request.params.id)
          const rows = await assessmentsOf(tx, customer.id)
          await audit(
            tx,
            { actor: user, at: deps.clock.now(), requestId: request.id },
            {
              customerId: customer.id,
              action: 'assessment.list',
              access: 'read',
              details: { assessmentIds: rows.map((r) => r.id) },
            },
          )
          return { items: rows.map(toAssessment) }
        })
      },
    )
  }
}
