import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AppDeps } from '../app-deps.js'
import { auditMany } from '../audit/audit.js'
import { authorizeCaseworker } from '../customers/customer-access.js'
import { workQueue } from '../shared/api/cases.schemas.js'
import type { MunicipalityId } from '../shared/programme/definitions.js'
import { route } from '../shared/programme/routing.js'
import { LocalDate } from '../shared/time/local-date.js'
import { routingInputFor } from './casework.js'
import {
  caseConferenceReason,
  civicOrientationClosing,
  earliestStartInForce,
  planAfterAssessmentDays,
  planOverdueFrom,
  planQueueEntries,
  sortWorkQueue,
  type WorkQueueItem,
} from './work-queue.js'
import {
  assessmentsWithoutPlan,
  openCustomersForRouting,
  plansNeedingAttention,
} from './work-queue.queries.js'

// GET /api/v1/work-queue: the caller's organisation's open cases that need
// something done, earliest due first. Listing a customer is a read of their
// data, so each customer listed gets one audit entry.

interface SummaryRow {
  customer_id: string
  first_name: string
  last_name: string
  birth_date: string
  municipality: string
  closed_on: string | null
}

const summary = (row: SummaryRow): WorkQueueItem['customer'] => ({
  id: row.customer_id,
  firstName: row.first_name,
  lastName: row.last_name,
  birthDate: row.birth_date,
  municipality: row.municipality as MunicipalityId,
  closedOn: row.closed_on,
})

const parse = (text: string | null) => (text === null ? undefined : LocalDate.parse(text))

export function workQueueRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/work-queue',
      {
        schema: {
          tags: ['case work'],
          summary: "What the caller's organisation must act on, earliest due first",
          response: { 200: workQueue },
        },
      },
      async (request) => {
        const user = authorizeCaseworker(request)
        const today = deps.clock.today()
        const settings = deps.config.programmeSettings
        return deps.database.db.transaction().execute(async (tx) => {
          const items: WorkQueueItem[] = []
          const plans = await plansNeedingAttention(tx, user.org, {
            today: today.toString(),
            startedFrom: earliestStartInForce(today).toString(),
            reviewBy: today.plusDays(settings.reviewDueSoonDays).toString(),
            expiringBy: today.plusDays(settings.expiringSoonDays).toString(),
          })
          for (const row of plans) {
            const dates = {
              startsOn: LocalDate.parse(row.starts_on),
              validUntil: LocalDate.parse(row.valid_until),
              nextReviewDue: LocalDate.parse(row.next_review_due),
            }
            for (const entry of planQueueEntries(dates, today, settings)) {
              items.push({
                kind: entry.kind,
                customer: summary(row),
                planId: row.plan_id,
                due: entry.due.toString(),
                reason: null,
              })
            }
          }

          const waiting = await assessmentsWithoutPlan(
            tx,
            user.org,
            today.plusDays(-planAfterAssessmentDays).toString(),
          )
          for (const row of waiting) {
            items.push({
              kind: 'assessment-without-plan',
              customer: summary(row),
              planId: null,
              due: planOverdueFrom(LocalDate.parse(row.completed_on)).toString(),
              reason: null,
            })
          }

          for (const row of await openCustomersForRouting(tx, user.org, today.toString())) {
            const birthDate = LocalDate.parse(row.birth_date)
            const arrivedOn = parse(row.arrived_on)
            const residencePermitOn = parse(row.residence_permit_on)
            const closing = row.has_civic_orientation
              ? undefined
              : civicOrientationClosing(
                  {
                    birthDate,
                    ...(arrivedOn ? { arrivedOn } : {}),
                    ...(residencePermitOn ? { residencePermitOn } : {}),
                  },
                  today,
                  settings,
                )
            if (closing) {
              items.push({
                kind: 'civic-orientation-closing',
                customer: summary(row),
                planId: null,
                due: closing.closesOn.toString(),
                reason: closing.reason,
              })
            }
            const routing = route(
              routingInputFor(
                {
                  birthDate: row.birth_date,
                  municipality: row.municipality,
                  jobSeekerStatus: row.job_seeker_status,
                  categories: row.categories,
                  needsCoordination: row.needs_coordination,
                  arrivedOn: row.arrived_on,
                  residencePermitOn: row.residence_permit_on,
                },
                today,
                {
                  assessmentCompleted: Boolean(row.has_assessment),
                  hasValidPlan: Boolean(row.has_plan_in_force),
                },
              ),
              settings,
            )
            const reason = caseConferenceReason(routing)
            if (reason) {
              items.push({
                kind: 'case-conference',
                customer: summary(row),
                planId: null,
                due: null,
                reason,
              })
            }
          }

          const sorted = sortWorkQueue(items)
          const at = deps.clock.now()
          const listed = new Map<string, WorkQueueItem[]>()
          for (const item of sorted) {
            listed.set(item.customer.id, [...(listed.get(item.customer.id) ?? []), item])
          }
          await auditMany(
            tx,
            { actor: user, at, requestId: request.id },
            [...listed].map(([customerId, own]) => ({
              customerId,
              action: 'work-queue.read',
              access: 'read' as const,
              details: {
                kinds: [...new Set(own.map((i) => i.kind))],
                planIds: [...new Set(own.flatMap((i) => (i.planId ? [i.planId] : [])))],
              },
            })),
          )
          return { today: today.toString(), items: sorted }
        })
      },
    )
  }
}
