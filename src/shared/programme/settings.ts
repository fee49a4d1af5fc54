import { z } from 'zod'

// Where the programme text is silent, ambiguous or contradictory (rules.md
// §e.3), the reading Porten applies is a named setting, so the Integration
// Unit can confirm or change it without a code change. Each setting names the
// ambiguity it settles; the defaults are what a counsellor would expect today.

// biome-ignore format: a table reads better than 32 lines
export const ambiguityIds = [
  'AMB-01', 'AMB-02', 'AMB-03', 'AMB-04', 'AMB-05', 'AMB-06', 'AMB-07', 'AMB-08',
  'AMB-09', 'AMB-10', 'AMB-11', 'AMB-12', 'AMB-13', 'AMB-14', 'AMB-15', 'AMB-16',
  'AMB-17', 'AMB-18', 'AMB-19', 'AMB-20', 'AMB-21', 'AMB-22', 'AMB-23', 'AMB-24',
  'AMB-25', 'AMB-26', 'AMB-27', 'AMB-28', 'AMB-29', 'AMB-30', 'AMB-31', 'AMB-32',
] as const
export type AmbiguityId = (typeof ambiguityIds)[number]

export const programmeSettingsSchema = z.strictObject({
  recentArrivalMonths: z.number().int().min(1).max(120),
  adultAge: z.number().int().min(15).max(25),
  civicOrientationPermitYears: z.number().int().min(1).max(10),
  jobSeekerNotUnemployed: z.enum([
    'employment-area-with-case-conference',
    'employment-area',
    'integration-unit',
  ]),
  employmentPlanCountsAsIntegrationPlan: z.boolean(),
  unemployedInIntegrationUnitGroup: z.enum([
    'employment-area-with-case-conference',
    'employment-area',
    'joint',
  ]),
  otherImmigrantsAssessment: z.enum(['integration-unit', 'not-offered']),
  nonCustomerRouting: z.enum(['as-customers', 'case-conference']),
  jointProvision: z.enum(['joint', 'split-by-job-seeker-status']),
  nykarlebyOtherTrainingWithIntegrationUnit: z.boolean(),
  unemployedTrainingRequiresAssessedNeed: z.boolean(),
  newcomerWhenArrivalUnknown: z.boolean(),
  reviewDueSoonDays: z.number().int().min(0).max(180),
  expiringSoonDays: z.number().int().min(0).max(365),
})
export type ProgrammeSettings = z.infer<typeof programmeSettingsSchema>
export type SettingName = keyof ProgrammeSettings

export const defaultSettings: Readonly<ProgrammeSettings> = Object.freeze({
  recentArrivalMonths: 12,
  adultAge: 18,
  civicOrientationPermitYears: 3,
  jobSeekerNotUnemployed: 'employment-area-with-case-conference',
  employmentPlanCountsAsIntegrationPlan: true,
  unemployedInIntegrationUnitGroup: 'employment-area-with-case-conference',
  otherImmigrantsAssessment: 'integration-unit',
  nonCustomerRouting: 'as-customers',
  jointProvision: 'joint',
  nykarlebyOtherTrainingWithIntegrationUnit: false,
  unemployedTrainingRequiresAssessedNeed: false,
  newcomerWhenArrivalUnknown: true,
  reviewDueSoonDays: 30,
  expiringSoonDays: 60,
})

/** The defaults with some settings changed; throws on an invalid value. */
export function withSettings(changes: Partial<ProgrammeSettings>): ProgrammeSettings {
  return programmeSettingsSchema.parse({ ...defaultSettings, ...changes })
}

export interface SettingDescription {
  /** The ambiguities (rules.md §e.3) this setting settles; empty for explicit or operational values. */
  readonly ambiguities: readonly AmbiguityId[]
  readonly lines: readonly string[]
  readonly sv: string
  readonly en: string
}

