import type { z } from 'zod'
import type { FieldError } from '../http/problem.js'
import type {
  Customer,
  CustomerChanges,
  NewCustomer,
  timelineEntry,
} from '../shared/api/cases.schemas.js'
import { checkIdentityCode } from '../shared/identity-code.js'
import type { StaffOrganisationId } from '../shared/organisations.js'
import type {
  CustomerCategory,
  JobSeekerStatus,
  MunicipalityId,
} from '../shared/programme/definitions.js'
import { route } from '../shared/programme/routing.js'
import type { ProgrammeSettings } from '../shared/programme/settings.js'
import { LocalDate } from '../shared/time/local-date.js'
import type { TimelineRecords } from './customers.queries.js'

// The customer's pure rules (issue 4): which facts may stand together, who
// the programme proposes as responsible, how a search text is read, and the
// order of the customer page's timeline.
// Nothing here touches the database or the clock; callers pass "today".

/** The facts of a customer record as they would be stored, before any id. */
export interface CustomerFacts {
  readonly birthDate: string
  readonly personalIdentityCode: string | null
  readonly municipality: MunicipalityId
  readonly unemployedJobSeeker: boolean
  readonly jobSeekerStatus: JobSeekerStatus
  readonly categories: readonly CustomerCategory[]
  readonly needsCoordination: boolean
  readonly languages: ReadonlyArray<{ code: string; native?: boolean }>
  readonly arrivedOn: string | null
  readonly residencePermitOn: string | null
  readonly interpreterNeeded: boolean
  readonly interpreterLanguage: string | null
}

/**
 * The job-seeker status a request means. `unemployedJobSeeker` is the
 * contract's field; `jobSeekerStatus` refines it (AMB-01). Given alone, either
 * settles the other; given together, they are kept as given, and
 * `checkCustomerFacts` refuses them if they disagree (unemployed ⇔ true).
 */
export function resolveJobSeeker(
  given: {
    unemployedJobSeeker?: boolean | undefined
    jobSeekerStatus?: JobSeekerStatus | undefined
  },
  current?: { unemployedJobSeeker: boolean; jobSeekerStatus: JobSeekerStatus },
): { unemployedJobSeeker: boolean; jobSeekerStatus: JobSeekerStatus } {
  const { unemployedJobSeeker, jobSeekerStatus } = given
  if (unemployedJobSeeker !== undefined && jobSeekerStatus !== undefined) {
    return { unemployedJobSeeker, jobSeekerStatus }
  }
  if (jobSeekerStatus !== undefined) {
    return { unemployedJobSeeker: jobSeekerStatus === 'unemployed', jobSeekerStatus }
  }
  if (unemployedJobSeeker === true) return { unemployedJobSeeker, jobSeekerStatus: 'unemployed' }
  if (unemployedJobSeeker === false) {
    // No longer unemployed: a job seeker who is not unemployed stays one.
    const kept = current?.jobSeekerStatus === 'other-job-seeker' ? 'other-job-seeker' : 'not'
    return { unemployedJobSeeker, jobSeekerStatus: kept }
  }
  return current
    ? { unemployedJobSeeker: current.unemployedJobSeeker, jobSeekerStatus: current.jobSeekerStatus }
    : { unemployedJobSeeker: false, jobSeekerStatus: 'not' }
}

/** The facts a registration gives, the optional ones defaulted. */
export function factsOfNewCustomer(body: NewCustomer): CustomerFacts {
  return {
    birthDate: body.birthDate,
    personalIdentityCode: body.personalIdentityCode ?? null,
    municipality: body.municipality,
    ...resolveJobSeeker(body),
    categories: body.categories,
    needsCoordination: body.needsCoordination ?? false,
    languages: body.languages,
    arrivedOn: body.arrivedOn ?? null,
    residencePermitOn: body.residencePermitOn ?? null,
    interpreterNeeded: body.interpreterNeeded ?? false,
    interpreterLanguage: body.interpreterLanguage ?? null,
  }
}

/** The facts after a change: what it gives, the rest as stored. */
/** A change's value: undefined keeps what was there, null clears it. */
export function changed<T>(change: T | null | undefined, before: T | null): T | null {
  return change === undefined ? before : change
}

