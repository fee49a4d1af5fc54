import { z } from 'zod'
import { type Role, staffOrganisationIds } from '../organisations.js'
import { infoPointIds, municipalityIds } from '../programme/definitions.js'
import { localDate } from './cases.schemas.js'
import { serviceLanguages, visitTopicIds } from './visits.schemas.js'

// The programme's follow-up figures («Uppföljning», rules.md §i; contract:
// GET /api/v1/reports/follow-up and `porten report follow-up`). Shared by the
// server, the command line and the staff app's reports pages.
//
// Figures are aggregates: no person can be picked out of them, and in
// publication mode small counts are hidden (see `Count`). Reading them
// touches no customer record, so it writes no audit entries per customer.

/** Who may read the follow-up figures. */
export const reportRoles = ['manager', 'admin'] as const satisfies readonly Role[]

/**
 * The contract's metrics, in the programme's order (M1, M2, M3, M4, M5, M7,
 * M8). Definitions (contract, verbatim in meaning):
 * - assessments: standard assessments completed in the period
 * - multisectoral-assessments: multisectoral assessments completed in the period
 * - civic-orientation-participants: distinct customers with a civic-orientation
 *   participation overlapping the period (an open one runs on without end)
 * - integration-training-participants: the same for integration training
 * - integration-training-reached-b1-1: distinct customers with a language test
 *   taken in the period whose lowest skill is B1.1 or higher
 * - integrationsporten-visits: visits recorded in the period (by their
 *   calendar date in Europe/Helsinki)
 * - registered-integration-customers: distinct customers with a plan valid on
 *   some day of the period (from its start to its end or, if it ended early,
 *   its last day `ended_on`)
 */
export const followUpMetricIds = [
  'assessments',
  'multisectoral-assessments',
  'civic-orientation-participants',
  'integration-training-participants',
  'integration-training-reached-b1-1',
  'integrationsporten-visits',
  'registered-integration-customers',
] as const
export type FollowUpMetricId = (typeof followUpMetricIds)[number]

/**
 * Figures a manager steers by, beyond the programme's list (issue 6).
 * - reviews-on-time / reviews-late: plan reviews made in the period, on or
 *   before the review due at that time (six months after the plan's start or
 *   the previous review, month ends clamped) versus after it
 * - reviews-overdue: plans valid on the reference day (the period's last day,
 *   or today if that is earlier) whose review was due before that day
 * - median-days-arrival-to-assessment: over customers whose first assessment
 *   was completed in the period and whose arrival date is known
 * - median-days-assessment-to-plan: over plans starting in the period, from
 *   the completion of the assessment the plan rests on
 * - under-25-plans / under-25-education-goal: plans starting in the period
 *   for people under 25 on the start day, and those of them whose primary
 *   goal is education (L173); under-25-education-share is their ratio (0–1)
 * - {civic-orientation,integration-training}-{completed,interrupted}:
 *   participations that ended in the period, completed or interrupted
 */
export const steeringFigureIds = [
  'reviews-on-time',
  'reviews-late',
  'reviews-overdue',
  'median-days-arrival-to-assessment',
  'median-days-assessment-to-plan',
  'under-25-plans',
  'under-25-education-goal',
  'under-25-education-share',
  'civic-orientation-completed',
  'civic-orientation-interrupted',
  'integration-training-completed',
  'integration-training-interrupted',
] as const
export type SteeringFigureId = (typeof steeringFigureIds)[number]

/**
 * A count. In publication mode (`publication=true`) a count from 1 to 4 is
 * the string "<5" and a count hidden so that the small ones cannot be worked
 * out from a total (complementary suppression) is "x". Medians over fewer
 * than five cases and shares over fewer than five are "x" as well.
 */
export const suppressedSmall = '<5'
export const suppressedComplement = 'x'
export const count = z.union([
  z.number().int().nonnegative(),
  z.literal(suppressedSmall),
  z.literal(suppressedComplement),
])
export type Count = z.infer<typeof count>

