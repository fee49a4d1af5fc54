import { z } from 'zod'
import { checkIdentityCode } from '../identity-code.js'
import { staffOrganisationIds } from '../organisations.js'
import {
  cefrLevels,
  customerCategoryIds,
  jobSeekerStatuses,
  languageTestSkills,
  municipalityIds,
} from '../programme/definitions.js'
import { LocalDate } from '../time/local-date.js'

// The case-work API (issue 4; contract: HTTP). Shared by the server, which
// validates with them and generates OpenAPI from them, and the staff app,
// which types its forms with them. Checks that need today or the database
// (a date in the future, a plan without an assessment) are the server's.

export const localDate = z
  .string({
    error: (iss) => (iss.input === undefined ? 'required' : 'must be a date written YYYY-MM-DD'),
  })
  .refine((text) => LocalDate.tryParse(text) !== undefined, {
    error: (iss) => `${String(iss.input)} is not a date written YYYY-MM-DD`,
  })
  .refine((text) => {
    const year = Number(text.slice(0, 4))
    return year >= 1900 && year <= 2200
  }, 'must be between 1900 and 2200')
  .describe('A calendar date in Europe/Helsinki, YYYY-MM-DD')

/**
 * C0 and C1 controls (line breaks and tabs only where allowed) and unpaired
 * surrogates: PostgreSQL refuses NUL in text and jsonb (the request would
 * fail with 500) and stores a lone surrogate as U+FFFD, so neither would be
 * kept as typed. Markup and bidirectional marks are text like any other.
 */
export function unsafeCharacter(text: string, allowLineBreaks: boolean): boolean {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    const lineBreak = code === 0x09 || code === 0x0a || code === 0x0d
    if ((code < 0x20 || (code >= 0x7f && code <= 0x9f)) && !(allowLineBreaks && lineBreak)) {
      return true
    }
    // for…of yields a lone surrogate as one character; PostgreSQL would store U+FFFD instead.
    if (code >= 0xd800 && code <= 0xdfff) return true
  }
  return false
}
export const controlMessage = 'must not contain control characters'

/** Text with line breaks: goals, notes, an address. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `at most ${max} characters`)
    .refine((t) => !unsafeCharacter(t, true), controlMessage)
/** One line: a name. */
const name = z
  .string()
  .trim()
  .min(1, 'required')
  .max(100, 'at most 100 characters')
  .refine((t) => !unsafeCharacter(t, false), controlMessage)
const organisations = z
  .array(z.enum(staffOrganisationIds))
  .min(1, 'name at least one organisation')
  .refine((list) => new Set(list).size === list.length, 'lists an organisation twice')
/** Versions are PostgreSQL integers: a larger number is no saved version, and would not compare. */
export const MAX_VERSION = 2_147_483_647
/** The version a save was based on: a stale one gets 409 (optimistic locking). */
export const recordVersion = (description: string) =>
  z.number().int().positive().max(MAX_VERSION, 'is no saved version').describe(description)
const version = recordVersion('The record version the change is based on')

export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'must be an ISO 639 language code such as sv, ar or prs')

// ---------------------------------------------------------------------------
// Customers

export const customerLanguage = z.strictObject({
  code: languageCode,
  native: z.boolean().optional(),
})

export const familyRelations = ['spouse', 'parent', 'child', 'sibling', 'other'] as const
export const familyLink = z.strictObject({
  customerId: z.uuid(),
  relation: z.enum(familyRelations),
})

