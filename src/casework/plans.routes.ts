import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AppDeps } from '../app-deps.js'
import { audit } from '../audit/audit.js'
import { authorizeCaseworker, requireVisibleCustomer } from '../customers/customer-access.js'
import { shareWithOrganisations } from '../customers/customers.queries.js'
import { conflict, notFound } from '../http/problem.js'
import { newPlan, newReview, plan, planUpdate } from '../shared/api/cases.schemas.js'
import { route } from '../shared/programme/routing.js'
import { LocalDate } from '../shared/time/local-date.js'
import {
  closedCaseBreach,
  failOn,
  notInFutureBreach,
  routingInputFor,
  valueOrFail,
} from './casework.js'
import {
  caseCustomer,
  findAssessment,
  latestAssessment,
  lockCaseCustomer,
} from './casework.queries.js'
import { planList, recordId, reviewRecorded } from './casework.schemas.js'
import { draftPlan, foreignAssessmentBreach, reviewPlan, succeedPlans } from './plans.js'
import {
  endPlan,
  findPlan,
  insertPlan,
  insertReview,
  lastReviewOn,
  type PlanChanges,
  plansOf,
  plansOverlapping,
  reviewsOf,
  toPlan,
  toPlanReview,
  updatePlan,
} from './plans.queries.js'

// Part 2: «Integrationsplan eller sektorövergripande integrationsplan» (L169),
// drawn up after the assessment (L177), in force at most two years and
// reviewed at least every six months (L190).

const optional = (text: string | undefined) =>
  text === undefined ? undefined : LocalDate.parse(text)