export const settingDescriptions: Readonly<Record<SettingName, SettingDescription>> = {
  recentArrivalMonths: {
    ambiguities: ['AMB-09', 'AMB-28'],
    lines: ['L202', 'L256', 'L399'],
    sv: 'Hur många månader efter ankomsten till Finland en person räknas som nyligen inflyttad eller nyanländ (samhällsorientering, annan service, vägledning).',
    en: 'How many months after arriving in Finland a person counts as "recently moved" or a newcomer (civic orientation, other services, guidance).',
  },
  adultAge: {
    ambiguities: ['AMB-09'],
    lines: ['L202'],
    sv: 'Åldern från vilken en invandrare räknas som vuxen och kan delta i samhällsorienteringen.',
    en: 'The age from which an immigrant counts as an adult and may take part in civic orientation.',
  },
  civicOrientationPermitYears: {
    ambiguities: [],
    lines: ['L202'],
    sv: 'Antal år efter uppehållstillståndet som samhällsorienteringen är öppen («inom 3 år», uttryckligt i programmet).',
    en: 'Years after the residence permit during which civic orientation is open ("within 3 years", explicit in the programme).',
  },
  jobSeekerNotUnemployed: {
    ambiguities: ['AMB-01'],
    lines: ['L94', 'L151', 'L182'],
    sv: 'Vem som bedömer och gör plan för en arbetssökande som inte är arbetslös: sysselsättningsområdet med ärendet till gemensamt möte, enbart sysselsättningsområdet, eller integrationsenheten.',
    en: 'Who assesses and plans for a job seeker who is not unemployed: the employment area with a case conference, the employment area alone, or the Integration Unit.',
  },
  employmentPlanCountsAsIntegrationPlan: {
    ambiguities: ['AMB-03'],
    lines: ['L100', 'L182', 'L190', 'L204', 'L230'],
    sv: 'Om en giltig sysselsättningsplan gör en arbetslös arbetssökande till integrationskund.',
    en: 'Whether a valid employment plan makes an unemployed job seeker an integration customer.',
  },
  unemployedInIntegrationUnitGroup: {
    ambiguities: ['AMB-04'],
    lines: ['L149', 'L151', 'L155'],
    sv: 'Bedömningen av en arbetslös arbetssökande som också hör till integrationsenhetens grupper eller behöver samordning: sysselsättningsområdet med gemensamt möte, enbart sysselsättningsområdet, eller gemensamt med integrationsenheten.',
    en: "Assessment of an unemployed job seeker who is also in one of the Integration Unit's groups or needs coordination: the employment area with a case conference, the employment area alone, or jointly with the Integration Unit.",
  },
  otherImmigrantsAssessment: {
    ambiguities: ['AMB-05'],
    lines: ['L94', 'L149', 'L151'],
    sv: 'Om invandrare utanför de namngivna grupperna (och inte arbetssökande) får en bedömning av integrationsenheten.',
    en: 'Whether immigrants outside the named groups (and not job seekers) are assessed by the Integration Unit.',
  },
  nonCustomerRouting: {
    ambiguities: ['AMB-09', 'AMB-03'],
    lines: ['L202', 'L204', 'L228', 'L230'],
    sv: 'Vart personer som inte är integrationskunder hänvisas för samhällsorientering och integrationsutbildning: som integrationskunder, eller till gemensamt möte.',
    en: 'Where people who are not integration customers are sent for civic orientation and integration training: as integration customers are, or to a case conference.',
  },
  jointProvision: {
    ambiguities: ['AMB-10'],
    lines: ['L202', 'L204', 'L228'],
    sv: 'När programmet nämner «sysselsättningsområdet och integrationsenheten» tillsammans: båda ansvarar, eller sysselsättningsområdet för arbetslösa arbetssökande och integrationsenheten för övriga.',
    en: 'Where the programme names "the employment area and the Integration Unit" together: both are responsible, or the employment area for unemployed job seekers and the Integration Unit for others.',
  },
  nykarlebyOtherTrainingWithIntegrationUnit: {
    ambiguities: ['AMB-11'],
    lines: ['L228', 'L230'],
    sv: 'Om integrationsenheten ordnar integrationsutbildning tillsammans med Jakobstadsregionens sysselsättningsområde för övriga integrationskunder i Nykarleby (programmet nämner bara sysselsättningsområdet).',
    en: 'Whether the Integration Unit co-arranges integration training with the Jakobstad Region Employment Area for other integration customers in Nykarleby (the programme names only the employment area).',
  },
  unemployedTrainingRequiresAssessedNeed: {
    ambiguities: ['AMB-12'],
    lines: ['L228'],
    sv: 'Om också arbetslösa arbetssökande behöver ett i bedömningen konstaterat behov för integrationsutbildning.',
    en: 'Whether unemployed job seekers too need a need for integration training found in the assessment.',
  },
  newcomerWhenArrivalUnknown: {
    ambiguities: ['AMB-28'],
    lines: ['L256', 'L399'],
    sv: 'Om en person utan känt ankomstdatum räknas som nyanländ för annan service och vägledning (lågtröskeltjänster).',
    en: 'Whether a person with no known arrival date counts as a newcomer for other services and guidance (low-threshold services).',
  },
  reviewDueSoonDays: {
    ambiguities: [],
    lines: ['L190'],
    sv: 'Hur många dagar i förväg en kommande översyn av planen visas.',
    en: "How many days ahead a plan's coming review is shown.",
  },
  expiringSoonDays: {
    ambiguities: [],
    lines: ['L190'],
    sv: 'Hur många dagar i förväg en plan som snart går ut visas.',
    en: 'How many days ahead a plan that is about to expire is shown.',
  },
}

