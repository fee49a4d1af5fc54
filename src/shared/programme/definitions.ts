import type { StaffOrganisationId } from '../organisations.js'

// Jakobstadsregionens integrationsprogram 2025 as data. Line references (L151)
// point into shared/programme/original-sv.txt, the authority. Finnish names
// are general knowledge, not from the source (rules.md tags them [X]).

type Names = { readonly sv: string; readonly fi: string; readonly en: string }

// ---------------------------------------------------------------------------
// Municipalities (L44) and the employment area serving their unemployed job seekers (L151)

export const municipalityIds = ['jakobstad', 'kronoby', 'larsmo', 'nykarleby', 'pedersore'] as const
export type MunicipalityId = (typeof municipalityIds)[number]

export type EmploymentAreaId = Extract<
  StaffOrganisationId,
  'employment-jakobstad' | 'employment-ostrobothnia'
>

export interface Municipality {
  readonly id: MunicipalityId
  readonly name: Names
  /** L151: who assesses (and plans for) the municipality's unemployed job seekers. */
  readonly employmentArea: EmploymentAreaId
  /** Integrationsporten points a resident is directed to (matrix row 22). */
  readonly infoPoints: readonly InfoPointId[]
}

export const municipalities: Readonly<Record<MunicipalityId, Municipality>> = {
  jakobstad: {
    id: 'jakobstad',
    name: { sv: 'Jakobstad', fi: 'Pietarsaari', en: 'Jakobstad' },
    employmentArea: 'employment-jakobstad',
    infoPoints: ['jakobstad', 'romporten'],
  },
  kronoby: {
    id: 'kronoby',
    name: { sv: 'Kronoby', fi: 'Kruunupyy', en: 'Kronoby' },
    employmentArea: 'employment-jakobstad',
    infoPoints: ['kronoby'],
  },
  // Larsmo and Pedersöre have no point of their own (L384–L386, L405–L408):
  // their residents use the main point in Jakobstad [I].
  larsmo: {
    id: 'larsmo',
    name: { sv: 'Larsmo', fi: 'Luoto', en: 'Larsmo' },
    employmentArea: 'employment-jakobstad',
    infoPoints: ['jakobstad'],
  },
  // L151: «för arbetslösa arbetssökanden i Nykarleby utförs servicebedömningarna
  // av Österbottens sysselsättningsområde» – the only municipality served by OSO.
  nykarleby: {
    id: 'nykarleby',
    name: { sv: 'Nykarleby', fi: 'Uusikaarlepyy', en: 'Nykarleby' },
    employmentArea: 'employment-ostrobothnia',
    infoPoints: ['nykarleby'],
  },
  pedersore: {
    id: 'pedersore',
    name: { sv: 'Pedersöre', fi: 'Pedersöre', en: 'Pedersöre' },
    employmentArea: 'employment-jakobstad',
    infoPoints: ['jakobstad'],
  },
}

export function isMunicipalityId(value: string): value is MunicipalityId {
  return (municipalityIds as readonly string[]).includes(value)
}

// ---------------------------------------------------------------------------
// The six programme parts: «I integrationsprogrammet ingår sex delar.» (L96)

export const programmePartIds = [
  'assessment',
  'integration-plan',
  'civic-orientation',
  'integration-training',
  'other-services',
  'guidance',
] as const
export type ProgrammePartId = (typeof programmePartIds)[number]

export interface ProgrammePart {
  readonly id: ProgrammePartId
  readonly number: 1 | 2 | 3 | 4 | 5 | 6
  readonly name: Names
  /** The section heading, verbatim. */
  readonly sourceTitle: string
  readonly line: string
}

export const programmeParts: Readonly<Record<ProgrammePartId, ProgrammePart>> = {
  assessment: {
    id: 'assessment',
    number: 1,
    name: {
      sv: 'Bedömning eller sektorövergripande bedömning av kompetens och behov av integrationstjänster',
      fi: 'Osaamisen ja kotoutumispalvelujen tarpeen arviointi tai monialainen arviointi',
      en: 'Assessment or multisectoral assessment of competence and need for integration services',
    },
    sourceTitle:
      'Bedömning eller sektorövergripande bedömning av kompetens och behov av integrationstjänster (tidigare inledande kartläggning)',
    line: 'L141',
  },
  'integration-plan': {
    id: 'integration-plan',
    number: 2,
    name: {
      sv: 'Integrationsplan eller sektorövergripande integrationsplan',
      fi: 'Kotoutumissuunnitelma tai monialainen kotoutumissuunnitelma',
      en: 'Integration plan or multisectoral integration plan',
    },
    sourceTitle: 'Integrationsplan eller sektorövergripande integrationsplan',
    line: 'L169',
  },
  'civic-orientation': {
    id: 'civic-orientation',
    number: 3,
    name: {
      sv: 'Flerspråkig samhällsorientering',
      fi: 'Monikielinen yhteiskuntaorientaatio',
      en: 'Multilingual civic orientation',
    },
    sourceTitle: 'Flerspråkig samhällsorientering',
    line: 'L194',
  },
  'integration-training': {
    id: 'integration-training',
    number: 4,
    name: {
      sv: 'Integrationsutbildning och sluttest i språkkunskaper',
      fi: 'Kotoutumiskoulutus ja kielitaidon lopputesti',
      en: 'Integration training and final language test',
    },
    sourceTitle: 'Integrationsutbildning och sluttest i språkkunskaper',
    line: 'L220',
  },
  'other-services': {
    id: 'other-services',
    number: 5,
    name: {
      sv: 'Annan utbildning och service',
      fi: 'Muu koulutus ja palvelut',
      en: 'Other education and services',
    },
    sourceTitle:
      'Annan utbildning och service som främjar kunskaper i finska och svenska, läs- och skrivkunnighet, samhälls- och arbetslivsfärdigheter samt sysselsättning och företagsverksamhet',
    line: 'L248',
  },
  guidance: {
    id: 'guidance',
    number: 6,
    name: { sv: 'Vägledning och rådgivning', fi: 'Ohjaus ja neuvonta', en: 'Guidance and advice' },
    sourceTitle: 'Vägledning och rådgivning',
    line: 'L393',
  },
}

