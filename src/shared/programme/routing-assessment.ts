import type { StaffOrganisationId } from '../organisations.js'
import { planMaxValidityYears, planReviewIntervalMonths } from './definitions.js'
import { primaryGoalForAge } from './plan-clock.js'
import { type ProgrammeQuote, programmeText as text } from './programme-text.js'
import type {
  AssessmentAnswer,
  AssessmentKind,
  Eligibility,
  IntegrationPlanAnswer,
  RoutingFact,
  Situation,
} from './routing.types.js'
import {
  answer,
  basis,
  type CaseConference,
  caseConference,
  settingsApplied,
} from './routing-basis.js'
import { readings } from './routing-readings.js'
import type { SettingName } from './settings.js'

// Parts 1 and 2: the assessment and the plan drawn up from it
// (rules.md §e.1 rows 1–13).

const IU: StaffOrganisationId = 'integration-unit'
const WBC: StaffOrganisationId = 'wellbeing-ostrobothnia'

export function assessment(s: Situation): AssessmentAnswer {
  const kind: AssessmentKind = s.coordination ? 'multisectoral' : 'standard'
  // L155: the multisectoral assessment is made «tillsammans med Österbottens välfärdsområde».
  const withWellbeing: StaffOrganisationId[] = s.coordination ? [WBC] : []
  const groupQuotes: ProgrammeQuote[] = [
    ...(s.integrationUnitGroup ? [text.integrationUnitAssesses] : []),
    ...(s.coordination ? [text.integrationUnitWithWellbeing, text.multisectoralWithWellbeing] : []),
  ]

  if (s.unemployed) {
    // Row 1. L151: the municipality's employment area assesses unemployed job seekers.
    const areaQuote = s.nykarleby ? text.ostrobothniaAreaAssesses : text.jakobstadAreaAssesses
    if (groupQuotes.length === 0) {
      return answer('yes', [s.employmentArea], basis([areaQuote]), { kind })
    }
    // Rows 4 and 7, AMB-04: L149 names the Integration Unit for the same person,
    // and nothing says which comes first.
    const setting = s.settings.unemployedInIntegrationUnitGroup
    const note =
      setting === 'joint'
        ? readings.overlapJoint
        : setting === 'employment-area'
          ? readings.overlapEmploymentArea
          : readings.overlapCaseConference
    return answer(
      'yes',
      [s.employmentArea, ...withWellbeing, ...(setting === 'joint' ? [IU] : [])],
      basis([areaQuote, ...groupQuotes], note),
      {
        kind,
        ...settingsApplied(['unemployedInIntegrationUnitGroup']),
        ...(setting === 'employment-area-with-case-conference'
          ? {
              caseConference: caseConference('AMB-04', note, [
                s.employmentArea,
                IU,
                ...withWellbeing,
              ]),
            }
          : {}),
      },
    )
  }

  if (groupQuotes.length > 0) {
    // Rows 3 and 6 (L149): the Integration Unit, with the wellbeing county when multisectoral.
    return answer('yes', [IU, ...withWellbeing], basis(groupQuotes), { kind })
  }

  if (s.jobSeeker === 'other-job-seeker') {
    // Row 2, AMB-01: «arbetssökande» (L94) but only «arbetslösa» are assessed by name (L151).
    const setting = s.settings.jobSeekerNotUnemployed
    if (setting === 'integration-unit') {
      return answer(
        'yes',
        [IU],
        basis([text.municipalityForOthers], readings.jobSeekerNotUnemployedIntegrationUnit),
        { kind, ...settingsApplied(['jobSeekerNotUnemployed']) },
      )
    }
    return answer(
      'yes',
      [s.employmentArea],
      basis(
        [text.employmentAuthorityForJobSeekers, text.jakobstadAreaAssesses],
        readings.jobSeekerNotUnemployedEmploymentArea,
      ),
      {
        kind,
        ...settingsApplied(['jobSeekerNotUnemployed']),
        ...(setting === 'employment-area-with-case-conference'
          ? { caseConference: jobSeekerCaseConference(s) }
          : {}),
      },
    )
  }

  // Row 5, AMB-05: no one is named for other immigrants; L94 gives them to the municipality.
  if (s.settings.otherImmigrantsAssessment === 'not-offered') {
    return answer(
      'no',
      [],
      basis([text.municipalityForOthers], readings.otherImmigrantsNotOffered),
      { kind, ...settingsApplied(['otherImmigrantsAssessment']) },
    )
  }
  return answer(
    'yes',
    [IU],
    basis([text.municipalityForOthers], readings.otherImmigrantsIntegrationUnit),
    { kind, ...settingsApplied(['otherImmigrantsAssessment']) },
  )
}