/**
 * Ambiguities Porten settles without a setting, because the reading follows
 * from the text or the question lies outside routing and the plan clock.
 */
export const fixedReadings: Readonly<Partial<Record<AmbiguityId, string>>> = {
  'AMB-02':
    'An unemployed job seeker who is also an integration customer: the employment area makes and follows up the employment plan (L94, L182, L190).',
  'AMB-06':
    'Quota refugees are always assessed by the Integration Unit with the wellbeing county (L149, second sentence), so whether they also count as protected persons changes nothing.',
  'AMB-07':
    'The contract category social-assistance is assistance other than temporary (IU group and multisectoral); the optional fact temporarySocialAssistance makes the assessment multisectoral only (L149).',
  'AMB-08':
    'Coordination need is the counsellor-set fact needsCoordination, which also covers a social, health or rehabilitation need (L155).',
  'AMB-13':
    'The final language test is not routed: its provider and timing are not in the programme.',
  'AMB-14': 'The integration language (sv or fi) does not affect routing.',
  'AMB-15':
    'The Jakobstad Region Employment Area makes plans for unemployed job seekers in Jakobstad, Kronoby, Larsmo and Pedersöre, as it assesses them (L151, L186).',
  'AMB-16': 'One Integration Unit serves all five municipalities (L46, L159, L186).',
  'AMB-17':
    'Part 6 «Arbetsförmedlingen» is the municipality’s employment area and «Vårdsområdet» the wellbeing county (L413, L414).',
  'AMB-18':
    'Notifications go to the plan owner: the integration-plan answer’s responsible organisations.',
  'AMB-19':
    'Porten records no sanctions; they are decided under other laws by other bodies (L124).',
  'AMB-20': 'Each plan runs at most two years from its own start; renewal is not modelled (L190).',
  'AMB-21': 'The six-monthly review is owed by the plan owner (L190).',
  'AMB-22':
    'Under-25 is judged on the day the plan is made or reviewed; routing uses onDate (L173).',
  'AMB-23':
    'Family plans are not a separate plan type; family-member routes like other immigrants.',
  'AMB-24': 'Appendix 1 is missing; OSO routing follows the quoted text only (L204, L230).',
  'AMB-25': 'Plan follow-up follows L190, the fuller of the two texts.',
  'AMB-26':
    'Larsmo and Pedersöre have no info point of their own; their residents are directed to the Jakobstad point.',
  'AMB-30': 'Guidance has no municipality condition (L399); the routing request always names one.',
}