const customerFields = {
  firstName: name,
  lastName: name,
  birthDate: localDate,
  personalIdentityCode: z
    .string()
    .trim()
    .toUpperCase()
    .superRefine((code, ctx) => {
      const check = checkIdentityCode(code)
      if (!check.ok) ctx.addIssue({ code: 'custom', message: check.reason })
    })
    .optional(),
  municipality: z.enum(municipalityIds, { error: `must be one of ${municipalityIds.join(', ')}` }),
  unemployedJobSeeker: z.boolean({ error: 'must be true or false' }),
  jobSeekerStatus: z
    .enum(jobSeekerStatuses)
    .optional()
    .describe('Finer than unemployedJobSeeker (AMB-01)'),
  categories: z
    .array(
      z.enum(customerCategoryIds, { error: `must be one of ${customerCategoryIds.join(', ')}` }),
    )
    .refine((list) => new Set(list).size === list.length, 'lists a category twice'),
  needsCoordination: z.boolean().optional().describe("A counsellor's judgement (L149, AMB-08)"),
  languages: z
    .array(customerLanguage)
    .max(20)
    .refine((list) => list.filter((l) => l.native).length <= 1, 'mark at most one native language'),
  arrivedOn: localDate.optional(),
  residencePermitOn: localDate.optional().describe('The first residence permit'),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{5,20}$/, 'must be a phone number such as +358 40 123 4567')
    .optional(),
  email: z.email('must be an e-mail address').max(254).optional(),
  address: text(300).optional(),
  interpreterNeeded: z.boolean().optional(),
  interpreterLanguage: languageCode.optional(),
  familyLinks: z.array(familyLink).max(30).optional(),
}

export const newCustomer = z.strictObject({
  ...customerFields,
  responsibleOrganisations: organisations
    .optional()
    .describe('Omit to take what the programme rules propose; a different set needs a reason'),
  responsibilityReason: text(1000).min(1).optional(),
})
export type NewCustomer = z.infer<typeof newCustomer>

/** Optional facts a change may clear by sending null. */
export const clearableCustomerFields = [
  'personalIdentityCode',
  'arrivedOn',
  'residencePermitOn',
  'phone',
  'email',
  'address',
  'interpreterLanguage',
] as const
type Clearable = (typeof clearableCustomerFields)[number]

export type CustomerChanges = {
  [K in keyof NewCustomer]?: K extends Clearable ? NewCustomer[K] | null : NewCustomer[K]
}

export const customerUpdate = z.strictObject({
  version,
  ...Object.fromEntries(
    Object.entries(customerFields).map(([k, v]) => [
      k,
      (clearableCustomerFields as readonly string[]).includes(k)
        ? v.nullable().optional()
        : v.optional(),
    ]),
  ),
  responsibleOrganisations: organisations.optional(),
  responsibilityReason: text(1000).min(1).optional(),
}) as unknown as z.ZodType<CustomerChanges & { version: number }>

export const closureReasons = [
  'moved-away',
  'plan-completed',
  'employed',
  'studies',
  'declined',
  'deceased',
  'other',
] as const
export const customerClosure = z.strictObject({
  version,
  closedOn: localDate,
  reason: z.enum(closureReasons),
})

export const customer = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string(),
  personalIdentityCode: z.string().nullable(),
  municipality: z.enum(municipalityIds),
  unemployedJobSeeker: z.boolean(),
  jobSeekerStatus: z.enum(jobSeekerStatuses),
  categories: z.array(z.enum(customerCategoryIds)),
  needsCoordination: z.boolean(),
  languages: z.array(customerLanguage),
  arrivedOn: z.string().nullable(),
  residencePermitOn: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  interpreterNeeded: z.boolean(),
  interpreterLanguage: z.string().nullable(),
  familyLinks: z.array(familyLink.extend({ name: z.string() })),
  responsibleOrganisations: z.array(z.enum(staffOrganisationIds)),
  /** What the programme rules propose today; differs when a counsellor changed it. */
  proposedOrganisations: z.array(z.enum(staffOrganisationIds)),
  responsibilityReason: z.string().nullable(),
  closedOn: z.string().nullable(),
  closureReason: z.enum(closureReasons).nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
})
export type Customer = z.infer<typeof customer>