export function planRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/customers/:id/plans',
      {
        schema: {
          tags: ['case work'],
          summary: 'Draw up a plan after an assessment (part 2)',
          params: recordId,
          body: newPlan,
          response: { 201: plan },
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
          const named = body.assessmentId ? await findAssessment(tx, body.assessmentId) : undefined
          if (body.assessmentId && (!named || named.customer_id !== customer.id)) {
            failOn([...closedCaseBreach(customer.closedOn), ...foreignAssessmentBreach()])
          }
          // By default the plan follows the latest assessment made by its start (L177);
          // without one, the latest at all, which then says why the start is too early.
          const assessment =
            named ??
            (await latestAssessment(tx, customer.id, body.startsOn)) ??
            (await latestAssessment(tx, customer.id))
          const startsOn = LocalDate.parse(body.startsOn)
          const routing = route(
            routingInputFor(customer, startsOn, { assessmentCompleted: true }),
            deps.config.programmeSettings,
          ).services['integration-plan']
          const draft = valueOrFail(
            draftPlan({
              request: {
                startsOn,
                validUntil: optional(body.validUntil),
                planType: body.planType,
                organisations: body.organisations,
                obligationsAcknowledgedOn: optional(body.obligationsAcknowledgedOn),
              },
              today,
              birthDate: LocalDate.parse(customer.birthDate),
              assessment: assessment
                ? { completedOn: LocalDate.parse(assessment.completed_on) }
                : undefined,
              routing,
              customerOrganisations: customer.responsibleOrganisations,
            }),
            closedCaseBreach(customer.closedOn),
          )
          const overlapping = await plansOverlapping(tx, customer.id, body.startsOn)
          const endings = valueOrFail(
            succeedPlans(
              overlapping.map((p) => ({ id: p.id, startsOn: LocalDate.parse(p.starts_on) })),
              startsOn,
            ),
          )
          for (const ending of endings) {
            await endPlan(tx, ending.id, ending.endedOn.toString(), now)
          }
          const row = await insertPlan(tx, {
            customerId: customer.id,
            assessmentId: assessment!.id,
            planType: draft.planType,
            startsOn: body.startsOn,
            validUntil: draft.validUntil.toString(),
            nextReviewDue: draft.nextReviewDue.toString(),
            primaryGoal: draft.primaryGoal,
            longTermGoals: body.longTermGoals ?? '',
            periodGoals: body.periodGoals ?? '',
            services: body.services ?? {},
            organisations: draft.organisations,
            obligationsAcknowledgedOn: body.obligationsAcknowledgedOn ?? null,
            createdBy: user.id,
            now,
          })
          // The organisations responsible for the plan must be able to see
          // the customer to follow it up (L190), so the case is shared with them.
          const sharedWith = draft.organisations.filter(
            (org) => !customer.responsibleOrganisations.includes(org),
          )
          await shareWithOrganisations(tx, customer.id, draft.organisations, now)
          await audit(
            tx,
            { actor: user, at: now, requestId: request.id },
            {
              customerId: customer.id,
              action: 'plan.create',
              access: 'write',
              details: {
                planId: row.id,
                assessmentId: row.assessment_id,
                fields: Object.keys(body),
                ...(endings.length > 0 ? { endedPlanIds: endings.map((e) => e.id) } : {}),
                ...(sharedWith.length > 0 ? { sharedWith } : {}),
              },
            },
          )
          return toPlan(row, [])
        })
        return reply.code(201).send(created)
      },
    )

    app.get(
      '/api/v1/plans/:id',
      {
        schema: {
          tags: ['case work'],
          summary: 'One plan with its reviews',
          params: recordId,
          response: { 200: plan },
        },
      },
      async (request) => {
        const user = authorizeCaseworker(request)
        return deps.database.db.transaction().execute(async (tx) => {
          const row = await findPlan(tx, request.params.id)
          if (!row) throw notFound('No such plan, or it is not visible to you.')
          await requireVisibleCustomer(tx, user, row.customer_id)
          const reviews = await reviewsOf(tx, [row.id])
          await audit(
            tx,
            { actor: user, at: deps.clock.now(), requestId: request.id },
            {
              customerId: row.customer_id,
              action: 'plan.read',
              access: 'read',
              details: { planId: row.id },
            },
          )
          return toPlan(row, reviews)
        })
      },
    )

    app.get(
      '/api/v1/customers/:id/plans',
      {
        schema: {
          tags: ['case work'],
          summary: "The customer's plans with their reviews, latest start first",
          params: recordId,
          response: { 200: planList },
        },
      },
      async (request) => {
        const user = authorizeCaseworker(request)
        return deps.database.db.transaction().execute(async (tx) => {
          const customer = await requireVisibleCustomer(tx, user, request.params.id)
          const rows = await plansOf(tx, customer.id)
          const reviews = await reviewsOf(
            tx,
            rows.map((r) => r.id),
          )
          await audit(
            tx,
            { actor: user, at: deps.clock.now(), requestId: request.id },
            {
              customerId: customer.id,
              action: 'plan.list',
              access: 'read',
              details: { planIds: rows.map((r) => r.id) },
            },
          )
          return { items: rows.map((r) => toPlan(r, reviews)) }
        })
      },
    )

    app.patch(
      '/api/v1/plans/:id',
      {
        schema: {
          tags: ['case work'],
          summary: "Change a plan's goals, services, organisations or acknowledgement",
          params: recordId,
          body: planUpdate,
          response: { 200: plan },
        },
      },
      async (request) => {
        const { version, ...body } = request.body
        const user = authorizeCaseworker(request)
        const now = deps.clock.now()
        return deps.database.db.transaction().execute(async (tx) => {
          const existing = await findPlan(tx, request.params.id)
          if (!existing) throw notFound('No such plan, or it is not visible to you.')
          await requireVisibleCustomer(tx, user, existing.customer_id)
          const customer = await caseCustomer(tx, existing.customer_id)
          failOn([
            ...notInFutureBreach(
              'obligationsAcknowledgedOn',
              optional(body.obligationsAcknowledgedOn),
              deps.clock.today(),
            ),
            ...closedCaseBreach(customer.closedOn),
          ])
          const changes: PlanChanges = {
            ...(body.longTermGoals !== undefined ? { long_term_goals: body.longTermGoals } : {}),
            ...(body.periodGoals !== undefined ? { period_goals: body.periodGoals } : {}),
            ...(body.services !== undefined ? { services: JSON.stringify(body.services) } : {}),
            ...(body.organisations !== undefined ? { organisations: body.organisations } : {}),
            ...(body.obligationsAcknowledgedOn !== undefined
              ? { obligations_acknowledged_on: body.obligationsAcknowledgedOn }
              : {}),
          }
          const row = await updatePlan(tx, existing.id, version, changes, now)
          if (!row) throw staleVersion(existing.version)
          if (body.organisations)
            await shareWithOrganisations(tx, row.customer_id, body.organisations, now)
          await audit(
            tx,
            { actor: user, at: now, requestId: request.id },
            {
              customerId: row.customer_id,
              action: 'plan.update',
              access: 'write',
              details: { planId: row.id, fields: Object.keys(body) },
            },
          )
          return toPlan(row, await reviewsOf(tx, [row.id]))
        })
      },
    )

    app.post(
      '/api/v1/plans/:id/reviews',
      {
        schema: {
          tags: ['case work'],
          summary: 'Record a review of the plan (at least every six months, L190)',
          params: recordId,
          body: newReview,
          response: { 201: reviewRecorded },
        },
      },
      async (request, reply) => {
        const body = request.body
        const user = authorizeCaseworker(request)
        const now = deps.clock.now()
        const recorded = await deps.database.db.transaction().execute(async (tx) => {
          // Locked, so two reviews entered at once move the clock one after the other.
          const existing = await findPlan(tx, request.params.id, true)
          if (!existing) throw notFound('No such plan, or it is not visible to you.')
          await requireVisibleCustomer(tx, user, existing.customer_id)
          const customer = await caseCustomer(tx, existing.customer_id)
          const last = await lastReviewOn(tx, existing.id)
          const outcome = valueOrFail(
            reviewPlan(
              {
                startsOn: LocalDate.parse(existing.starts_on),
                validUntil: LocalDate.parse(existing.valid_until),
                endedOn: optional(existing.ended_on ?? undefined),
                lastReviewOn: optional(last),
              },
              LocalDate.parse(body.reviewedOn),
              { today: deps.clock.today(), birthDate: LocalDate.parse(customer.birthDate) },
            ),
            closedCaseBreach(customer.closedOn),
          )
          const review = await insertReview(tx, {
            planId: existing.id,
            reviewedOn: body.reviewedOn,
            reason: body.reason,
            notes: body.notes ?? '',
            createdBy: user.id,
            now,
          })
          const updated = await updatePlan(
            tx,
            existing.id,
            existing.version,
            {
              next_review_due: outcome.nextReviewDue.toString(),
              primary_goal: outcome.primaryGoal,
            },
            now,
          )
          if (!updated) throw staleVersion(existing.version)
          await audit(
            tx,
            { actor: user, at: now, requestId: request.id },
            {
              customerId: existing.customer_id,
              action: 'plan.review',
              access: 'write',
              details: {
                planId: existing.id,
                reviewId: review.id,
                fields: Object.keys(body),
                planFields: ['nextReviewDue', 'primaryGoal'],
              },
            },
          )
          return {
            ...toPlanReview(review),
            planId: updated.id,
            nextReviewDue: updated.next_review_due,
            primaryGoal: updated.primary_goal,
            planVersion: updated.version,
          }
        })
        return reply.code(201).send(recorded)
      },
    )
  }
}

function staleVersion(current: number) {
  return conflict(
    `The plan was changed by someone else (now version ${current}); reload it and make the change again.`,
  )
}
