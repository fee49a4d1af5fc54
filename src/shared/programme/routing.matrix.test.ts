import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { StaffOrganisationId } from '../organisations.js'
import { LocalDate } from '../time/local-date.js'
import type { InfoPointId, MunicipalityId, ProgrammePartId } from './definitions.js'
import {
  type AssessmentKind,
  type Eligibility,
  type PlanType,
  type RoutingInput,
  route,
  type ServiceAnswer,
} from './routing.js'
import { type AmbiguityId, type ProgrammeSettings, withSettings } from './settings.js'

// rules.md §e.1, row by row. Each case carries the programme's own words and
// line; the answer's basis must cite that line (and, for [E] rows, quote it).

const JAK_KRO_LAR_PED: readonly MunicipalityId[] = ['jakobstad', 'kronoby', 'larsmo', 'pedersore']
const ALL: readonly MunicipalityId[] = [...JAK_KRO_LAR_PED, 'nykarleby']
const IU = 'integration-unit'
const JSO = 'employment-jakobstad'
const OSO = 'employment-ostrobothnia'
const WBC = 'wellbeing-ostrobothnia'

type Facts = Omit<RoutingInput, 'municipality' | 'onDate' | 'birthDate' | 'age'> & { age?: number }

interface Expected {
  readonly eligible?: Eligibility
  readonly responsible?: readonly StaffOrganisationId[]
  readonly kind?: AssessmentKind
  readonly planType?: PlanType
  readonly primaryGoal?: 'employment' | 'education'
  /** null: asserts there is no case conference. */
  readonly caseConference?: AmbiguityId | null
  readonly locations?: readonly InfoPointId[]
  /** The line this part's basis must cite, where it differs from the case's. */
  readonly line?: string
}

interface MatrixCase {
  readonly row: number
  readonly title: string
  readonly quote: string
  readonly line: string
  readonly municipalities: readonly MunicipalityId[]
  readonly input: Facts
  readonly settings?: Partial<ProgrammeSettings>
  readonly expect: Partial<Record<ProgrammePartId, Expected>>
}

const onDate = LocalDate.parse('2025-06-02')
const recently = LocalDate.parse('2025-03-10')
const person = (facts: Partial<Facts>): Facts => ({
  unemployedJobSeeker: false,
  categories: [],
  arrivedOn: recently,
  ...facts,
})
const unemployed = (facts: Partial<Facts> = {}) => person({ unemployedJobSeeker: true, ...facts })
const customer = { hasValidPlan: true }

function check(c: MatrixCase, municipality: MunicipalityId, explicit: boolean) {
  const { age = 30, ...facts } = c.input
  const input: RoutingInput = { ...facts, age, municipality, onDate }
  const services = route(input, withSettings(c.settings ?? {})).services
  for (const [part, want] of Object.entries(c.expect) as [ProgrammePartId, Expected][]) {
    const got = services[part] as ServiceAnswer & Partial<Record<keyof Expected, unknown>>
    const where = `row ${c.row}, ${municipality}, ${part}`
    if (want.eligible) expect(got.eligible, where).toBe(want.eligible)
    if (want.responsible) expect(got.responsible, where).toEqual([...want.responsible].sort())
    if (want.kind) expect(got.kind, where).toBe(want.kind)
    if (want.planType) expect(got.planType, where).toBe(want.planType)
    if (want.primaryGoal) expect(got.primaryGoal, where).toBe(want.primaryGoal)
    if (want.locations) expect(got.locations, where).toEqual(want.locations)
    if (want.caseConference === null) expect(got.caseConference, where).toBeUndefined()
    else if (want.caseConference)
      expect(got.caseConference?.ambiguity, where).toBe(want.caseConference)
    expect(got.basis.lines, where).toContain(want.line ?? c.line)
    if (explicit) {
      for (const fragment of c.quote.replace(/[«»]/g, '').split('…')) {
        expect(got.basis.sv, where).toContain(fragment.trim())
      }
    }
  }
}

