import type { StaffOrganisationId } from '../shared/organisations.js'
import {
  type CustomerCategory,
  customerCategoryIds,
  type InfoPointId,
  isCustomerCategory,
  isMunicipalityId,
  type JobSeekerStatus,
  jobSeekerStatuses,
  municipalities,
  type ProgrammePartId,
  programmePartIds,
} from '../shared/programme/definitions.js'
import { type Eligibility, type RoutingResponse, route } from '../shared/programme/routing.js'
import type { ProgrammeSettings } from '../shared/programme/settings.js'
import { LocalDate } from '../shared/time/local-date.js'

// "What applies to me?": the guide's questions answered by the programme's
// own routing rules (shared/programme/routing.ts). Pure and free of the DOM
// and of Node, because it runs in the reader's browser: nothing the reader
// answers is sent anywhere. The server renders the form; the browser script
// (web/guide/what-applies.ts) reads it, calls `answerWhatApplies` and shows
// the answer with the texts the page hands it.

/** The raw answers as the form gives them; everything optional, nothing trusted. */
export interface WhatAppliesQuestions {
  readonly municipality?: string
  readonly age?: string
  readonly jobSeeker?: string
  readonly categories?: readonly string[]
  /** Year and month, "2025-03" (a full date is accepted too). */
  readonly residencePermit?: string
  readonly arrived?: string
}

export const whatAppliesFields = [
  'municipality',
  'age',
  'jobSeeker',
  'residencePermit',
  'arrived',
] as const
export type WhatAppliesField = (typeof whatAppliesFields)[number]
export type FieldProblem = 'required' | 'invalid' | 'future'
export interface FieldError {
  readonly field: WhatAppliesField
  readonly problem: FieldProblem
}

/** Plain-language remarks on one part's answer; keys of the catalogue's `whatApplies.answer.notes`. */
export const answerNotes = [
  'multisectoral',
  'notOffered',
  'employmentPlan',
  'multisectoralPlan',
  'educationFirst',
  'planAfterAssessment',
  'trainingIfAssessed',
  'closesOn',
  'notAdult',
  'windowClosed',
  'datesMissing',
  'caseConference',
  'notNewcomer',
  'seeDirectory',
] as const
export type AnswerNote = (typeof answerNotes)[number]

export interface PartAnswer {
  readonly part: ProgrammePartId
  readonly eligible: Eligibility
  /** In the programme's order of organisations: the Integration Unit first. */
  readonly responsible: readonly StaffOrganisationId[]
  readonly notes: readonly AnswerNote[]
  /** ISO date for the `closesOn` note. */
  readonly closesOn?: string
}

export interface WhatAppliesAnswer {
  readonly parts: readonly PartAnswer[]
  /** Where to go for help: the info points for the reader's municipality (matrix row 22). */
  readonly infoPoints: readonly InfoPointId[]
}

export type WhatAppliesResult =
  | { readonly ok: true; readonly answer: WhatAppliesAnswer }
  | { readonly ok: false; readonly errors: readonly FieldError[] }

const organisationOrder: readonly StaffOrganisationId[] = [
  'integration-unit',
  'employment-jakobstad',
  'employment-ostrobothnia',
  'wellbeing-ostrobothnia',
]

export function answerWhatApplies(
  questions: WhatAppliesQuestions,
  today: LocalDate,
  settings: ProgrammeSettings,
): WhatAppliesResult {
  const errors: FieldError[] = []
  const municipality = questions.municipality ?? ''
  if (!isMunicipalityId(municipality)) errors.push({ field: 'municipality', problem: 'required' })
  const age = parseAge(questions.age)
  if (age === 'missing') errors.push({ field: 'age', problem: 'required' })
  else if (age === 'invalid') errors.push({ field: 'age', problem: 'invalid' })
  const jobSeeker = questions.jobSeeker ?? ''
  if (!isJobSeekerStatus(jobSeeker)) errors.push({ field: 'jobSeeker', problem: 'required' })
  const residencePermitOn = pastMonth('residencePermit', questions.residencePermit, today, errors)
  const arrivedOn = pastMonth('arrived', questions.arrived, today, errors)
  if (
    errors.length > 0 ||
    !isMunicipalityId(municipality) ||
    typeof age !== 'number' ||
    !isJobSeekerStatus(jobSeeker)
  ) {
    return { ok: false, errors }
  }

  const categories = [...new Set(questions.categories ?? [])].filter(isCustomerCategory)
  // Keep the contract's order, so the same answers always route the same way.
  categories.sort((a, b) => customerCategoryIds.indexOf(a) - customerCategoryIds.indexOf(b))
  const response = route(
    {
      municipality,
      age,
      unemployedJobSeeker: jobSeeker === 'unemployed',
      jobSeekerStatus: jobSeeker,
      categories: categories as CustomerCategory[],
      ...(arrivedOn ? { arrivedOn } : {}),
      ...(residencePermitOn ? { residencePermitOn } : {}),
      onDate: today,
    },
    settings,
  )
  return {
    ok: true,
    answer: {
      parts: programmePartIds.map((part) => partAnswer(part, response, age, settings)),
      infoPoints: [...municipalities[municipality].infoPoints],
    },
  }
}