function jobSeekerCaseConference(s: Situation): CaseConference {
  return caseConference('AMB-01', readings.jobSeekerNotUnemployedCaseConference, [
    s.employmentArea,
    IU,
  ])
}

export function integrationPlan(s: Situation, assessed: AssessmentAnswer): IntegrationPlanAnswer {
  // L173: the goal is education under 25, employment otherwise; age on the day asked (AMB-22).
  const primaryGoal = primaryGoalForAge(s.age)
  // L177: a plan follows a completed assessment, so a valid plan also means one was made.
  const hasAssessment =
    s.input.assessmentCompleted === true ||
    s.input.assessedNeedForIntegrationTraining !== undefined ||
    s.input.hasValidPlan === true
  const eligible: Eligibility =
    assessed.eligible === 'no' ? 'no' : hasAssessment ? 'yes' : 'if-assessed'
  const common: ProgrammeQuote[] = [
    ...(eligible === 'if-assessed' ? [text.planAfterAssessment] : []),
    ...(primaryGoal === 'education' ? [text.educationUnder25] : []),
  ]
  const facts = {
    primaryGoal,
    validForAtMostYears: planMaxValidityYears,
    reviewEveryMonths: planReviewIntervalMonths,
    ...(eligible === 'if-assessed'
      ? { missingInformation: ['assessmentCompleted'] satisfies RoutingFact[] }
      : {}),
  }
  const owners = (orgs: StaffOrganisationId[]) => (eligible === 'no' ? [] : orgs)

  if (s.unemployed) {
    // Rows 8 and 12. L182: the employment plan replaces the integration plan;
    // L186 names OSO for Nykarleby's unemployed job seekers; L190 the areas follow up.
    const quotes = [
      text.employmentPlanReplaces,
      ...(s.nykarleby ? [text.planAuthorities] : []),
      text.planFollowUpByEmploymentAreas,
      ...common,
    ]
    const notes = s.nykarleby ? [] : [readings.unemployedPlanOwner]
    return answer(eligible, owners([s.employmentArea]), basis(quotes, ...notes), {
      ...facts,
      planType: 'employment-plan',
    })
  }

  const jobSeekerSetting = s.settings.jobSeekerNotUnemployed
  if (s.jobSeeker === 'other-job-seeker' && jobSeekerSetting !== 'integration-unit') {
    // AMB-01: L182 «För arbetssökande» covers every job seeker, so the employment
    // authority (L94) makes an employment plan.
    return answer(
      eligible,
      owners([s.employmentArea]),
      basis(
        [text.employmentAuthorityForJobSeekers, text.employmentPlanReplaces, ...common],
        readings.jobSeekerNotUnemployedEmploymentArea,
      ),
      {
        ...facts,
        planType: 'employment-plan',
        ...settingsApplied(['jobSeekerNotUnemployed']),
        ...(jobSeekerSetting === 'employment-area-with-case-conference'
          ? { caseConference: jobSeekerCaseConference(s) }
          : {}),
      },
    )
  }

  const applied: SettingName[] = [
    ...(s.jobSeeker === 'other-job-seeker' ? (['jobSeekerNotUnemployed'] as const) : []),
    ...(assessed.eligible === 'no' ? (['otherImmigrantsAssessment'] as const) : []),
  ]
  if (s.coordination) {
    // Row 10 [I]: paired like the multisectoral assessment (L149); WBC is named in L186.
    return answer(
      eligible,
      owners([IU, WBC]),
      basis(
        [text.planAuthorities, text.planFollowUpByIntegrationUnit, ...common],
        readings.multisectoralPlan,
      ),
      { ...facts, planType: 'multisectoral-integration-plan', ...settingsApplied(applied) },
    )
  }
  // Rows 9 and 13 [I]: the municipality's plan (L94), made and followed up by the Integration Unit (L190).
  return answer(
    eligible,
    owners([IU]),
    basis(
      [text.municipalityForOthers, text.planFollowUpByIntegrationUnit, ...common],
      readings.integrationUnitPlan,
    ),
    { ...facts, planType: 'integration-plan', ...settingsApplied(applied) },
  )
}

/**
 * L100: an integration customer has a valid integration plan; undefined when
 * the request does not say. AMB-03: whether an employment plan counts.
 */
export function integrationCustomer(
  s: Situation,
  plan: IntegrationPlanAnswer,
): boolean | undefined {
  if (s.input.hasValidPlan === undefined) return undefined
  if (!s.input.hasValidPlan) return false
  return plan.planType !== 'employment-plan' || s.settings.employmentPlanCountsAsIntegrationPlan
}