export function factsAfterChanges(before: CustomerFacts, changes: CustomerChanges): CustomerFacts {
  const interpreterNeeded = changes.interpreterNeeded ?? before.interpreterNeeded
  return {
    birthDate: changes.birthDate ?? before.birthDate,
    personalIdentityCode: changed(changes.personalIdentityCode, before.personalIdentityCode),
    municipality: changes.municipality ?? before.municipality,
    ...resolveJobSeeker(changes, before),
    categories: changes.categories ?? before.categories,
    needsCoordination: changes.needsCoordination ?? before.needsCoordination,
    languages: changes.languages ?? before.languages,
    arrivedOn: changed(changes.arrivedOn, before.arrivedOn),
    residencePermitOn: changed(changes.residencePermitOn, before.residencePermitOn),
    interpreterNeeded,
    // No longer needing an interpreter clears the language, unless one is given (then refused).
    interpreterLanguage:
      changes.interpreterLanguage === undefined
        ? interpreterNeeded
          ? before.interpreterLanguage
          : null
        : changes.interpreterLanguage,
  }
}

/** The checks between fields and against today that the schema cannot make. */
export function checkCustomerFacts(facts: CustomerFacts, today: LocalDate): FieldError[] {
  const errors: FieldError[] = []
  const fail = (path: string, message: string) => errors.push({ path, message })
  const birthDate = LocalDate.parse(facts.birthDate)
  if (birthDate.isAfter(today)) fail('birthDate', `is in the future (after ${today})`)

  for (const [path, text] of [
    ['arrivedOn', facts.arrivedOn],
    ['residencePermitOn', facts.residencePermitOn],
  ] as const) {
    if (text === null) continue
    const date = LocalDate.parse(text)
    if (date.isAfter(today)) fail(path, `is in the future (after ${today})`)
    else if (date.isBefore(birthDate)) fail(path, `is before the birth date ${birthDate}`)
  }

  if (facts.personalIdentityCode !== null) {
    const check = checkIdentityCode(facts.personalIdentityCode)
    if (!check.ok) fail('personalIdentityCode', check.reason)
    else if (!check.birthDate.equals(birthDate)) {
      fail(
        'personalIdentityCode',
        `gives the birth date ${check.birthDate}, but birthDate is ${birthDate}`,
      )
    }
  }

  if (facts.unemployedJobSeeker !== (facts.jobSeekerStatus === 'unemployed')) {
    fail(
      'jobSeekerStatus',
      facts.unemployedJobSeeker
        ? 'must be unemployed when unemployedJobSeeker is true'
        : 'must not be unemployed when unemployedJobSeeker is false',
    )
  }

  facts.languages.forEach((language, index) => {
    if (facts.languages.findIndex((l) => l.code === language.code) !== index) {
      fail(`languages.${index}.code`, `lists ${language.code} twice`)
    }
  })

  if (facts.interpreterLanguage !== null && !facts.interpreterNeeded) {
    fail('interpreterLanguage', 'give an interpreter language only when interpreterNeeded is true')
  }
  return errors
}

/**
 * Who the programme proposes as responsible: the organisations that arrange
 * the assessment (part 1) and the plan (part 2) for the person on `today`,
 * sorted. The Integration Unit coordinates the programme, so it takes a
 * person whom no part routes anywhere.
 */
export function proposeOrganisations(
  facts: Omit<CustomerFacts, 'personalIdentityCode' | 'languages'>,
  today: LocalDate,
  settings: ProgrammeSettings,
): StaffOrganisationId[] {
  const answer = route(
    {
      municipality: facts.municipality,
      birthDate: LocalDate.parse(facts.birthDate),
      unemployedJobSeeker: facts.unemployedJobSeeker,
      jobSeekerStatus: facts.jobSeekerStatus,
      categories: facts.categories,
      ...(facts.arrivedOn ? { arrivedOn: LocalDate.parse(facts.arrivedOn) } : {}),
      ...(facts.residencePermitOn
        ? { residencePermitOn: LocalDate.parse(facts.residencePermitOn) }
        : {}),
      needsCoordination: facts.needsCoordination,
      onDate: today,
    },
    settings,
  )
  const union = new Set<StaffOrganisationId>([
    ...answer.services.assessment.responsible,
    ...answer.services['integration-plan'].responsible,
  ])
  return union.size > 0 ? [...union].sort() : ['integration-unit']
}