// ---------------------------------------------------------------------------
// Customer categories of the contract (`categories[]`); L94, L149, L416

export const customerCategoryIds = [
  'quota-refugee',
  'international-protection',
  'unaccompanied-minor',
  'trafficking-victim',
  'social-assistance',
  'home-care-allowance',
  'family-member',
  'other',
] as const
export type CustomerCategory = (typeof customerCategoryIds)[number]

export const customerCategories: Readonly<Record<CustomerCategory, Names & { line: string }>> = {
  'quota-refugee': {
    sv: 'Kvotflykting',
    fi: 'Kiintiöpakolainen',
    en: 'Quota refugee',
    line: 'L94',
  },
  'international-protection': {
    sv: 'Har fått internationellt skydd',
    fi: 'Kansainvälistä suojelua saanut',
    en: 'Beneficiary of international protection',
    line: 'L149',
  },
  'unaccompanied-minor': {
    sv: 'Minderårig utan vårdnadshavare',
    fi: 'Ilman huoltajaa oleva alaikäinen',
    en: 'Unaccompanied minor',
    line: 'L149',
  },
  'trafficking-victim': {
    sv: 'Människohandelsoffer',
    fi: 'Ihmiskaupan uhri',
    en: 'Victim of human trafficking',
    line: 'L149',
  },
  // The contract defines this category as social assistance other than
  // temporary: the IU-assessment group of L149 («utkomststöd annat än tillfälligt»).
  'social-assistance': {
    sv: 'Utkomststöd annat än tillfälligt',
    fi: 'Muu kuin tilapäinen toimeentulotuki',
    en: 'Social assistance other than temporary',
    line: 'L149',
  },
  'home-care-allowance': {
    sv: 'Hemvårdsstöd',
    fi: 'Kotihoidon tuki',
    en: 'Home care allowance',
    line: 'L149',
  },
  'family-member': {
    sv: 'Familjemedlem (uppehållstillstånd på grund av familjeband)',
    fi: 'Perheenjäsen (oleskelulupa perhesiteen perusteella)',
    en: 'Family member (residence permit on family ties)',
    line: 'L416',
  },
  other: { sv: 'Övrig invandrare', fi: 'Muu maahanmuuttaja', en: 'Other immigrant', line: 'L94' },
}

export function isCustomerCategory(value: string): value is CustomerCategory {
  return (customerCategoryIds as readonly string[]).includes(value)
}

// ---------------------------------------------------------------------------
// Job-seeker status. The programme distinguishes «arbetssökande» (L94, L182)
// from «arbetslösa arbetssökande» (L151, L190, L204, L228, L230); AMB-01.

export const jobSeekerStatuses = ['unemployed', 'other-job-seeker', 'not'] as const
export type JobSeekerStatus = (typeof jobSeekerStatuses)[number]

export const jobSeekerStatusLabels: Readonly<Record<JobSeekerStatus, Names>> = {
  unemployed: {
    sv: 'Arbetslös arbetssökande',
    fi: 'Työtön työnhakija',
    en: 'Unemployed job seeker',
  },
  'other-job-seeker': {
    sv: 'Arbetssökande som inte är arbetslös',
    fi: 'Muu kuin työtön työnhakija',
    en: 'Job seeker who is not unemployed',
  },
  not: { sv: 'Inte arbetssökande', fi: 'Ei työnhakija', en: 'Not a job seeker' },
}

// ---------------------------------------------------------------------------
// Integrationsporten, «Jakobstadsregionens infopunkt» (L380, L403–L408)

export const infoPointIds = ['jakobstad', 'nykarleby', 'kronoby', 'romporten'] as const
export type InfoPointId = (typeof infoPointIds)[number]

export interface InfoPoint {
  readonly id: InfoPointId
  readonly name: Names
  readonly venue?: string
  readonly streetAddress: string
  readonly directions?: Names
  readonly municipality: MunicipalityId
  /** Only Romporten's hours are given (L408); the others are lost links (AMB-26). */
  readonly openingHours?: Names
  readonly lines: readonly string[]
}

