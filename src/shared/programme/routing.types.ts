import type { StaffOrganisationId } from '../organisations.js'
import type { LocalDate } from '../time/local-date.js'
import type {
  CustomerCategory,
  EmploymentAreaId,
  InfoPointId,
  JobSeekerStatus,
  MunicipalityId,
} from './definitions.js'
import type { AgeBasis, PrimaryGoal } from './plan-clock.js'
import type { Basis, CaseConference } from './routing-basis.js'
import type { ProgrammeSettings, SettingName } from './settings.js'

// The shapes of POST /api/v1/routing (shared/contract/README.md) as the pure
// routing function sees them: dates are LocalDates on the way in and ISO
// strings on the way out.

/** The contract's routing request after validation, plus the optional facts Porten adds. */
export type RoutingInput = AgeBasis & {
  readonly municipality: MunicipalityId
  readonly unemployedJobSeeker: boolean
  /** Refines `unemployedJobSeeker`: a job seeker who is not unemployed (AMB-01). */
  readonly jobSeekerStatus?: JobSeekerStatus
  readonly categories: readonly CustomerCategory[]
  readonly arrivedOn?: LocalDate
  readonly residencePermitOn?: LocalDate
  readonly onDate: LocalDate
  /** Temporary social assistance: multisectoral (L149 «de som får utkomststöd»), not an IU group (AMB-07). */
  readonly temporarySocialAssistance?: boolean
  /** «andra vars tjänster kräver samordning» (L149), or a social/health/rehabilitation need (L155): a counsellor's judgement (AMB-08). */
  readonly needsCoordination?: boolean
  readonly assessmentCompleted?: boolean
  /** The assessment's finding (L228); given at all, it also means an assessment was completed. */
  readonly assessedNeedForIntegrationTraining?: boolean
  /** Has a valid plan (L100); decides integration-customer status and implies an assessment (L177). */
  readonly hasValidPlan?: boolean
}

/** «if-assessed»: the assessment decides (L177 for the plan, L228 for training). */
export const eligibilityValues = ['yes', 'no', 'if-assessed'] as const
export type Eligibility = (typeof eligibilityValues)[number]

/** Facts of the request that would settle an open answer. */
export const routingFacts = [
  'arrivedOn',
  'residencePermitOn',
  'assessmentCompleted',
  'assessedNeedForIntegrationTraining',
] as const
export type RoutingFact = (typeof routingFacts)[number]

export interface ServiceAnswer {
  readonly eligible: Eligibility
  /** Empty exactly when `eligible` is "no". */
  readonly responsible: readonly StaffOrganisationId[]
  readonly basis: Basis
  readonly caseConference?: CaseConference
  /** Facts that would settle an open answer. */
  readonly missingInformation?: readonly RoutingFact[]
  /** The settings (ambiguity readings) this answer turned on. */
  readonly settingsApplied?: readonly SettingName[]
}

export type AssessmentKind = 'standard' | 'multisectoral'
export type PlanType = 'integration-plan' | 'multisectoral-integration-plan' | 'employment-plan'

export interface AssessmentAnswer extends ServiceAnswer {
  readonly kind: AssessmentKind
}
export interface IntegrationPlanAnswer extends ServiceAnswer {
  readonly planType: PlanType
  readonly primaryGoal: PrimaryGoal
  /** L190: in force at most two years, reviewed at least every six months. */
  readonly validForAtMostYears: number
  readonly reviewEveryMonths: number
}
export interface CivicOrientationAnswer extends ServiceAnswer {
  /** ISO date: the last day the person is within the L202 window. */
  readonly closesOn?: string
}
export interface GuidanceAnswer extends ServiceAnswer {
  readonly locations: readonly InfoPointId[]
  /** Part 6 authorities outside the contract's organisations (L415, L416). */
  readonly referrals: readonly ('kela' | 'migri')[]
}

export interface RoutingResponse {
  readonly onDate: string
  readonly services: {
    readonly assessment: AssessmentAnswer
    readonly 'integration-plan': IntegrationPlanAnswer
    readonly 'civic-orientation': CivicOrientationAnswer
    readonly 'integration-training': ServiceAnswer
    readonly 'other-services': ServiceAnswer
    readonly guidance: GuidanceAnswer
  }
}

/** The facts of a person that routing turns on, derived once by `route`. */
export interface Situation {
  readonly input: RoutingInput
  readonly settings: ProgrammeSettings
  readonly age: number
  /** L151: OSO for Nykarleby, JSO for the other four. */
  readonly employmentArea: EmploymentAreaId
  readonly nykarleby: boolean
  readonly unemployed: boolean
  readonly jobSeeker: JobSeekerStatus
  /** L149, first sentence: the Integration Unit's own assessment groups. */
  readonly integrationUnitGroup: boolean
  /** L149, second sentence, and L155: assessed together with the wellbeing county. */
  readonly coordination: boolean
}