export function sameOrganisations(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a)
  return set.size === new Set(b).size && b.every((o) => set.has(o))
}

/**
 * The organisations that will serve the customer. Without a choice the record
 * keeps `base` (on registration: the programme's proposal); a different set
 * needs a reason, which is kept with the record.
 */
export function decideResponsibility(
  base: readonly string[],
  given: readonly StaffOrganisationId[] | undefined,
  reason: string | undefined,
  baseIs: "the programme's proposal" | 'the current responsible organisations',
): { responsible: string[]; error?: FieldError } {
  if (given === undefined || sameOrganisations(given, base)) return { responsible: [...base] }
  const responsible = [...given].sort()
  if (reason) return { responsible }
  return {
    responsible,
    error: {
      path: 'responsibilityReason',
      message: `required when the responsible organisations differ from ${baseIs} (${base.join(', ')})`,
    },
  }
}

/** The caller's organisation must serve the customer, or the record would vanish from them. */
export function callerMustStayResponsible(
  org: StaffOrganisationId,
  responsible: readonly string[],
): string | undefined {
  if (responsible.includes(org)) return undefined
  return (
    `Your organisation (${org}) would not be among the responsible organisations ` +
    `(${responsible.join(', ')}), so you could not see the record after saving. ` +
    'Include your organisation in responsibleOrganisations, or ask a responsible organisation to do this.'
  )
}

/** The names of the fields a request gave, for the audit log: never their values. */
export function givenFields(body: Partial<NewCustomer> & { version?: number }): string[] {
  return Object.entries(body)
    .filter(([key, value]) => key !== 'version' && value !== undefined)
    .map(([key]) => key)
    .sort()
}

/** Each relative must be another customer the caller may see, named once. */
export function checkFamilyLinks(
  links: ReadonlyArray<{ customerId: string }>,
  selfId: string | undefined,
  visible: ReadonlySet<string>,
): FieldError[] {
  const errors: FieldError[] = []
  links.forEach((link, index) => {
    const path = `familyLinks.${index}.customerId`
    if (link.customerId === selfId) errors.push({ path, message: 'is the customer themself' })
    else if (links.findIndex((l) => l.customerId === link.customerId) !== index) {
      errors.push({ path, message: 'names the same relative twice' })
    } else if (!visible.has(link.customerId)) {
      errors.push({ path, message: 'no such customer, or your organisation does not serve them' })
    }
  })
  return errors
}

/** The names of the fields whose values a save changed, for the audit log: never the values. */
export function changedFields(before: Customer, after: Customer): string[] {
  const ignored = new Set(['version', 'updatedAt', 'proposedOrganisations'])
  // A relative's name is shown, not stored: only who and how count as a change.
  const comparable = (customer: Customer, key: keyof Customer) =>
    JSON.stringify(
      key === 'familyLinks'
        ? customer.familyLinks.map((l) => [l.customerId, l.relation]).sort()
        : customer[key],
    )
  return (Object.keys(after) as Array<keyof Customer>)
    .filter((key) => !ignored.has(key) && comparable(before, key) !== comparable(after, key))
    .sort()
}

/** A closure must fall between the day the customer was registered and today. */
export function checkClosedOn(
  closedOn: LocalDate,
  registeredOn: LocalDate,
  today: LocalDate,
): FieldError | undefined {
  if (closedOn.isAfter(today)) {
    return { path: 'closedOn', message: `is in the future (after ${today})` }
  }
  if (closedOn.isBefore(registeredOn)) {
    return {
      path: 'closedOn',
      message: `is before the customer was registered (${registeredOn})`,
    }
  }
  return undefined
}

// ---------------------------------------------------------------------------
// Search

export type CustomerQuery =
  | { readonly kind: 'all' }
  | { readonly kind: 'identity-code'; readonly code: string }
  | { readonly kind: 'birth-date'; readonly birthDate: string }
  | { readonly kind: 'name'; readonly words: readonly string[] }
  | { readonly kind: 'invalid'; readonly message: string }

const IDENTITY_CODE_SHAPE = /^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/i
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const FINNISH_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/

