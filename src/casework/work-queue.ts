import type { z } from 'zod'
import type { workQueueItem, workQueueKinds } from '../shared/api/cases.schemas.js'
import { planMaxValidityYears } from '../shared/programme/definitions.js'
import { civicOrientationWindow } from '../shared/programme/plan-clock.js'
import type { RoutingResponse } from '../shared/programme/routing.js'
import type { ProgrammeSettings } from '../shared/programme/settings.js'
import type { LocalDate } from '../shared/time/local-date.js'

// What a counsellor must act on, for the home page: plans due for review or
// about to expire (L190), assessments still waiting for a plan (L177), people
// whose civic-orientation window closes soon (L202), and cases the routing
// rules send to a case conference (rules.md §e.3). Pure: the route fetches
// the rows, these functions decide what goes in the queue and why.

export type WorkQueueKind = (typeof workQueueKinds)[number]
export type WorkQueueItem = z.infer<typeof workQueueItem>

/** An assessment should lead to a plan within a month (L145: «snabb vägledning»). */
export const planAfterAssessmentDays = 30
/** How far ahead the closing of the civic-orientation window is shown. */
export const civicOrientationClosingDays = 60

export interface QueuedPlan {
  readonly startsOn: LocalDate
  readonly validUntil: LocalDate
  readonly nextReviewDue: LocalDate
}

/**
 * A plan in force on `today` owes a review every six months and ends after at
 * most two years (L190). As `planStatus` does, a review that would fall after
 * the plan's end is not owed.
 */
export function planQueueEntries(
  plan: QueuedPlan,
  today: LocalDate,
  windows: Pick<ProgrammeSettings, 'reviewDueSoonDays' | 'expiringSoonDays'>,
): { kind: WorkQueueKind; due: LocalDate }[] {
  if (today.isBefore(plan.startsOn) || today.isAfter(plan.validUntil)) return []
  const entries: { kind: WorkQueueKind; due: LocalDate }[] = []
  if (!plan.nextReviewDue.isAfter(plan.validUntil)) {
    if (today.isAfter(plan.nextReviewDue)) {
      entries.push({ kind: 'review-overdue', due: plan.nextReviewDue })
    } else if (today.daysUntil(plan.nextReviewDue) <= windows.reviewDueSoonDays) {
      entries.push({ kind: 'review-due', due: plan.nextReviewDue })
    }
  }
  if (today.daysUntil(plan.validUntil) <= windows.expiringSoonDays) {
    entries.push({ kind: 'plan-expiring', due: plan.validUntil })
  }
  return entries
}

/**
 * The earliest start of a plan that can still be in force on `today`: it runs
 * at most two years (L190). A day's margin covers 29 February.
 */
export function earliestStartInForce(today: LocalDate): LocalDate {
  return today.plusYears(-planMaxValidityYears).plusDays(-1)
}

/** The day an assessment without a plan joins the queue. */
export function planOverdueFrom(completedOn: LocalDate): LocalDate {
  return completedOn.plusDays(planAfterAssessmentDays)
}

export interface CivicOrientationPerson {
  readonly birthDate: LocalDate
  readonly arrivedOn?: LocalDate
  readonly residencePermitOn?: LocalDate
}

/**
 * «Alla vuxna invandrare som nyligen flyttat till Finland eller som fått sitt
 * uppehållstillstånd inom 3 år.» (L202): the last day the person can still
 * join, when it is within `civicOrientationClosingDays`.
 */
export function civicOrientationClosing(
  person: CivicOrientationPerson,
  today: LocalDate,
  settings: Pick<
    ProgrammeSettings,
    'adultAge' | 'recentArrivalMonths' | 'civicOrientationPermitYears'
  >,
): { closesOn: LocalDate; reason: string } | undefined {
  const window = civicOrientationWindow({ ...person, onDate: today }, settings)
  if (!window.eligible || window.closesOn === undefined) return undefined
  if (today.daysUntil(window.closesOn) > civicOrientationClosingDays) return undefined
  return { closesOn: window.closesOn, reason: window.grounds.join(', ') }
}

/** Why the routing rules send the customer's case to a case conference, if they do. */
export function caseConferenceReason(routing: RoutingResponse): string | undefined {
  const reasons = Object.values(routing.services).flatMap((answer) =>
    answer.caseConference
      ? [`${answer.caseConference.ambiguity}: ${answer.caseConference.reason.sv}`]
      : [],
  )
  const distinct = [...new Set(reasons)]
  return distinct.length > 0 ? distinct.join(' ') : undefined
}

const kindOrder = (kind: WorkQueueKind) =>
  (
    [
      'review-overdue',
      'review-due',
      'plan-expiring',
      'assessment-without-plan',
      'civic-orientation-closing',
      'case-conference',
    ] as const
  ).indexOf(kind)

/** Earliest due first; items without a day last; then by kind and customer. */
export function sortWorkQueue(items: WorkQueueItem[]): WorkQueueItem[] {
  return [...items].sort((a, b) => {
    if (a.due !== b.due) {
      if (a.due === null) return 1
      if (b.due === null) return -1
      return a.due < b.due ? -1 : 1
    }
    return (
      kindOrder(a.kind) - kindOrder(b.kind) ||
      a.customer.lastName.localeCompare(b.customer.lastName, 'sv') ||
      a.customer.id.localeCompare(b.customer.id)
    )
  })
}