export const customerSummary = customer.pick({
  id: true,
  firstName: true,
  lastName: true,
  birthDate: true,
  municipality: true,
  closedOn: true,
})
export type CustomerSummary = z.infer<typeof customerSummary>

export const customerSearch = z.strictObject({
  q: z
    .string()
    .trim()
    .max(100)
    .refine((t) => !unsafeCharacter(t, false), controlMessage)
    .optional()
    .describe('Name prefix, identity code or birth date'),
  cursor: z.string().max(500).optional().describe('The `next` of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(25),
})
export const customerPage = z.object({
  items: z.array(customerSummary),
  next: z.string().nullable(),
})

// ---------------------------------------------------------------------------
// Assessments (part 1)

export const literacyLevels = [
  'literate',
  'literate-other-script',
  'partly',
  'not-literate',
] as const

export const assessmentContent = z.strictObject({
  goals: text(4000).optional(),
  education: text(4000).optional().describe('Earlier education'),
  workExperience: text(4000).optional(),
  languageSkills: z
    .array(z.strictObject({ language: languageCode, level: z.enum(cefrLevels) }))
    .max(20)
    .optional(),
  literacy: z.enum(literacyLevels).optional(),
  workAbility: text(4000).optional(),
  studyNeeds: text(4000).optional(),
  employmentNeeds: text(4000).optional(),
  otherNeeds: text(4000).optional(),
})

export const newAssessment = z.strictObject({
  kind: z.enum(['standard', 'multisectoral']),
  completedOn: localDate,
  organisations: organisations
    .optional()
    .describe('Who took part; multisectoral needs the wellbeing county'),
  content: assessmentContent.optional(),
  needsPlan: z.boolean().optional(),
  needsIntegrationTraining: z.boolean().optional(),
})
export type NewAssessment = z.infer<typeof newAssessment>

export const assessment = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  kind: z.enum(['standard', 'multisectoral']),
  completedOn: z.string(),
  organisations: z.array(z.enum(staffOrganisationIds)),
  content: assessmentContent,
  needsPlan: z.boolean().nullable(),
  needsIntegrationTraining: z.boolean().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
})
export type Assessment = z.infer<typeof assessment>

// ---------------------------------------------------------------------------
// Plans (part 2) and their reviews

export const planTypes = [
  'integration-plan',
  'multisectoral-integration-plan',
  'employment-plan',
] as const
export const serviceAreas = ['employment', 'health', 'civicSkills', 'studies', 'family'] as const
export const agreedServices = z.strictObject(
  Object.fromEntries(
    serviceAreas.map((area) => [area, z.array(text(500).min(1)).max(30).optional()]),
  ) as Record<(typeof serviceAreas)[number], z.ZodOptional<z.ZodArray<z.ZodString>>>,
)

export const newPlan = z.strictObject({
  startsOn: localDate,
  validUntil: localDate.optional().describe('At most two years after startsOn (the default)'),
  planType: z.enum(planTypes).optional().describe('Defaults to what the programme rules give'),
  assessmentId: z.uuid().optional().describe('Defaults to the latest completed assessment'),
  longTermGoals: text(4000).optional(),
  periodGoals: text(4000).optional(),
  services: agreedServices.optional(),
  organisations: organisations.optional(),
  obligationsAcknowledgedOn: localDate
    .optional()
    .describe("The customer's five obligations (L112–L118)"),
})
export type NewPlan = z.infer<typeof newPlan>

export const planUpdate = z.strictObject({
  version,
  longTermGoals: text(4000).optional(),
  periodGoals: text(4000).optional(),
  services: agreedServices.optional(),
  organisations: organisations.optional(),
  obligationsAcknowledgedOn: localDate.optional(),
})

export const reviewReasons = ['scheduled', 'change-in-situation', 'customer-request'] as const
export const newReview = z.strictObject({
  reviewedOn: localDate,
  reason: z.enum(reviewReasons).default('scheduled'),
  notes: text(4000).optional(),
})