export const infoPoints: Readonly<Record<InfoPointId, InfoPoint>> = {
  jakobstad: {
    id: 'jakobstad',
    name: { sv: 'Integrationsporten', fi: 'Integrationsporten', en: 'Integrationsporten' },
    streetAddress: 'Strengbergsgatan 1',
    directions: {
      sv: 'Ingång via Alholmsgatan',
      fi: 'Sisäänkäynti Alholmankadun kautta',
      en: 'Entrance via Alholmsgatan',
    },
    municipality: 'jakobstad',
    lines: ['L384', 'L405'],
  },
  // L385 writes «Topeliusplanaden», L406 «Topeliusesplanaden»; the street is the latter (T02).
  nykarleby: {
    id: 'nykarleby',
    name: {
      sv: 'Integrationsporten Nykarleby',
      fi: 'Integrationsporten Uusikaarlepyy',
      en: 'Integrationsporten Nykarleby',
    },
    venue: 'Biblioteket',
    streetAddress: 'Topeliusesplanaden 10',
    municipality: 'nykarleby',
    lines: ['L385', 'L406'],
  },
  kronoby: {
    id: 'kronoby',
    name: {
      sv: 'Integrationsporten Kronoby',
      fi: 'Integrationsporten Kruunupyy',
      en: 'Integrationsporten Kronoby',
    },
    venue: 'Kvarnen',
    streetAddress: 'Torgarevägen 4',
    municipality: 'kronoby',
    lines: ['L386', 'L407'],
  },
  // The source gives no town for Romporten; Campus Allegro is in Jakobstad [X].
  romporten: {
    id: 'romporten',
    name: { sv: 'Romporten', fi: 'Romporten', en: 'Romporten' },
    venue: 'Campus Allegro',
    streetAddress: 'Runebergsgatan 8',
    municipality: 'jakobstad',
    openingHours: {
      sv: 'Öppet kontorstid kl. 8–16',
      fi: 'Avoinna virka-aikaan klo 8–16',
      en: 'Open office hours 8–16',
    },
    lines: ['L408'],
  },
}

/** The organisational contact of Integrationsporten (L387); never a person's. */
export const integrationsportenContact = {
  email: 'integration@jakobstad.fi',
  phone: '+358447851686',
} as const

// ---------------------------------------------------------------------------
// Numbers the programme states explicitly

/** «Integrationsplanen är i kraft högst två år.» (L190) */
export const planMaxValidityYears = 2
/** «Integrationsplanen ska dock ses över minst var sjätte månad.» (L190) */
export const planReviewIntervalMonths = 6
/** «förutom för personer under 25 år, för vilka det främsta målet ska vara att avlägga utbildning» (L173) */
export const educationGoalUnderAge = 25

// ---------------------------------------------------------------------------
// Language levels. Integration training aims at «grundläggande färdigheter i
// svenska eller finska (B1.1)» (L224); the metric counts «deltagare som nått B1.1» (L244).

/** CEFR levels in the contract's order, low to high. */
export const cefrLevels = [
  'A1.1',
  'A1.2',
  'A1.3',
  'A2.1',
  'A2.2',
  'B1.1',
  'B1.2',
  'B2.1',
  'B2.2',
  'C1.1',
  'C1.2',
  'C2',
] as const
export type CefrLevel = (typeof cefrLevels)[number]

export const integrationTrainingTargetLevel: CefrLevel = 'B1.1'

export function isCefrLevel(value: string): value is CefrLevel {
  return (cefrLevels as readonly string[]).includes(value)
}

/** Negative when `a` is below `b`, zero when equal, positive when above. */
export function compareCefr(a: CefrLevel, b: CefrLevel): number {
  return cefrLevels.indexOf(a) - cefrLevels.indexOf(b)
}

/** The lowest of a test's skill results; undefined for no results. */
export function lowestCefr(levels: readonly CefrLevel[]): CefrLevel | undefined {
  return levels.reduce<CefrLevel | undefined>(
    (low, level) => (low === undefined || compareCefr(level, low) < 0 ? level : low),
    undefined,
  )
}

export const languageTestSkills = ['reading', 'writing', 'listening', 'speaking'] as const
export type LanguageTestSkill = (typeof languageTestSkills)[number]

export const languageTestSkillLabels: Readonly<Record<LanguageTestSkill, Names>> = {
  reading: { sv: 'Läsförståelse', fi: 'Luetun ymmärtäminen', en: 'Reading' },
  writing: { sv: 'Skrivande', fi: 'Kirjoittaminen', en: 'Writing' },
  listening: { sv: 'Hörförståelse', fi: 'Kuullun ymmärtäminen', en: 'Listening' },
  speaking: { sv: 'Tal', fi: 'Puhuminen', en: 'Speaking' },
}

/** «svenska eller finska» (L224): the two languages of integration training. */
export const integrationLanguages = ['sv', 'fi'] as const
export type IntegrationLanguage = (typeof integrationLanguages)[number]
