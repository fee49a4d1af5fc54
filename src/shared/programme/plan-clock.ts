import type { LocalDate } from '../time/local-date.js'
import {
  educationGoalUnderAge,
  planMaxValidityYears,
  planReviewIntervalMonths,
} from './definitions.js'
import { defaultSettings, type ProgrammeSettings } from './settings.js'

// The programme's clock: how long a plan runs, when it must be reviewed, who
// is still within the civic-orientation window. All calendar arithmetic goes
// through LocalDate, whose month arithmetic clamps to the month's last day.

// ---------------------------------------------------------------------------
// Plan validity and review (L108, L190)

export type PlanValidity =
  | { readonly ok: true; readonly validUntil: LocalDate }
  | {
      readonly ok: false
      readonly error: { readonly path: 'validUntil'; readonly message: string }
    }

/** «Integrationsplanen är i kraft högst två år.» (L190) */
export function planLatestValidUntil(startsOn: LocalDate): LocalDate {
  return startsOn.plusYears(planMaxValidityYears)
}

/**
 * The day a plan ends. Without a requested day it runs for the programme's
 * maximum of two years (L190); a requested day must lie within that.
 * AMB-20: the two years run from each plan's own start; renewal is not modelled.
 */
export function planValidUntil(startsOn: LocalDate, requested?: LocalDate): PlanValidity {
  const latest = planLatestValidUntil(startsOn)
  if (requested === undefined) return { ok: true, validUntil: latest }
  if (requested.isBefore(startsOn)) {
    return {
      ok: false,
      error: { path: 'validUntil', message: `must not be before the plan starts (${startsOn})` },
    }
  }
  if (requested.isAfter(latest)) {
    return {
      ok: false,
      error: {
        path: 'validUntil',
        message: `a plan is in force for at most two years: ${latest} at the latest`,
      },
    }
  }
  return { ok: true, validUntil: requested }
}

/**
 * «Integrationsplanen ska dock ses över minst var sjätte månad.» (L190): six
 * months after the start or the last review, whichever is later; 31 August
 * gives the last day of February.
 */
export function nextReviewDue(startsOn: LocalDate, lastReviewOn?: LocalDate): LocalDate {
  return lastReviewedOn(startsOn, lastReviewOn).plusMonths(planReviewIntervalMonths)
}

/** The plan is "reviewed" when made; a review recorded before the start does not count. */
function lastReviewedOn(startsOn: LocalDate, lastReviewOn?: LocalDate): LocalDate {
  return lastReviewOn?.isAfter(startsOn) ? lastReviewOn : startsOn
}

export interface PlanDates {
  readonly startsOn: LocalDate
  readonly validUntil: LocalDate
  readonly lastReviewOn?: LocalDate
  /**
   * The latest recorded change in the customer's service needs or life
   * situation, or request for a follow-up (L190, L118).
   */
  readonly lastChangeOn?: LocalDate
}

export const planFlags = [
  'not-started',
  'expired',
  'expiring-soon',
  'review-overdue',
  'review-due-soon',
  'change-needs-review',
] as const
export type PlanFlag = (typeof planFlags)[number]

export interface PlanStatus {
  /** In force on the day (L100: only a valid plan makes an integration customer). */
  readonly inForce: boolean
  readonly nextReviewDue: LocalDate
  readonly flags: readonly PlanFlag[]
}

export type PlanWarningWindows = Pick<ProgrammeSettings, 'reviewDueSoonDays' | 'expiringSoonDays'>

/** What a counsellor must act on for a plan, on `today`. */
export function planStatus(
  plan: PlanDates,
  today: LocalDate,
  windows: PlanWarningWindows = defaultSettings,
): PlanStatus {
  const due = nextReviewDue(plan.startsOn, plan.lastReviewOn)
  if (today.isBefore(plan.startsOn)) {
    return { inForce: false, nextReviewDue: due, flags: ['not-started'] }
  }
  if (today.isAfter(plan.validUntil)) {
    return { inForce: false, nextReviewDue: due, flags: ['expired'] }
  }
  const flags: PlanFlag[] = []
  if (today.daysUntil(plan.validUntil) <= windows.expiringSoonDays) flags.push('expiring-soon')
  // A review falling after the plan's end is not owed: the plan ends first.
  if (!due.isAfter(plan.validUntil)) {
    if (today.isAfter(due)) flags.push('review-overdue')
    else if (today.daysUntil(due) <= windows.reviewDueSoonDays) flags.push('review-due-soon')
  }
  // L190: a change in needs or life situation calls for a follow-up before the
  // six months are up; a change recorded on the day of a review was handled by it.
  const reviewedOn = lastReviewedOn(plan.startsOn, plan.lastReviewOn)
  if (plan.lastChangeOn?.isAfter(reviewedOn) && !plan.lastChangeOn.isAfter(today)) {
    flags.push('change-needs-review')
  }
  return { inForce: true, nextReviewDue: due, flags }
}

