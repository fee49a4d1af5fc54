import type { StaffOrganisationId } from '../organisations.js'
import { municipalities } from './definitions.js'
import { civicOrientationWindow, isNewcomer } from './plan-clock.js'
import { type ProgrammeQuote, programmeText as text } from './programme-text.js'
import type {
  CivicOrientationAnswer,
  Eligibility,
  GuidanceAnswer,
  RoutingFact,
  ServiceAnswer,
  Situation,
} from './routing.types.js'
import {
  answer,
  type Bilingual,
  basis,
  type CaseConference,
  caseConference,
  settingsApplied,
} from './routing-basis.js'
import { readings } from './routing-readings.js'
import type { SettingName } from './settings.js'

// Parts 3–6: civic orientation, integration training, other services and
// guidance (rules.md §e.1 rows 14–24).

const IU: StaffOrganisationId = 'integration-unit'
const JSO: StaffOrganisationId = 'employment-jakobstad'
const OSO: StaffOrganisationId = 'employment-ostrobothnia'
const WBC: StaffOrganisationId = 'wellbeing-ostrobothnia'

type Course = 'civic-orientation' | 'integration-training'

interface Provision {
  readonly responsible: StaffOrganisationId[]
  readonly quotes: ProgrammeQuote[]
  readonly notes: Bilingual[]
  readonly applied: SettingName[]
  readonly caseConference?: CaseConference
}

/**
 * Who arranges a course. The programme says so only for integration customers
 * (L202–L204, L228–L230); `customer` is false for a person known to have no
 * valid plan, undefined when not told.
 */
function provision(s: Situation, course: Course, customer: boolean | undefined): Provision {
  const civic = course === 'civic-orientation'
  let p: Provision
  if (s.nykarleby && s.unemployed) {
    // L204, L230: Nykarleby's unemployed job seekers go to OSO.
    const quote = civic
      ? text.civicOrientationNykarlebyUnemployed
      : text.trainingNykarlebyUnemployed
    p = { responsible: [OSO], quotes: [quote], notes: [], applied: [] }
  } else if (s.nykarleby && !civic) {
    // L230 names only JSO for Nykarleby's other customers (AMB-11).
    const withIu = s.settings.nykarlebyOtherTrainingWithIntegrationUnit
    p = {
      responsible: withIu ? [JSO, IU] : [JSO],
      quotes: [text.trainingNykarlebyOthers],
      notes: withIu ? [readings.nykarlebyTrainingWithIntegrationUnit] : [],
      applied: ['nykarlebyOtherTrainingWithIntegrationUnit'],
    }
  } else {
    // L202, L204 (Nykarleby's others), L228: «Jakobstadsregionens sysselsättningsområde
    // och integrationsenheten» together (AMB-10).
    const quote = civic
      ? s.nykarleby
        ? text.civicOrientationNykarlebyOthers
        : text.civicOrientationFourMunicipalities
      : text.trainingFourMunicipalities
    const split = s.settings.jointProvision === 'split-by-job-seeker-status'
    p = {
      responsible: split ? [s.unemployed ? JSO : IU] : [JSO, IU],
      quotes: [quote],
      notes: split ? [readings.jointSplit] : [],
      applied: ['jointProvision'],
    }
  }
  if (customer !== false) return p
  // AMB-09 (and AMB-03 when the plan is an employment plan that does not count).
  const applied: SettingName[] = [...p.applied, 'nonCustomerRouting']
  if (s.settings.nonCustomerRouting === 'as-customers') {
    return { ...p, notes: [...p.notes, readings.nonCustomersAsCustomers], applied }
  }
  const planNotCounted = s.input.hasValidPlan === true
  const reason = planNotCounted
    ? readings.employmentPlanNotCounted
    : readings.nonCustomerCaseConference
  return {
    ...p,
    quotes: [text.integrationCustomer, ...p.quotes],
    notes: [...p.notes, reason],
    applied: planNotCounted ? [...applied, 'employmentPlanCountsAsIntegrationPlan'] : applied,
    caseConference: caseConference(planNotCounted ? 'AMB-03' : 'AMB-09', reason, [
      ...p.responsible,
      IU,
    ]),
  }
}

function provided(
  eligible: Eligibility,
  head: ProgrammeQuote[],
  headNotes: Bilingual[],
  headApplied: SettingName[],
  p: Provision,
) {
  return answer(eligible, p.responsible, basis([...head, ...p.quotes], ...headNotes, ...p.notes), {
    ...settingsApplied([...headApplied, ...p.applied]),
    ...(p.caseConference ? { caseConference: p.caseConference } : {}),
  })
}

