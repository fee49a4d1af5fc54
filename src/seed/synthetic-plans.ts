import type { StaffOrganisationId } from '../shared/organisations.js'
import { nextReviewDue, primaryGoalOn } from '../shared/programme/plan-clock.js'
import type { PlanType } from '../shared/programme/routing.js'
import type { LocalDate } from '../shared/time/local-date.js'
import type { Routed } from './synthetic.js'
import { at, day, local } from './synthetic-dates.js'
import { planGoals, reviewReasons } from './synthetic-names.js'
import type { Ids, SyntheticRandom } from './synthetic-random.js'

// A synthetic customer's integration or employment plan (`porten seed
// --synthetic N`, part 2 of the case): its rows as the plan and plan_review
// tables hold them, and how one is drawn: valid one or two years, reviewed
// about every six months (most on time, some late, some left overdue), and
// ended early when the case is closed. The review clock and the primary goal
// come from the programme's own plan-clock rules.

export interface SyntheticPlan {
  id: string
  customer_id: string
  assessment_id: string
  plan_type: PlanType
  starts_on: string
  valid_until: string
  next_review_due: string
  primary_goal: 'employment' | 'education'
  long_term_goals: string
  services: Record<string, string[]>
  organisations: StaffOrganisationId[]
  obligations_acknowledged_on: string | null
  ended_on: string | null
  created_by: string
  created_at: string
  /** The latest review or the early end. */
  updated_at: string
}

export interface SyntheticReview {
  id: string
  plan_id: string
  reviewed_on: string
  reason: string
  created_by: string
  created_at: string
}

export function planFor(
  random: SyntheticRandom,
  ids: Ids,
  p: {
    customerId: string
    assessmentId: string
    born: number
    startsOn: number
    closedOn: number | null
    today: number
    routed: Routed
    createdBy: string
  },
): { plan: SyntheticPlan; reviews: SyntheticReview[] } {
  const starts = local(p.startsOn)
  const validUntil = starts.plusYears(random.chance(0.8) ? 2 : 1).toEpochDay()
  // The plan ends early when the case is closed, and a few for other reasons.
  let endedOn: number | null = null
  if (p.closedOn !== null && p.closedOn < validUntil) endedOn = p.closedOn
  if (random.chance(0.06)) {
    const early = p.startsOn + random.int(30, validUntil - p.startsOn)
    if (early < validUntil && early <= p.today && (endedOn === null || early < endedOn)) {
      endedOn = early
    }
  }
  const lastDay = Math.min(endedOn ?? validUntil, p.today)
  // «…ses över minst var sjätte månad» (L190): most reviews on time, some
  // late, and some plans left unreviewed after a while (overdue).
  const reviews: SyntheticReview[] = []
  let last: LocalDate | undefined
  for (;;) {
    const due = nextReviewDue(starts, last).toEpochDay()
    const r = random.float()
    if (r > 0.93) break
    const reviewed = r < 0.68 ? due - random.int(0, 25) : due + random.int(1, 75)
    if (reviewed > lastDay || reviewed <= (last ?? starts).toEpochDay()) break
    last = local(reviewed)
    reviews.push({
      id: ids.next(),
      plan_id: '',
      reviewed_on: day(reviewed),
      reason: random.weighted(reviewReasons),
      created_by: p.createdBy,
      created_at: at(reviewed, random.int(540, 900)),
    })
  }
  const plan: SyntheticPlan = {
    id: ids.next(),
    customer_id: p.customerId,
    assessment_id: p.assessmentId,
    plan_type: p.routed.planType,
    starts_on: starts.toString(),
    valid_until: day(validUntil),
    next_review_due: nextReviewDue(starts, last).toString(),
    // L173, AMB-22: education under 25, judged at the start or the latest review.
    primary_goal: primaryGoalOn(local(p.born), last ?? starts),
    long_term_goals: random.pick(planGoals),
    services:
      p.routed.planType === 'employment-plan'
        ? { employment: ['Arbetsprövning'], studies: ['Integrationsutbildning'] }
        : { studies: ['Integrationsutbildning'], civicSkills: ['Samhällsorientering'] },
    organisations: p.routed.planOrganisations,
    obligations_acknowledged_on: random.chance(0.85) ? starts.toString() : null,
    ended_on: endedOn === null ? null : day(endedOn),
    created_by: p.createdBy,
    created_at: at(p.startsOn, random.int(540, 900)),
    updated_at: '',
  }
  for (const review of reviews) review.plan_id = plan.id
  const lastChange = Math.max(last?.toEpochDay() ?? p.startsOn, endedOn ?? p.startsOn)
  plan.updated_at = lastChange === p.startsOn ? plan.created_at : at(lastChange, 960)
  return { plan, reviews }
}