function partAnswer(
  part: ProgrammePartId,
  response: RoutingResponse,
  age: number,
  settings: ProgrammeSettings,
): PartAnswer {
  const service = response.services[part]
  const notes: AnswerNote[] = []
  let closesOn: string | undefined
  switch (part) {
    case 'assessment': {
      const a = response.services.assessment
      if (a.eligible === 'no') notes.push('notOffered')
      else if (a.kind === 'multisectoral') notes.push('multisectoral')
      break
    }
    case 'integration-plan': {
      const p = response.services['integration-plan']
      if (p.eligible !== 'no') {
        if (p.planType === 'employment-plan') notes.push('employmentPlan')
        if (p.planType === 'multisectoral-integration-plan') notes.push('multisectoralPlan')
        // L173: under 25, the plan's main goal is education.
        if (p.primaryGoal === 'education') notes.push('educationFirst')
        if (p.eligible === 'if-assessed') notes.push('planAfterAssessment')
      }
      break
    }
    case 'civic-orientation': {
      const c = response.services['civic-orientation']
      if (c.eligible === 'yes') {
        if (c.closesOn) {
          notes.push('closesOn')
          closesOn = c.closesOn
        }
      } else if (age < settings.adultAge) notes.push('notAdult')
      else if ((c.missingInformation ?? []).length > 0) notes.push('datesMissing')
      else notes.push('windowClosed')
      break
    }
    case 'integration-training':
      if (service.eligible === 'if-assessed') notes.push('trainingIfAssessed')
      break
    case 'other-services':
      notes.push(service.eligible === 'no' ? 'notNewcomer' : 'seeDirectory')
      break
    case 'guidance':
      if (service.eligible === 'no') notes.push('notNewcomer')
      break
  }
  if (service.caseConference) notes.push('caseConference')
  const responsible = [...service.responsible].sort(
    (a, b) => organisationOrder.indexOf(a) - organisationOrder.indexOf(b),
  )
  return { part, eligible: service.eligible, responsible, notes, ...(closesOn ? { closesOn } : {}) }
}

function isJobSeekerStatus(value: string): value is JobSeekerStatus {
  return (jobSeekerStatuses as readonly string[]).includes(value)
}

/** Arabic-Indic and Persian digits as ASCII, for readers typing with their own keyboard. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) =>
    String((digit.codePointAt(0) ?? 0) & 0xf),
  )
}

function parseAge(text: string | undefined): number | 'missing' | 'invalid' {
  const value = asciiDigits(text ?? '').trim()
  if (value === '') return 'missing'
  if (!/^\d{1,3}$/.test(value)) return 'invalid'
  const age = Number(value)
  return age <= 120 ? age : 'invalid'
}

/**
 * "2025-03" (what `<input type="month">` gives), "03/2025" (as people write
 * it in Finland) or a full date, as a calendar date: a month stands for its
 * first day. Undefined for anything else.
 */
export function parseYearMonth(text: string): LocalDate | undefined {
  const value = asciiDigits(text).trim().replace(/[/.]/g, '-')
  const yearFirst = /^(\d{4})-(\d{1,2})$/.exec(value)
  const monthFirst = /^(\d{1,2})-(\d{4})$/.exec(value)
  if (yearFirst || monthFirst) {
    const year = Number(yearFirst ? yearFirst[1] : monthFirst?.[2])
    const m = Number(yearFirst ? yearFirst[2] : monthFirst?.[1])
    return year >= 1900 && LocalDate.isValid(year, m, 1) ? LocalDate.of(year, m, 1) : undefined
  }
  const date = LocalDate.tryParse(value)
  return date && date.year >= 1900 ? date : undefined
}

function pastMonth(
  field: 'residencePermit' | 'arrived',
  text: string | undefined,
  today: LocalDate,
  errors: FieldError[],
): LocalDate | undefined {
  if (text === undefined || text.trim() === '') return undefined
  const date = parseYearMonth(text)
  if (!date) {
    errors.push({ field, problem: 'invalid' })
    return undefined
  }
  if (date.isAfter(today)) {
    errors.push({ field, problem: 'future' })
    return undefined
  }
  return date
}

// ---------------------------------------------------------------------------
// What the page hands the browser script: the reader's language, the
// programme settings the server routes with, and every text the answer needs,
// already in the reader's language. It travels in a data- attribute of the
// form, so the page carries no inline script (CSP script-src 'self').

export type ErrorMessage = 'municipality' | 'age' | 'jobSeeker' | 'month' | 'future'

export interface WhatAppliesTexts {
  readonly heading: string
  readonly disclaimer: string
  readonly eligible: Readonly<Record<Eligibility, string>>
  /** The label before the list of organisations ("Ordnas av:"). */
  readonly responsible: string
  /** `closesOn` has one argument, {date}. */
  readonly notes: Readonly<Record<AnswerNote, string>>
  readonly parts: Readonly<Record<ProgrammePartId, string>>
  readonly organisations: Readonly<Record<StaffOrganisationId, string>>
  readonly reachHeading: string
  readonly reachInfoPoint: string
  readonly reachContact: string
  readonly infoPointDetails: string
  readonly errorsHeading: string
  readonly errors: Readonly<Record<ErrorMessage, string>>
  /** Each point's name and where it is, one line each (venue, then street and town). */
  readonly infoPoints: Readonly<
    Record<InfoPointId, { readonly name: string; readonly place: readonly string[] }>
  >
  readonly links: { readonly directory: string; readonly infoPoints: string }
  readonly contact: {
    readonly email: string
    readonly emailLabel: string
    readonly phone: string
    readonly phoneHref: string
    readonly phoneLabel: string
  }
}

export interface WhatAppliesPageData {
  readonly language: string
  readonly settings: ProgrammeSettings
  readonly text: WhatAppliesTexts
}

export function errorMessage(error: FieldError): ErrorMessage {
  if (error.field === 'residencePermit' || error.field === 'arrived') {
    return error.problem === 'future' ? 'future' : 'month'
  }
  return error.field
}

/**
 * Puts values into a catalogue message's simple {name} arguments. The
 * messages the script fills have no plural or select (the catalogue test
 * checks their arguments), so the browser needs no ICU library.
 */
export function fillMessage(message: string, values: Readonly<Record<string, string>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}