// ---------------------------------------------------------------------------
// Age: the plan's primary goal (L173) and adulthood (L202)

/** A person's age is known either from the birth date or as a number of years on the day asked about. */
export type AgeBasis =
  | { readonly birthDate: LocalDate; readonly age?: undefined }
  | { readonly age: number; readonly birthDate?: undefined }

/** Completed years on `date`; an `age` is taken to be the age on the day asked about. */
export function ageOn(person: AgeBasis, date: LocalDate): number {
  return person.birthDate === undefined ? person.age : person.birthDate.ageOn(date)
}

export type PrimaryGoal = 'employment' | 'education'

/** L173: employment, except education for persons under 25. */
export function primaryGoalForAge(age: number): PrimaryGoal {
  return age < educationGoalUnderAge ? 'education' : 'employment'
}

/**
 * AMB-22: the source does not say on which day the age counts; Porten takes
 * the day the plan is made or reviewed, so a review after the 25th birthday
 * moves the goal to employment.
 */
export function primaryGoalOn(birthDate: LocalDate, date: LocalDate): PrimaryGoal {
  return primaryGoalForAge(birthDate.ageOn(date))
}

// ---------------------------------------------------------------------------
// Civic orientation window (L202)

export type CivicOrientationPerson = AgeBasis & {
  readonly arrivedOn?: LocalDate
  readonly residencePermitOn?: LocalDate
  readonly onDate: LocalDate
}

export type CivicOrientationGround = 'recently-arrived' | 'recent-residence-permit'

export interface CivicOrientationWindow {
  readonly eligible: boolean
  readonly adult: boolean
  /** What holds on the day: recently moved, or a permit within three years. */
  readonly grounds: readonly CivicOrientationGround[]
  /** The last day either ground holds; absent when neither date is known. */
  readonly closesOn?: LocalDate
  /** Dates that would settle the answer when neither is given. */
  readonly missing: readonly ('arrivedOn' | 'residencePermitOn')[]
}

/**
 * «Alla vuxna invandrare som nyligen flyttat till Finland eller som fått sitt
 * uppehållstillstånd inom 3 år.» (L202). "Vuxna" is read as `adultAge` (18) and
 * "nyligen" as `recentArrivalMonths` (AMB-09); both windows include their last day.
 */
export function civicOrientationWindow(
  person: CivicOrientationPerson,
  settings: Pick<
    ProgrammeSettings,
    'adultAge' | 'recentArrivalMonths' | 'civicOrientationPermitYears'
  > = defaultSettings,
): CivicOrientationWindow {
  const adult = ageOn(person, person.onDate) >= settings.adultAge
  const ends: LocalDate[] = []
  const grounds: CivicOrientationGround[] = []
  const within = (from: LocalDate, until: LocalDate) =>
    !person.onDate.isBefore(from) && !person.onDate.isAfter(until)
  if (person.arrivedOn) {
    const until = person.arrivedOn.plusMonths(settings.recentArrivalMonths)
    ends.push(until)
    if (within(person.arrivedOn, until)) grounds.push('recently-arrived')
  }
  if (person.residencePermitOn) {
    const until = person.residencePermitOn.plusYears(settings.civicOrientationPermitYears)
    ends.push(until)
    if (within(person.residencePermitOn, until)) grounds.push('recent-residence-permit')
  }
  const closesOn = ends.reduce<LocalDate | undefined>(
    (latest, end) => (latest === undefined || end.isAfter(latest) ? end : latest),
    undefined,
  )
  return {
    eligible: adult && grounds.length > 0,
    adult,
    grounds,
    ...(closesOn ? { closesOn } : {}),
    missing: ends.length === 0 ? ['arrivedOn', 'residencePermitOn'] : [],
  }
}

/**
 * «nyligen flyttat» (L399), «nyanlända» (L256): within `recentArrivalMonths`
 * of arrival (AMB-28). Without an arrival date the low-threshold services
 * follow `newcomerWhenArrivalUnknown`.
 */
export function isNewcomer(
  arrivedOn: LocalDate | undefined,
  onDate: LocalDate,
  settings: Pick<
    ProgrammeSettings,
    'recentArrivalMonths' | 'newcomerWhenArrivalUnknown'
  > = defaultSettings,
): boolean {
  if (arrivedOn === undefined) return settings.newcomerWhenArrivalUnknown
  return (
    !onDate.isBefore(arrivedOn) &&
    !onDate.isAfter(arrivedOn.plusMonths(settings.recentArrivalMonths))
  )
}