/** Rows marked [E]: the programme says it in so many words. */
const explicitRows: MatrixCase[] = [
  {
    row: 1,
    title: 'unemployed job seekers in four municipalities are assessed by JSO',
    quote:
      '«Jakobstadsregionens sysselsättningsområde utför servicebedömningar för arbetslösa arbetssökanden i Jakobstad, Kronoby, Larsmo och Pedersöre»',
    line: 'L151',
    municipalities: JAK_KRO_LAR_PED,
    input: unemployed(),
    expect: {
      assessment: { eligible: 'yes', responsible: [JSO], kind: 'standard', caseConference: null },
    },
  },
  {
    row: 1,
    title: "Nykarleby's unemployed job seekers are assessed by OSO",
    quote:
      '«för arbetslösa arbetssökanden i Nykarleby utförs servicebedömningarna av Österbottens sysselsättningsområde.»',
    line: 'L151',
    municipalities: ['nykarleby'],
    input: unemployed(),
    expect: { assessment: { eligible: 'yes', responsible: [OSO], kind: 'standard' } },
  },
  {
    row: 3,
    title: 'the Integration Unit assesses its groups (not unemployed)',
    quote:
      '«Integrationsenheten ansvarar för bedömning för de som fått internationellt skydd, utkomststöd annat än tillfälligt, hemvårdsstöd, …»',
    line: 'L149',
    municipalities: ALL,
    input: person({ categories: ['home-care-allowance', 'international-protection'] }),
    expect: {
      assessment: { eligible: 'yes', responsible: [IU], kind: 'standard', caseConference: null },
    },
  },
  {
    row: 6,
    title:
      'quota refugees, minors, trafficking victims and coordination: IU with WBC, multisectoral',
    quote:
      '«Integrationsenheten samarbetar med Österbottens välfärdsområde för att bedöma behovet av tjänster för kvotflyktingar, …»',
    line: 'L149',
    municipalities: ALL,
    input: person({ categories: ['quota-refugee'] }),
    expect: { assessment: { eligible: 'yes', responsible: [IU, WBC], kind: 'multisectoral' } },
  },
  {
    row: 6,
    title: 'a need for social and health care is assessed with WBC',
    quote:
      '«Behovet av social- och hälsovård samt rehabilitering utreds vid en sektorövergripande bedömning tillsammans med Österbottens välfärdsområde.»',
    line: 'L155',
    municipalities: ALL,
    input: person({ needsCoordination: true }),
    expect: { assessment: { responsible: [IU, WBC], kind: 'multisectoral' } },
  },
  {
    row: 8,
    title: "Nykarleby's unemployed job seekers get their plan from OSO",
    quote:
      '«… samt Österbottens sysselsättningsområde för arbetslösa arbetssökanden bosatta i Nykarleby.»',
    line: 'L186',
    municipalities: ['nykarleby'],
    input: unemployed({ assessmentCompleted: true }),
    expect: {
      'integration-plan': {
        eligible: 'yes',
        responsible: [OSO],
        planType: 'employment-plan',
        primaryGoal: 'employment',
      },
    },
  },
  {
    row: 8,
    title:
      'for job seekers an employment plan replaces the integration plan; under 25 aims at education',
    quote: '«För arbetssökande ersätts integrationsplanen med en sysselsättningsplan.»',
    line: 'L182',
    municipalities: ALL,
    input: unemployed({ age: 22 }),
    expect: {
      'integration-plan': {
        eligible: 'if-assessed',
        planType: 'employment-plan',
        primaryGoal: 'education',
      },
    },
  },
  {
    row: 12,
    title: 'the employment areas follow up unemployed job seekers’ plans',
    quote:
      '«Jakobstadsregionens sysselsättningsområde och Österbottens sysselsättningsområde följer upp arbetslösa arbetssökandes integrationsplaner.»',
    line: 'L190',
    municipalities: JAK_KRO_LAR_PED,
    input: unemployed({ assessmentCompleted: true }),
    expect: { 'integration-plan': { responsible: [JSO] } },
  },
  {
    row: 13,
    title: 'the Integration Unit follows up the plans of others',
    quote:
      '«Integrationsenheten följer upp integrationsplanen om det sker förändringar i integrationskundens servicebehov eller livssituation, eller om integrationskunden begär det.»',
    line: 'L190',
    municipalities: ALL,
    input: person({ categories: ['international-protection'], assessmentCompleted: true }),
    expect: {
      'integration-plan': { eligible: 'yes', responsible: [IU], planType: 'integration-plan' },
    },
  },
  {
    row: 14,
    title: 'civic orientation for customers in four municipalities: JSO and IU',
    quote:
      '«Integrationskunder bosatta i Jakobstad, Kronoby, Larsmo eller Pedersöre får sin samhällsorientering via Jakobstadsregionens sysselsättningsområde och integrationsenheten.»',
    line: 'L202',
    municipalities: JAK_KRO_LAR_PED,
    input: unemployed(customer),
    expect: { 'civic-orientation': { eligible: 'yes', responsible: [IU, JSO] } },
  },
  {
    row: 14,
    title: "civic orientation for Nykarleby's unemployed customers: OSO",
    quote:
      '«Integrationskunder som är arbetslösa arbetssökanden och bosatta i Nykarleby får sin flerspråkiga samhällsorientering av Österbottens sysselsättningsområde (bilaga 1).»',
    line: 'L204',
    municipalities: ['nykarleby'],
    input: unemployed(customer),
    expect: { 'civic-orientation': { eligible: 'yes', responsible: [OSO] } },
  },
  {
    row: 15,
    title: "civic orientation for Nykarleby's other customers: JSO and IU",
    quote:
      '«Övriga integrationskunder bosatta i Nykarleby får sin flerspråkiga samhällsorientering via Jakobstadsregionens sysselsättningsområde och integrationsenheten.»',
    line: 'L204',
    municipalities: ['nykarleby'],
    input: person(customer),
    expect: { 'civic-orientation': { eligible: 'yes', responsible: [IU, JSO] } },
  },
  {
    row: 15,
    title: 'civic orientation for other customers in four municipalities: JSO and IU',
    quote:
      '«Integrationskunder bosatta i Jakobstad, Kronoby, Larsmo eller Pedersöre får sin samhällsorientering via …»',
    line: 'L202',
    municipalities: JAK_KRO_LAR_PED,
    input: person({ ...customer, arrivedOn: undefined, residencePermitOn: recently }),
    expect: { 'civic-orientation': { eligible: 'yes', responsible: [IU, JSO] } },
  },
  {
    row: 18,
    title: 'training for unemployed customers in four municipalities: JSO and IU',
    quote:
      '«Utbildningen ordnas för integrationskunder bosatta i Jakobstad, Kronoby, Larsmo och Pedersöre av Jakobstadsregionens sysselsättningsområde och integrationsenheten.»',
    line: 'L228',
    municipalities: JAK_KRO_LAR_PED,
    input: unemployed(customer),
    expect: { 'integration-training': { eligible: 'yes', responsible: [IU, JSO] } },
  },
  {
    row: 18,
    title: "training for Nykarleby's unemployed customers: OSO",
    quote:
      '«Integrationskunder som är arbetslösa arbetssökanden och bosatta i Nykarleby får sin integrationsutbildning via Österbottens sysselsättningsområde (bilaga 1).»',
    line: 'L230',
    municipalities: ['nykarleby'],
    input: unemployed(customer),
    expect: { 'integration-training': { eligible: 'yes', responsible: [OSO] } },
  },
  {
    row: 19,
    title: 'training for other customers with an assessed need in four municipalities: JSO and IU',
    quote:
      '«… och för andra invandrare som i servicebedömningen eller den sektorövergripande servicebedömningen anses ha behov av integrationsutbildning.»',
    line: 'L228',
    municipalities: JAK_KRO_LAR_PED,
    input: person({ ...customer, assessedNeedForIntegrationTraining: true }),
    expect: { 'integration-training': { eligible: 'yes', responsible: [IU, JSO] } },
  },
  {
    row: 19,
    title: "training for Nykarleby's other customers with an assessed need: JSO only",
    quote:
      '«Övriga integrationskunder bosatta i Nykarleby får sin integrationsutbildning via Jakobstadsregionens sysselsättningsområde.»',
    line: 'L230',
    municipalities: ['nykarleby'],
    input: person({ ...customer, assessedNeedForIntegrationTraining: true }),
    expect: { 'integration-training': { eligible: 'yes', responsible: [JSO] } },
  },
  {
    row: 22,
    title: 'guidance at Integrationsporten in Jakobstad (and Romporten)',
    quote:
      '«Jakobstadsregionens infopunkt, Integrationsporten, erbjuder allmän information och rådgivning om olika kommunala tjänster.»',
    line: 'L403',
    municipalities: ['jakobstad'],
    input: person({}),
    expect: {
      guidance: {
        eligible: 'yes',
        responsible: [IU, JSO, WBC],
        locations: ['jakobstad', 'romporten'],
      },
    },
  },
  {
    row: 22,
    title: 'guidance at Integrationsporten Kronoby (Kvarnen)',
    quote: '«Alla invandrare som nyligen flyttat till Finland, oberoende orsak till flytten.»',
    line: 'L399',
    municipalities: ['kronoby'],
    input: person({ unemployedJobSeeker: true }),
    expect: { guidance: { eligible: 'yes', responsible: [IU, JSO, WBC], locations: ['kronoby'] } },
  },
  {
    row: 22,
    title: 'guidance at Integrationsporten Nykarleby (Biblioteket); employment services by OSO',
    quote: '«Arbetsförmedlingen: ansvarig för arbetskraftsservice»',
    line: 'L413',
    municipalities: ['nykarleby'],
    input: person({}),
    expect: {
      guidance: { eligible: 'yes', responsible: [IU, OSO, WBC], locations: ['nykarleby'] },
    },
  },
  {
    row: 24,
    title: 'other education and services for all newcomers',
    quote: '«Alla nyanlända i Jakobstadsregionens kommuner.»',
    line: 'L256',
    municipalities: ALL,
    input: person({ categories: ['family-member'] }),
    expect: { 'other-services': { eligible: 'yes', responsible: [IU] } },
  },
]