/** A median or share: null when there is nothing to take it over. */
export const figure = z.union([z.number(), z.literal(suppressedComplement), z.null()])
export type Figure = z.infer<typeof figure>

export const metricValues = z.object(
  Object.fromEntries(followUpMetricIds.map((id) => [id, count])) as Record<
    FollowUpMetricId,
    typeof count
  >,
)
export type MetricValues = z.infer<typeof metricValues>

export const steeringValues = z.object({
  'reviews-on-time': count,
  'reviews-late': count,
  'reviews-overdue': count,
  'median-days-arrival-to-assessment': figure,
  'median-days-assessment-to-plan': figure,
  'under-25-plans': count,
  'under-25-education-goal': count,
  'under-25-education-share': figure,
  'civic-orientation-completed': count,
  'civic-orientation-interrupted': count,
  'integration-training-completed': count,
  'integration-training-interrupted': count,
})
export type SteeringValues = z.infer<typeof steeringValues>

/** One row of a breakdown: its key and every contract metric for it. */
export const breakdownRow = z.object({ key: z.string(), metrics: metricValues })
export type BreakdownRow = z.infer<typeof breakdownRow>

export const countRow = z.object({ key: z.string(), count })
export type CountRow = z.infer<typeof countRow>

/**
 * Dimensions of the breakdowns:
 * - month: 'YYYY-MM', every month the period touches, in order (a distinct-
 *   customer metric counts a customer in every month they qualify in, so its
 *   months need not add up to the total)
 * - municipality: the customer's municipality; for visits the info point's
 * - organisation: for assessments and plans the organisations they name; for
 *   participations and tests the customer's responsible organisations; for
 *   visits the organisation of whoever recorded them (a row may count a
 *   record under several organisations)
 * - language: the customer's native language (the first listed if none is
 *   marked; 'und' if none is known); for visits the language of service
 * Rows are listed for every key with a non-zero figure, plus every
 * municipality and every month of the period even when zero.
 */
export const breakdownDimensions = ['month', 'municipality', 'organisation', 'language'] as const
export type BreakdownDimension = (typeof breakdownDimensions)[number]

export const followUpReport = z.object({
  from: localDate,
  to: localDate,
  municipality: z.enum(municipalityIds).nullable(),
  organisation: z.enum(staffOrganisationIds).nullable(),
  publication: z.boolean(),
  /** The reference day for reviews-overdue: min(to, today). */
  asOf: localDate,
  metrics: metricValues,
  steering: steeringValues,
  breakdowns: z.object({
    month: z.array(breakdownRow),
    municipality: z.array(breakdownRow),
    organisation: z.array(breakdownRow),
    language: z.array(breakdownRow),
  }),
  /** Integrationsporten's visits (M7) by info point, topic and language of service. */
  visits: z.object({
    infoPoint: z.array(countRow),
    topic: z.array(countRow),
    language: z.array(countRow),
  }),
})
export type FollowUpReport = z.infer<typeof followUpReport>

export const reportFormats = ['json', 'csv', 'xlsx'] as const
export type ReportFormat = (typeof reportFormats)[number]

export const reportLanguages = ['sv', 'fi', 'en'] as const

export const followUpQuery = z
  .strictObject({
    from: localDate,
    to: localDate,
    municipality: z.enum(municipalityIds).optional(),
    organisation: z.enum(staffOrganisationIds).optional(),
    /** Hide counts from 1 to 4 (and what would reveal them) for publication. */
    publication: z.enum(['true', 'false']).optional(),
    format: z.enum(reportFormats).optional(),
    /** Labels in CSV headers are ids; XLSX sheets are labelled in this language. */
    lang: z.enum(reportLanguages).optional(),
  })
  .refine((q) => q.from <= q.to, {
    path: ['to'],
    message: 'must not be before from',
    // Only once both are dates: a bad `from` is reported on `from` alone.
    when: (payload) => payload.issues.length === 0,
  })

export { infoPointIds, serviceLanguages, visitTopicIds }