export function civicOrientation(
  s: Situation,
  customer: boolean | undefined,
): CivicOrientationAnswer {
  const window = civicOrientationWindow(s.input, s.settings)
  const closesOn = window.closesOn ? { closesOn: window.closesOn.toString() } : {}
  const applied: SettingName[] = [
    'adultAge',
    ...(s.input.arrivedOn ? (['recentArrivalMonths'] as const) : []),
    ...(s.input.residencePermitOn ? (['civicOrientationPermitYears'] as const) : []),
  ]
  if (!window.eligible) {
    const note = !window.adult
      ? readings.minorNotAdult
      : window.missing.length > 0
        ? readings.datesMissing
        : readings.windowClosed
    return answer('no', [], basis([text.civicOrientationForWhom], note), {
      ...closesOn,
      ...(window.adult && window.missing.length > 0
        ? { missingInformation: [...window.missing] }
        : {}),
      ...settingsApplied(applied),
    })
  }
  const p = provision(s, 'civic-orientation', customer)
  return { ...provided('yes', [text.civicOrientationForWhom], [], applied, p), ...closesOn }
}

export function integrationTraining(s: Situation, customer: boolean | undefined): ServiceAnswer {
  const need = s.input.assessedNeedForIntegrationTraining
  const unconditional = s.unemployed && !s.settings.unemployedTrainingRequiresAssessedNeed
  // L228: unemployed job seekers, and others whose assessment found a need (AMB-12).
  const eligible: Eligibility = unconditional
    ? 'yes'
    : need === true
      ? 'yes'
      : need === false
        ? 'no'
        : 'if-assessed'
  const notes = s.unemployed
    ? [
        unconditional
          ? readings.unemployedTrainingUnconditional
          : readings.unemployedTrainingNeedsAssessment,
      ]
    : []
  const applied: SettingName[] = s.unemployed ? ['unemployedTrainingRequiresAssessedNeed'] : []
  const missing =
    eligible === 'if-assessed'
      ? { missingInformation: ['assessedNeedForIntegrationTraining'] satisfies RoutingFact[] }
      : {}
  if (eligible === 'no') {
    return answer('no', [], basis([text.trainingForWhom], ...notes), settingsApplied(applied))
  }
  const p = provision(s, 'integration-training', customer)
  return { ...provided(eligible, [text.trainingForWhom], notes, applied, p), ...missing }
}

/** L256 «nyanlända», L399 «nyligen flyttat» (AMB-28). */
function newcomer(s: Situation) {
  const known = s.input.arrivedOn !== undefined
  const is = isNewcomer(s.input.arrivedOn, s.input.onDate, s.settings)
  const note = known
    ? is
      ? []
      : [readings.notNewcomer]
    : [is ? readings.arrivalUnknownNewcomer : readings.arrivalUnknownNotNewcomer]
  return {
    eligible: (is ? 'yes' : 'no') as Eligibility,
    notes: note,
    applied: [known ? 'recentArrivalMonths' : 'newcomerWhenArrivalUnknown'] as SettingName[],
    missing: known ? {} : { missingInformation: ['arrivedOn'] satisfies RoutingFact[] },
  }
}

export function otherServices(s: Situation): ServiceAnswer {
  const n = newcomer(s)
  // L258 names municipalities, institutes and associations; of the contract's
  // organisations, the Integration Unit coordinates and follows up (L389).
  const quotes =
    n.eligible === 'yes'
      ? [text.otherServicesForWhom, text.otherServicesActors, text.otherServicesFollowUp]
      : [text.otherServicesForWhom]
  const notes = n.eligible === 'yes' ? [...n.notes, readings.otherServicesCoordinator] : n.notes
  return answer(n.eligible, n.eligible === 'yes' ? [IU] : [], basis(quotes, ...notes), {
    ...n.missing,
    ...settingsApplied(n.applied),
  })
}

export function guidance(s: Situation): GuidanceAnswer {
  const n = newcomer(s)
  // L399: whatever the reason for moving, with no municipality condition (AMB-30).
  // L412–L414: the municipality (the Integration Unit, which runs Integrationsporten),
  // the employment office and the wellbeing county each guide within their remit (L395).
  const quotes =
    n.eligible === 'yes'
      ? [
          text.guidanceForWhom,
          text.guidanceDuty,
          text.integrationsporten,
          text.guidanceMunicipality,
          text.guidanceEmployment,
          text.guidanceWellbeing,
        ]
      : [text.guidanceForWhom]
  const notes = n.eligible === 'yes' ? [...n.notes, readings.guidanceAuthorities] : n.notes
  return answer(
    n.eligible,
    n.eligible === 'yes' ? [s.employmentArea, IU, WBC] : [],
    basis(quotes, ...notes),
    {
      locations: [...municipalities[s.input.municipality].infoPoints],
      referrals: ['kela', 'migri'] as ('kela' | 'migri')[],
      ...n.missing,
      ...settingsApplied(n.applied),
    },
  )
}
