import { type Breach, type Checked, invalid, programme } from '../http/breaches.js'
import type { StaffOrganisationId } from '../shared/organisations.js'
import {
  type CefrLevel,
  type CustomerCategory,
  compareCefr,
  integrationTrainingTargetLevel,
  type JobSeekerStatus,
  lowestCefr,
  type MunicipalityId,
} from '../shared/programme/definitions.js'
import type { RoutingInput } from '../shared/programme/routing.js'
import { LocalDate } from '../shared/time/local-date.js'

// Case work's rules, free of the database and HTTP: what may be recorded for
// an assessment (part 1), a participation in civic orientation or integration
// training (parts 3, 4) and a final language test; plans are in plans.ts.
// Each check answers with breaches; the routes turn them into 400 (invalid
// input) or 422 (breaks a programme rule), all at once.

const WELLBEING: StaffOrganisationId = 'wellbeing-ostrobothnia'

/** A participation may be recorded ahead of time: a course starting within a year. */
export const plannedStartAheadDays = 365

// Breaches and their answers (400 or 422) are shared with other domains.
export {
  type Breach,
  type Checked,
  failOn,
  invalid,
  programme,
  valueOrFail,
} from '../http/breaches.js'

/** The customer's case is closed: nothing more is recorded on it. */
export function closedCaseBreach(closedOn: string | null): Breach[] {
  return closedOn === null
    ? []
    : [programme('customer', `the customer's case was closed on ${closedOn}`)]
}

/** A day that must have come already. */
export function notInFutureBreach(
  path: string,
  date: LocalDate | undefined,
  today: LocalDate,
): Breach[] {
  return date?.isAfter(today) ? [invalid(path, 'must not be in the future')] : []
}

/** A day something happened: not in the future, not before the person was born. */
export function happenedOnBreaches(
  path: string,
  date: LocalDate,
  context: { today: LocalDate; birthDate: LocalDate },
): Breach[] {
  if (date.isAfter(context.today)) return notInFutureBreach(path, date, context.today)
  if (date.isBefore(context.birthDate)) {
    return [invalid(path, "must not be before the customer's birth date")]
  }
  return []
}

// ---------------------------------------------------------------------------
// Part 1: assessments

export type AssessmentKind = 'standard' | 'multisectoral'

/**
 * Who took part. «Behovet av social- och hälsovård samt rehabilitering utreds
 * vid en sektorövergripande bedömning tillsammans med Österbottens
 * välfärdsområde.» (L155, L149): a multisectoral assessment always includes
 * the wellbeing county; by default the assessor's own organisation.
 */
export function assessmentOrganisations(
  kind: AssessmentKind,
  requested: readonly StaffOrganisationId[] | undefined,
  assessorOrg: StaffOrganisationId,
): Checked<StaffOrganisationId[]> {
  if (requested === undefined) {
    const orgs = kind === 'multisectoral' ? [assessorOrg, WELLBEING] : [assessorOrg]
    return { ok: true, value: [...new Set(orgs)].sort() }
  }
  if (kind === 'multisectoral' && !requested.includes(WELLBEING)) {
    return {
      ok: false,
      breaches: [
        programme(
          'organisations',
          `a multisectoral assessment is made together with ${WELLBEING} (L149, L155)`,
        ),
      ],
    }
  }
  return { ok: true, value: [...requested] }
}

/** A multisectoral assessment shares the case with the wellbeing county (L149, L155). */
export function organisationsToShareWith(
  kind: AssessmentKind,
  current: readonly string[],
): StaffOrganisationId[] {
  return kind === 'multisectoral' && !current.includes(WELLBEING) ? [WELLBEING] : []
}

// ---------------------------------------------------------------------------
// Parts 3 and 4: participations

export interface ParticipationState {
  readonly startedOn: LocalDate
  readonly endedOn: LocalDate | undefined
  readonly interrupted: boolean
  readonly interruptionReason: string | undefined
}

/**
 * A participation may be entered when a course is about to start (up to a
 * year ahead), but it ends on a day that has come; an interrupted one ends on
 * the day it was interrupted and says why.
 */
export function participationBreaches(
  p: ParticipationState,
  context: { today: LocalDate; birthDate: LocalDate },
): Breach[] {
  const breaches: Breach[] = []
  if (p.startedOn.isAfter(context.today.plusDays(plannedStartAheadDays))) {
    breaches.push(invalid('startedOn', 'must be at most a year ahead'))
  } else if (p.startedOn.isBefore(context.birthDate)) {
    breaches.push(invalid('startedOn', "must not be before the customer's birth date"))
  }
  if (p.endedOn !== undefined) {
    if (p.endedOn.isBefore(p.startedOn)) {
      breaches.push(invalid('endedOn', 'must not be before startedOn'))
    } else if (p.endedOn.isAfter(context.today)) {
      breaches.push(invalid('endedOn', 'must not be in the future'))
    }
  }
  if (p.interrupted) {
    if (p.endedOn === undefined) {
      breaches.push(invalid('endedOn', 'an interrupted participation ends on the day it stopped'))
    }
    if (p.interruptionReason === undefined) {
      breaches.push(invalid('interruptionReason', 'say why the participation was interrupted'))
    }
  } else if (p.interruptionReason !== undefined) {
    breaches.push(invalid('interruptionReason', 'only for an interrupted participation'))
  }
  return breaches
}

// ---------------------------------------------------------------------------
// The final language test (part 4)

/**
 * «…grundläggande färdigheter i svenska eller finska (B1.1)» (L224): a test
 * reaches the target when its lowest skill is at B1.1 or higher (L244).
 */
export function languageTestOutcome(results: Readonly<Record<string, CefrLevel | undefined>>): {
  lowestLevel: CefrLevel
  reachedTarget: boolean
} {
  const levels = Object.values(results).filter((l): l is CefrLevel => l !== undefined)
  const lowestLevel = lowestCefr(levels)
  if (lowestLevel === undefined) throw new Error('a language test has at least one result')
  return {
    lowestLevel,
    reachedTarget: compareCefr(lowestLevel, integrationTrainingTargetLevel) >= 0,
  }
}

// ---------------------------------------------------------------------------
// The customer as the routing rules see them

export interface CustomerFacts {
  readonly birthDate: string
  readonly municipality: string
  readonly jobSeekerStatus: string
  readonly categories: readonly string[]
  readonly needsCoordination: boolean
  readonly arrivedOn: string | null
  readonly residencePermitOn: string | null
}

/** The routing request for a recorded customer on a day (part 1–6 routing, rules.md §e). */
export function routingInputFor(
  customer: CustomerFacts,
  onDate: LocalDate,
  facts: { assessmentCompleted?: boolean; hasValidPlan?: boolean } = {},
): RoutingInput {
  const jobSeekerStatus = customer.jobSeekerStatus as JobSeekerStatus
  return {
    birthDate: LocalDate.parse(customer.birthDate),
    municipality: customer.municipality as MunicipalityId,
    unemployedJobSeeker: jobSeekerStatus === 'unemployed',
    jobSeekerStatus,
    categories: customer.categories as CustomerCategory[],
    needsCoordination: customer.needsCoordination,
    ...(customer.arrivedOn ? { arrivedOn: LocalDate.parse(customer.arrivedOn) } : {}),
    ...(customer.residencePermitOn
      ? { residencePermitOn: LocalDate.parse(customer.residencePermitOn) }
      : {}),
    onDate,
    ...facts,
  }
}