export const planReview = z.object({
  id: z.uuid(),
  reviewedOn: z.string(),
  reason: z.enum(reviewReasons),
  notes: z.string(),
  createdAt: z.string(),
})

export const plan = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  assessmentId: z.uuid(),
  planType: z.enum(planTypes),
  startsOn: z.string(),
  validUntil: z.string(),
  nextReviewDue: z.string(),
  primaryGoal: z.enum(['employment', 'education']),
  longTermGoals: z.string(),
  periodGoals: z.string(),
  services: agreedServices,
  organisations: z.array(z.enum(staffOrganisationIds)),
  obligationsAcknowledgedOn: z.string().nullable(),
  endedOn: z.string().nullable().describe('Set when a newer plan took over'),
  reviews: z.array(planReview),
  version: z.number().int(),
  createdAt: z.string(),
})
export type Plan = z.infer<typeof plan>

// ---------------------------------------------------------------------------
// Participations (parts 3 and 4) and the final language test

export const participationServices = ['civic-orientation', 'integration-training'] as const
export const newParticipation = z.strictObject({
  service: z.enum(participationServices),
  startedOn: localDate,
  endedOn: localDate.optional(),
  language: languageCode.optional(),
  provider: text(200).optional(),
  interrupted: z.boolean().optional(),
  interruptionReason: text(1000).min(1).optional(),
})
export const participationUpdate = z.strictObject({
  version,
  endedOn: localDate.nullable().optional(),
  language: languageCode.optional(),
  provider: text(200).optional(),
  interrupted: z.boolean().optional(),
  interruptionReason: text(1000).min(1).nullable().optional(),
})
export const participation = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  service: z.enum(participationServices),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  language: z.string().nullable(),
  provider: z.string().nullable(),
  interrupted: z.boolean(),
  interruptionReason: z.string().nullable(),
  version: z.number().int(),
})

export const languageTestResults = z
  .strictObject(
    Object.fromEntries(
      languageTestSkills.map((skill) => [skill, z.enum(cefrLevels).optional()]),
    ) as Record<
      (typeof languageTestSkills)[number],
      z.ZodOptional<z.ZodEnum<{ [K in (typeof cefrLevels)[number]]: K }>>
    >,
  )
  .refine((results) => Object.values(results).some(Boolean), 'give the level of at least one skill')
export const newLanguageTest = z.strictObject({
  takenOn: localDate,
  language: z.enum(['sv', 'fi']),
  results: languageTestResults,
})
export const languageTest = z.object({
  id: z.uuid(),
  customerId: z.uuid(),
  takenOn: z.string(),
  language: z.enum(['sv', 'fi']),
  results: z.record(z.string(), z.enum(cefrLevels)),
  lowestLevel: z.enum(cefrLevels),
  reachedTarget: z.boolean().describe('Lowest skill at B1.1 or higher (L224)'),
})

// ---------------------------------------------------------------------------
// The customer page's timeline and the home page's work queue

export const timelineEntry = z.object({
  on: z.string().describe('The calendar date of the event'),
  kind: z.enum([
    'registered',
    'arrived',
    'residence-permit',
    'assessment',
    'plan',
    'review',
    'participation-started',
    'participation-ended',
    'language-test',
    'closed',
  ]),
  recordId: z.uuid().nullable(),
  summary: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
})
export const timeline = z.object({ items: z.array(timelineEntry) })

export const workQueueKinds = [
  'review-due',
  'review-overdue',
  'plan-expiring',
  'assessment-without-plan',
  'civic-orientation-closing',
  'case-conference',
] as const
export const workQueueItem = z.object({
  kind: z.enum(workQueueKinds),
  customer: customerSummary,
  planId: z.uuid().nullable(),
  due: z.string().nullable().describe('The date that puts the case in the queue'),
  reason: z.string().nullable(),
})
export const workQueue = z.object({ today: z.string(), items: z.array(workQueueItem) })
