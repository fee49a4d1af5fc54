import { type CustomerCategory, municipalities } from './definitions.js'
import { ageOn } from './plan-clock.js'
import type { RoutingInput, RoutingResponse, Situation } from './routing.types.js'
import { assessment, integrationCustomer, integrationPlan } from './routing-assessment.js'
import {
  civicOrientation,
  guidance,
  integrationTraining,
  otherServices,
} from './routing-services.js'
import { defaultSettings, type ProgrammeSettings } from './settings.js'

// Which organisations arrange each of the six programme parts for a person:
// the routing matrix of rules.md §e.1, following its pseudo-code (§e.2). Pure:
// the same input and settings always give the same answer, and the answer
// turns only on facts the programme names (municipality, age, job-seeker
// status, the L149 groups, arrival and permit dates, the assessment, the plan).

export type {
  AssessmentAnswer,
  AssessmentKind,
  CivicOrientationAnswer,
  Eligibility,
  GuidanceAnswer,
  IntegrationPlanAnswer,
  PlanType,
  RoutingFact,
  RoutingInput,
  RoutingResponse,
  ServiceAnswer,
} from './routing.types.js'
export { eligibilityValues, routingFacts } from './routing.types.js'
export type { Basis, Bilingual, CaseConference } from './routing-basis.js'

/** Routes a person to the six programme parts as on `input.onDate`. */
export function route(
  input: RoutingInput,
  settings: ProgrammeSettings = defaultSettings,
): RoutingResponse {
  const s = situation(input, settings)
  const assessmentAnswer = assessment(s)
  const plan = integrationPlan(s, assessmentAnswer)
  const customer = integrationCustomer(s, plan)
  return {
    onDate: input.onDate.toString(),
    services: {
      assessment: assessmentAnswer,
      'integration-plan': plan,
      'civic-orientation': civicOrientation(s, customer),
      'integration-training': integrationTraining(s, customer),
      'other-services': otherServices(s),
      guidance: guidance(s),
    },
  }
}

function situation(input: RoutingInput, settings: ProgrammeSettings): Situation {
  const has = (category: CustomerCategory) => input.categories.includes(category)
  const unemployed = input.unemployedJobSeeker
  return {
    input,
    settings,
    age: ageOn(input, input.onDate),
    // L151: OSO for Nykarleby's unemployed job seekers, JSO for the other four municipalities.
    employmentArea: municipalities[input.municipality].employmentArea,
    nykarleby: input.municipality === 'nykarleby',
    unemployed,
    // `unemployedJobSeeker` is the contract's field and wins; `jobSeekerStatus`
    // only adds the job seeker who is not unemployed (AMB-01).
    jobSeeker: unemployed
      ? 'unemployed'
      : input.jobSeekerStatus === 'other-job-seeker'
        ? 'other-job-seeker'
        : 'not',
    // L149, first sentence: «Integrationsenheten ansvarar för bedömning för …».
    // Quota refugees are not in this list, but they are always assessed with
    // the wellbeing county (next), which the Integration Unit leads (AMB-06).
    integrationUnitGroup:
      has('international-protection') ||
      has('social-assistance') ||
      has('home-care-allowance') ||
      has('unaccompanied-minor') ||
      has('trafficking-victim'),
    // L149, second sentence: «… samarbetar med Österbottens välfärdsområde …»,
    // where «de som får utkomststöd» includes temporary assistance (AMB-07);
    // L155: a social, health or rehabilitation need (AMB-08, a counsellor's judgement).
    // `family-member` and `other` route nowhere by themselves (matrix row 5).
    coordination:
      has('quota-refugee') ||
      has('unaccompanied-minor') ||
      has('trafficking-victim') ||
      has('social-assistance') ||
      input.temporarySocialAssistance === true ||
      input.needsCoordination === true,
  }
}