describe('routing matrix, explicit rows [E]', () => {
  it.each(explicitRows)('row $row ($line): $title', (c) => {
    for (const municipality of c.municipalities) check(c, municipality, true)
  })

  it('refers to Kela and Migri, named in Part 6 (L415, L416)', () => {
    const guidance = route({ ...person({}), age: 40, municipality: 'larsmo', onDate }).services
      .guidance
    expect(guidance.referrals).toEqual(['kela', 'migri'])
    expect(guidance.basis.lines).toEqual(expect.arrayContaining(['L415', 'L416']))
  })
})

/**
 * Cells marked [I] or [?]: answered by a documented setting (and the test
 * shows the setting changes the answer) or flagged for a case conference.
 */
const readingRows: MatrixCase[] = [
  {
    row: 2,
    title: 'a job seeker who is not unemployed: EA, flagged (AMB-01 default)',
    quote:
      '«Arbetskraftsmyndigheten ansvarar för ordnandet av tjänster för arbetssökande invandrare …»',
    line: 'L94',
    municipalities: JAK_KRO_LAR_PED,
    input: person({ jobSeekerStatus: 'other-job-seeker' }),
    expect: {
      assessment: { responsible: [JSO], caseConference: 'AMB-01' },
      'integration-plan': {
        responsible: [JSO],
        planType: 'employment-plan',
        caseConference: 'AMB-01',
      },
    },
  },
  {
    row: 2,
    title: 'a job seeker who is not unemployed in Nykarleby: OSO, flagged (AMB-01 default)',
    quote:
      '«Arbetskraftsmyndigheten ansvarar för ordnandet av tjänster för arbetssökande invandrare …»',
    line: 'L94',
    municipalities: ['nykarleby'],
    input: person({ jobSeekerStatus: 'other-job-seeker' }),
    expect: { assessment: { responsible: [OSO], caseConference: 'AMB-01' } },
  },
  {
    row: 2,
    title: 'a job seeker who is not unemployed, setting integration-unit: IU, integration plan',
    quote:
      '«Kommunen ansvarar för ordnandet av tjänster för andra invandrare och integrationskunder.»',
    line: 'L94',
    municipalities: ALL,
    input: person({ jobSeekerStatus: 'other-job-seeker' }),
    settings: { jobSeekerNotUnemployed: 'integration-unit' },
    expect: {
      assessment: { responsible: [IU], caseConference: null },
      'integration-plan': { responsible: [IU], planType: 'integration-plan', caseConference: null },
    },
  },
  {
    row: 2,
    title: 'a job seeker who is not unemployed, setting employment-area: EA, no flag',
    quote: '«För arbetssökande ersätts integrationsplanen med en sysselsättningsplan.»',
    line: 'L182',
    municipalities: ['larsmo'],
    input: person({ jobSeekerStatus: 'other-job-seeker' }),
    settings: { jobSeekerNotUnemployed: 'employment-area' },
    expect: {
      'integration-plan': { responsible: [JSO], planType: 'employment-plan', caseConference: null },
    },
  },
  {
    row: 4,
    title: 'unemployed and in an IU group: EA responsible, case conference (AMB-04 default)',
    quote: '«Integrationsenheten ansvarar för bedömning för de som fått internationellt skydd, …»',
    line: 'L149',
    municipalities: ALL,
    input: unemployed({ categories: ['international-protection'] }),
    expect: { assessment: { kind: 'standard', caseConference: 'AMB-04' } },
  },
  {
    row: 4,
    title: 'unemployed and in an IU group, setting joint: EA and IU, no flag',
    quote:
      '«Arbetskraftsmyndigheten bedömer kompetens och tjänstebehov för arbetslösa arbetssökanden.»',
    line: 'L151',
    municipalities: ['pedersore'],
    input: unemployed({ categories: ['home-care-allowance'] }),
    settings: { unemployedInIntegrationUnitGroup: 'joint' },
    expect: { assessment: { responsible: [IU, JSO], caseConference: null } },
  },
  {
    row: 4,
    title: 'unemployed and in an IU group, setting employment-area: OSO alone, no flag',
    quote: '«för arbetslösa arbetssökanden i Nykarleby utförs servicebedömningarna av …»',
    line: 'L151',
    municipalities: ['nykarleby'],
    input: unemployed({ categories: ['social-assistance'], temporarySocialAssistance: undefined }),
    settings: { unemployedInIntegrationUnitGroup: 'employment-area' },
    expect: {
      assessment: { responsible: [OSO, WBC], kind: 'multisectoral', caseConference: null },
    },
  },
  {
    row: 5,
    title: 'no named group, not a job seeker: IU assesses (AMB-05 default)',
    quote:
      '«Kommunen ansvarar för ordnandet av tjänster för andra invandrare och integrationskunder.»',
    line: 'L94',
    municipalities: ALL,
    input: person({ categories: ['family-member', 'other'] }),
    expect: {
      assessment: { eligible: 'yes', responsible: [IU], kind: 'standard' },
      'integration-plan': {
        eligible: 'if-assessed',
        responsible: [IU],
        planType: 'integration-plan',
      },
    },
  },
  {
    row: 5,
    title: 'no named group, setting not-offered: no assessment and so no plan',
    quote: '«Kommunen ansvarar för ordnandet av tjänster för andra invandrare …»',
    line: 'L94',
    municipalities: ['kronoby'],
    input: person({ categories: ['other'] }),
    settings: { otherImmigrantsAssessment: 'not-offered' },
    expect: {
      assessment: { eligible: 'no', responsible: [] },
      'integration-plan': { eligible: 'no', responsible: [] },
    },
  },
  {
    row: 7,
    title: 'unemployed and needing coordination: EA with WBC, multisectoral, case conference',
    quote: '«… tillsammans med Österbottens välfärdsområde.»',
    line: 'L155',
    municipalities: JAK_KRO_LAR_PED,
    input: unemployed({ categories: ['quota-refugee'] }),
    expect: {
      assessment: { responsible: [JSO, WBC], kind: 'multisectoral', caseConference: 'AMB-04' },
    },
  },
  {
    row: 7,
    title: 'unemployed and needing coordination, setting joint: EA, IU and WBC',
    quote: '«… tillsammans med Österbottens välfärdsområde.»',
    line: 'L155',
    municipalities: ['nykarleby'],
    input: unemployed({ needsCoordination: true }),
    settings: { unemployedInIntegrationUnitGroup: 'joint' },
    expect: {
      assessment: { responsible: [IU, OSO, WBC], kind: 'multisectoral', caseConference: null },
    },
  },
  {
    row: 8,
    title: 'unemployed in four municipalities: employment plan by JSO [I] (AMB-15)',
    quote:
      '«Jakobstadsregionens sysselsättningsområde utför servicebedömningar för arbetslösa arbetssökanden i …»',
    line: 'L151',
    municipalities: JAK_KRO_LAR_PED,
    input: unemployed({ assessmentCompleted: true }),
    expect: {
      'integration-plan': { eligible: 'yes', responsible: [JSO], planType: 'employment-plan' },
    },
  },
  {
    row: 9,
    title: 'not a job seeker: integration plan by IU [I]',
    quote:
      '«Kommunen ansvarar för ordnandet av tjänster för andra invandrare och integrationskunder.»',
    line: 'L94',
    municipalities: ALL,
    input: person({
      categories: ['home-care-allowance'],
      assessedNeedForIntegrationTraining: false,
    }),
    expect: {
      'integration-plan': { eligible: 'yes', responsible: [IU], planType: 'integration-plan' },
    },
  },
  {
    row: 10,
    title: 'not a job seeker, needing coordination: multisectoral plan by IU and WBC [I]',
    quote: '«… Österbottens välfärdsområde samt …»',
    line: 'L186',
    municipalities: ALL,
    input: person({ categories: ['trafficking-victim'], age: 17 }),
    expect: {
      'integration-plan': {
        responsible: [IU, WBC],
        planType: 'multisectoral-integration-plan',
        primaryGoal: 'education',
      },
    },
  },
  {
    row: 14,
    title: 'joint naming split by job-seeker status (AMB-10 setting): unemployed to JSO',
    quote: '«… via Jakobstadsregionens sysselsättningsområde och integrationsenheten.»',
    line: 'L202',
    municipalities: JAK_KRO_LAR_PED,
    input: unemployed(customer),
    settings: { jointProvision: 'split-by-job-seeker-status' },
    expect: {
      'civic-orientation': { responsible: [JSO] },
      'integration-training': { responsible: [JSO], line: 'L228' },
    },
  },
  {
    row: 15,
    title: 'joint naming split by job-seeker status (AMB-10 setting): others to IU',
    quote: '«… via Jakobstadsregionens sysselsättningsområde och integrationsenheten.»',
    line: 'L204',
    municipalities: ['nykarleby'],
    input: person(customer),
    settings: { jointProvision: 'split-by-job-seeker-status' },
    expect: { 'civic-orientation': { responsible: [IU] } },
  },
  {
    row: 16,
    title: 'eligible but not an integration customer: routed as customers (AMB-09 default)',
    quote:
      '«Alla vuxna invandrare som nyligen flyttat till Finland eller som fått sitt uppehållstillstånd inom 3 år.»',
    line: 'L202',
    municipalities: ['nykarleby'],
    input: unemployed({ hasValidPlan: false }),
    expect: { 'civic-orientation': { eligible: 'yes', responsible: [OSO], caseConference: null } },
  },
  {
    row: 16,
    title: 'not an integration customer, setting case-conference: flagged AMB-09',
    quote: '«Med en integrationskund avses en invandrare som har en giltig integrationsplan …»',
    line: 'L100',
    municipalities: ALL,
    input: person({ hasValidPlan: false, assessedNeedForIntegrationTraining: true }),
    settings: { nonCustomerRouting: 'case-conference' },
    expect: {
      'civic-orientation': { eligible: 'yes', caseConference: 'AMB-09' },
      'integration-training': { eligible: 'yes', caseConference: 'AMB-09' },
    },
  },
  {
    row: 16,
    title: 'an employment plan that does not count (AMB-03 setting) makes a non-customer',
    quote: '«Med en integrationskund avses en invandrare som har en giltig integrationsplan …»',
    line: 'L100',
    municipalities: ['jakobstad'],
    input: unemployed(customer),
    settings: {
      employmentPlanCountsAsIntegrationPlan: false,
      nonCustomerRouting: 'case-conference',
    },
    expect: {
      'integration-training': { eligible: 'yes', responsible: [IU, JSO], caseConference: 'AMB-03' },
    },
  },
  {
    row: 17,
    title: 'a minor is not offered civic orientation («vuxna»)',
    quote: '«Alla vuxna invandrare …»',
    line: 'L202',
    municipalities: ALL,
    input: person({ age: 17, categories: ['unaccompanied-minor'] }),
    expect: { 'civic-orientation': { eligible: 'no', responsible: [] } },
  },
  {
    row: 17,
    title: 'adulthood is the adultAge setting (AMB-09)',
    quote: '«Alla vuxna invandrare …»',
    line: 'L202',
    municipalities: ['larsmo'],
    input: person({ age: 17 }),
    settings: { adultAge: 17 },
    expect: { 'civic-orientation': { eligible: 'yes', responsible: [IU, JSO] } },
  },
  {
    row: 19,
    title: "Nykarleby's other customers: IU co-arranges training only by the AMB-11 setting",
    quote: '«Övriga integrationskunder bosatta i Nykarleby får sin integrationsutbildning via …»',
    line: 'L230',
    municipalities: ['nykarleby'],
    input: person({ ...customer, assessedNeedForIntegrationTraining: true }),
    settings: { nykarlebyOtherTrainingWithIntegrationUnit: true },
    expect: { 'integration-training': { responsible: [IU, JSO] } },
  },
  {
    row: 20,
    title: 'not unemployed, assessment found no need: no training; unknown: if assessed',
    quote: '«… anses ha behov av integrationsutbildning.»',
    line: 'L228',
    municipalities: ALL,
    input: person({ assessedNeedForIntegrationTraining: false }),
    expect: { 'integration-training': { eligible: 'no', responsible: [] } },
  },
  {
    row: 20,
    title: 'not unemployed, need not yet assessed: if-assessed',
    quote: '«… anses ha behov av integrationsutbildning.»',
    line: 'L228',
    municipalities: ['kronoby'],
    input: person({}),
    expect: { 'integration-training': { eligible: 'if-assessed', responsible: [IU, JSO] } },
  },
  {
    row: 18,
    title: 'unemployed job seekers need an assessed need only by the AMB-12 setting',
    quote:
      '«Integrationsutbildningen erbjuds för arbetslösa arbetssökande och för andra invandrare …»',
    line: 'L228',
    municipalities: ['kronoby'],
    input: unemployed(),
    settings: { unemployedTrainingRequiresAssessedNeed: true },
    expect: { 'integration-training': { eligible: 'if-assessed', responsible: [IU, JSO] } },
  },
  {
    row: 22,
    title: 'Larsmo and Pedersöre have no point of their own: the Jakobstad point [I] (AMB-26)',
    quote: '«Alla invandrare som nyligen flyttat till Finland, oberoende orsak till flytten.»',
    line: 'L399',
    municipalities: ['larsmo', 'pedersore'],
    input: person({}),
    expect: { guidance: { eligible: 'yes', locations: ['jakobstad'] } },
  },
  {
    row: 24,
    title: 'arrived 14 months ago: no longer a newcomer at the default 12 months (AMB-28)',
    quote: '«Alla nyanlända i Jakobstadsregionens kommuner.»',
    line: 'L256',
    municipalities: ALL,
    input: person({ arrivedOn: LocalDate.parse('2024-04-01') }),
    expect: {
      'other-services': { eligible: 'no', responsible: [] },
      guidance: { eligible: 'no', line: 'L399' },
    },
  },
  {
    row: 24,
    title: 'arrived 14 months ago: a newcomer when recentArrivalMonths is 24',
    quote: '«Alla nyanlända i Jakobstadsregionens kommuner.»',
    line: 'L256',
    municipalities: ['pedersore'],
    input: person({ arrivedOn: LocalDate.parse('2024-04-01') }),
    settings: { recentArrivalMonths: 24 },
    expect: {
      'other-services': { eligible: 'yes', responsible: [IU] },
      guidance: { eligible: 'yes', line: 'L399' },
    },
  },
  {
    row: 24,
    title: 'arrival unknown: newcomer by default, not when newcomerWhenArrivalUnknown is off',
    quote: '«Alla nyanlända i Jakobstadsregionens kommuner.»',
    line: 'L256',
    municipalities: ['jakobstad'],
    input: person({ arrivedOn: undefined }),
    settings: { newcomerWhenArrivalUnknown: false },
    expect: { 'other-services': { eligible: 'no' }, guidance: { eligible: 'no', line: 'L399' } },
  },
]

describe('routing matrix, inferred and ambiguous cells [I]/[?]', () => {
  it.each(readingRows)('row $row ($line): $title', (c) => {
    for (const municipality of c.municipalities) check(c, municipality, false)
  })

  it('every case-conference flag names the organisations to bring together', () => {
    const services = route({
      ...unemployed({ categories: ['trafficking-victim'] }),
      age: 30,
      municipality: 'kronoby',
      onDate,
    }).services
    expect(services.assessment.caseConference?.parties).toEqual([JSO, IU, WBC])
    expect(services.assessment.settingsApplied).toEqual(['unemployedInIntegrationUnitGroup'])
  })
})

// The quotes above are the programme's words: each fragment stands on its line.
const source = new URL('../../../../shared/programme/original-sv.txt', import.meta.url)

describe.skipIf(!existsSync(source))('routing matrix quotes', () => {
  const lines = existsSync(source) ? readFileSync(source, 'utf8').split('\n') : []
  it.each([...explicitRows, ...readingRows])('row $row quotes $line verbatim', (c) => {
    const text = lines[Number(c.line.slice(1)) - 1] ?? ''
    for (const fragment of c.quote.replace(/[«»]/g, '').split('…')) {
      expect(text).toContain(fragment.trim())
    }
  })
})