/** Reads a search text as an identity code, a birth date, or name prefixes. */
export function parseCustomerQuery(q: string | undefined): CustomerQuery {
  const text = (q ?? '').trim()
  if (text === '') return { kind: 'all' }
  if (IDENTITY_CODE_SHAPE.test(text)) return { kind: 'identity-code', code: text.toUpperCase() }
  if (ISO_DATE.test(text)) {
    const date = LocalDate.tryParse(text)
    return date
      ? { kind: 'birth-date', birthDate: date.toString() }
      : { kind: 'invalid', message: `${text} is not a day in the calendar` }
  }
  const finnish = FINNISH_DATE.exec(text)
  if (finnish) {
    const [day, month, year] = [Number(finnish[1]), Number(finnish[2]), Number(finnish[3])]
    return LocalDate.isValid(year, month, day)
      ? { kind: 'birth-date', birthDate: LocalDate.of(year, month, day).toString() }
      : { kind: 'invalid', message: `${text} is not a day in the calendar` }
  }
  return { kind: 'name', words: text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5) }
}

/** Where a page ended: the last row's sort key, lower(last name), lower(first name), id. */
export type CustomerCursor = readonly [lastName: string, firstName: string, id: string]

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function encodeCursor(key: CustomerCursor): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url')
}

export function decodeCursor(cursor: string): CustomerCursor | undefined {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (
      Array.isArray(key) &&
      key.length === 3 &&
      typeof key[0] === 'string' &&
      typeof key[1] === 'string' &&
      typeof key[2] === 'string' &&
      UUID.test(key[2]) &&
      // A name key never holds NUL, which PostgreSQL refuses in text (a 500, not a 400).
      !key[0].includes('\u0000') &&
      !key[1].includes('\u0000')
    ) {
      return [key[0], key[1], key[2]]
    }
  } catch {
    // not base64url JSON: answered below
  }
  return undefined
}

// ---------------------------------------------------------------------------
// The customer page's timeline

type TimelineEntry = z.infer<typeof timelineEntry>
type Kind = TimelineEntry['kind']

/** On one day, events in the order they happen in a case. */
const sameDayOrder: readonly Kind[] = [
  'arrived',
  'residence-permit',
  'registered',
  'assessment',
  'plan',
  'review',
  'participation-started',
  'language-test',
  'participation-ended',
  'closed',
]

export interface TimelineCustomer {
  readonly registeredOn: string
  readonly arrivedOn: string | null
  readonly residencePermitOn: string | null
  readonly closedOn: string | null
  readonly closureReason: string | null
}

/** Everything that happened in the case, oldest first, with small non-sensitive facts. */
export function buildTimeline(
  customer: TimelineCustomer,
  records: TimelineRecords,
): TimelineEntry[] {
  const entries: TimelineEntry[] = []
  const add = (on: string | null, kind: Kind, recordId: string | null, summary = {}) => {
    if (on !== null) entries.push({ on, kind, recordId, summary })
  }
  add(customer.registeredOn, 'registered', null)
  add(customer.arrivedOn, 'arrived', null)
  add(customer.residencePermitOn, 'residence-permit', null)
  for (const a of records.assessments) add(a.completed_on, 'assessment', a.id, { kind: a.kind })
  for (const p of records.plans) {
    add(p.starts_on, 'plan', p.id, {
      planType: p.plan_type,
      primaryGoal: p.primary_goal,
      validUntil: p.valid_until,
    })
  }
  for (const r of records.reviews) {
    add(r.reviewed_on, 'review', r.id, { planId: r.plan_id, reason: r.reason })
  }
  for (const p of records.participations) {
    add(p.started_on, 'participation-started', p.id, { service: p.service })
    add(p.ended_on, 'participation-ended', p.id, {
      service: p.service,
      interrupted: p.interrupted,
    })
  }
  for (const t of records.languageTests) {
    add(t.taken_on, 'language-test', t.id, {
      language: t.language,
      lowestLevel: t.lowest_level,
      reachedTarget: t.reached_target,
    })
  }
  add(customer.closedOn, 'closed', null, { reason: customer.closureReason })
  return entries.sort(
    (a, b) =>
      a.on.localeCompare(b.on) ||
      sameDayOrder.indexOf(a.kind) - sameDayOrder.indexOf(b.kind) ||
      (a.recordId ?? '').localeCompare(b.recordId ?? ''),
  )
}
