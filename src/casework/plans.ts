import type { StaffOrganisationId } from '../shared/organisations.js'
import {
  nextReviewDue,
  type PrimaryGoal,
  planValidUntil,
  primaryGoalOn,
} from '../shared/programme/plan-clock.js'
import type { IntegrationPlanAnswer, PlanType } from '../shared/programme/routing.js'
import { LocalDate } from '../shared/time/local-date.js'
import { type Breach, type Checked, invalid, notInFutureBreach, programme } from './casework.js'

// Part 2: «Integrationsplan eller sektorövergripande integrationsplan» (L169).
// A plan follows an assessment (L177), is in force at most two years, is
// reviewed at least every six months (L190) and has education as its primary
// goal under 25 (L173). One plan is in force at a time.

export interface PlanRequest {
  readonly startsOn: LocalDate
  readonly validUntil?: LocalDate
  readonly planType?: PlanType
  readonly organisations?: readonly StaffOrganisationId[]
  readonly obligationsAcknowledgedOn?: LocalDate
}

export interface PlanDraft {
  readonly planType: PlanType
  readonly startsOn: LocalDate
  readonly validUntil: LocalDate
  readonly nextReviewDue: LocalDate
  readonly primaryGoal: PrimaryGoal
  readonly organisations: StaffOrganisationId[]
}

/** The assessment a plan names must be one of the customer's own. */
export function foreignAssessmentBreach(): Breach[] {
  return [programme('assessmentId', "is not one of this customer's assessments")]
}

/**
 * A new plan's dates, goal, type and owners. «De personer som redan fått en
 * servicebedömning» (L177): a plan follows a completed assessment and starts
 * no earlier; it is in force at most two years and reviewed every six months
 * (L190); under 25 the primary goal is education (L173).
 */
export function draftPlan(input: {
  readonly request: PlanRequest
  readonly today: LocalDate
  readonly birthDate: LocalDate
  readonly assessment: { readonly completedOn: LocalDate } | undefined
  /** The programme's answer for the integration plan, as on the start day. */
  readonly routing: IntegrationPlanAnswer
  readonly customerOrganisations: readonly StaffOrganisationId[]
}): Checked<PlanDraft> {
  const { request } = input
  const breaches: Breach[] = []
  const validity = planValidUntil(request.startsOn, request.validUntil)
  if (!validity.ok) {
    const tooLong = request.validUntil?.isAfter(request.startsOn) === true
    breaches.push((tooLong ? programme : invalid)(validity.error.path, validity.error.message))
  }
  breaches.push(
    ...notInFutureBreach(
      'obligationsAcknowledgedOn',
      request.obligationsAcknowledgedOn,
      input.today,
    ),
  )
  if (input.assessment === undefined) {
    breaches.push(
      programme(
        'assessmentId',
        'a plan is drawn up after a completed assessment (L177); record the assessment first',
      ),
    )
  } else if (request.startsOn.isBefore(input.assessment.completedOn)) {
    breaches.push(
      programme(
        'startsOn',
        `must not be before the assessment it follows was completed (${input.assessment.completedOn})`,
      ),
    )
  }
  if (!validity.ok || breaches.length > 0) return { ok: false, breaches }
  const proposed = input.routing.responsible
  return {
    ok: true,
    value: {
      planType: request.planType ?? input.routing.planType,
      startsOn: request.startsOn,
      validUntil: validity.validUntil,
      nextReviewDue: nextReviewDue(request.startsOn),
      primaryGoal: primaryGoalOn(input.birthDate, request.startsOn),
      organisations: [
        ...(request.organisations ??
          (proposed.length > 0 ? proposed : input.customerOrganisations)),
      ],
    },
  }
}

export interface EarlierPlan {
  readonly id: string
  readonly startsOn: LocalDate
}

export interface PlanEnding {
  readonly id: string
  readonly endedOn: LocalDate
}

/**
 * Only one plan is in force at a time: a new plan ends the ones it overlaps on
 * the day before it starts, provided it starts after each of them.
 * `overlapping` are the customer's plans in force on the new start day or later.
 */
export function succeedPlans(
  overlapping: readonly EarlierPlan[],
  startsOn: LocalDate,
): Checked<PlanEnding[]> {
  const later = overlapping.filter((p) => !p.startsOn.isBefore(startsOn))
  if (later.length > 0) {
    const latest = later.map((p) => p.startsOn).reduce((a, b) => LocalDate.max(a, b))
    return {
      ok: false,
      breaches: [
        programme(
          'startsOn',
          `a plan starting on ${latest} is in force then; a new plan must start after it`,
        ),
      ],
    }
  }
  return { ok: true, value: overlapping.map((p) => ({ id: p.id, endedOn: startsOn.plusDays(-1) })) }
}

export interface ReviewedPlan {
  readonly startsOn: LocalDate
  readonly validUntil: LocalDate
  readonly endedOn: LocalDate | undefined
  readonly lastReviewOn: LocalDate | undefined
}

export interface ReviewOutcome {
  readonly nextReviewDue: LocalDate
  readonly primaryGoal: PrimaryGoal
}

/**
 * «Integrationsplanen ska dock ses över minst var sjätte månad.» (L190): the
 * next review is due six months after the latest one. AMB-22: the primary
 * goal is judged again on the review day, so turning 25 moves it to employment.
 */
export function reviewPlan(
  plan: ReviewedPlan,
  reviewedOn: LocalDate,
  context: { today: LocalDate; birthDate: LocalDate },
): Checked<ReviewOutcome> {
  if (reviewedOn.isAfter(context.today)) {
    return { ok: false, breaches: [invalid('reviewedOn', 'must not be in the future')] }
  }
  const ends = plan.endedOn ?? plan.validUntil
  if (reviewedOn.isBefore(plan.startsOn) || reviewedOn.isAfter(ends)) {
    return {
      ok: false,
      breaches: [
        programme(
          'reviewedOn',
          `must fall while the plan is in force, ${plan.startsOn} to ${ends}`,
        ),
      ],
    }
  }
  // A review entered late does not move the clock back past a later one.
  const latest =
    plan.lastReviewOn === undefined ? reviewedOn : LocalDate.max(plan.lastReviewOn, reviewedOn)
  return {
    ok: true,
    value: {
      nextReviewDue: nextReviewDue(plan.startsOn, latest),
      primaryGoal: primaryGoalOn(context.birthDate, latest),
    },
  }
}
