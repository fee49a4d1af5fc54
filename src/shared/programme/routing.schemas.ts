import { type ZodType, z } from 'zod'
import { staffOrganisationIds } from '../organisations.js'
import { LocalDate } from '../time/local-date.js'
import {
  customerCategoryIds,
  infoPointIds,
  jobSeekerStatuses,
  municipalityIds,
  type programmePartIds,
} from './definitions.js'
import { eligibilityValues, type RoutingInput, routingFacts } from './routing.js'
import { ambiguityIds, programmeSettingsSchema } from './settings.js'

// POST /api/v1/routing (shared/contract/README.md). The request schema checks
// each field on its own and stays plain JSON Schema for the OpenAPI document;
// `parseRoutingRequest` adds the checks between fields and against today.

/** No one is older; a larger age or earlier birth date is a typing error. */
export const oldestPlausibleAge = 120
// Keeps every date the programme adds years to (L190, L202) inside LocalDate's range.
const earliestDate = LocalDate.of(1900, 1, 1)
const latestDate = LocalDate.of(2200, 12, 31)

const required = (iss: { input?: unknown }, otherwise: string) =>
  iss.input === undefined ? 'required' : otherwise

const isoDate = z
  .string({ error: (iss) => required(iss, 'must be a date written YYYY-MM-DD') })
  .superRefine((text, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: 'must be a date written YYYY-MM-DD' })
      return
    }
    const date = LocalDate.tryParse(text)
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `${text} is not a day in the calendar` })
    } else if (date.isBefore(earliestDate) || date.isAfter(latestDate)) {
      ctx.addIssue({ code: 'custom', message: `must be between ${earliestDate} and ${latestDate}` })
    }
  })

const optionalFlag = z.boolean({ error: 'must be true or false' }).optional()

export const routingRequest = z
  .strictObject({
    municipality: z.enum(municipalityIds, {
      error: (iss) =>
        required(
          iss,
          `unknown municipality ${JSON.stringify(iss.input)}: one of ${municipalityIds.join(', ')}`,
        ),
    }),
    birthDate: isoDate.optional(),
    age: z
      .number({ error: 'must be a number of years' })
      .int({ error: 'must be a whole number of years' })
      .min(0, { error: 'must not be negative' })
      .max(oldestPlausibleAge, { error: `must be at most ${oldestPlausibleAge}` })
      .optional(),
    unemployedJobSeeker: z.boolean({ error: (iss) => required(iss, 'must be true or false') }),
    categories: z
      .array(
        z.enum(customerCategoryIds, {
          error: (iss) =>
            `unknown category ${JSON.stringify(iss.input)}: one of ${customerCategoryIds.join(', ')}`,
        }),
        { error: (iss) => required(iss, 'must be a list of categories') },
      )
      .max(customerCategoryIds.length, { error: 'lists a category more than once' }),
    arrivedOn: isoDate.optional(),
    residencePermitOn: isoDate.optional(),
    onDate: isoDate.optional(),
    // Porten's additions (the contract allows optional fields).
    jobSeekerStatus: z
      .enum(jobSeekerStatuses, { error: `must be one of ${jobSeekerStatuses.join(', ')}` })
      .optional(),
    temporarySocialAssistance: optionalFlag,
    needsCoordination: optionalFlag,
    assessmentCompleted: optionalFlag,
    assessedNeedForIntegrationTraining: optionalFlag,
    hasValidPlan: optionalFlag,
  })
  .describe('Who arranges each programme part for a person (nothing is stored)')
export type RoutingRequest = z.infer<typeof routingRequest>

export interface FieldError {
  readonly path: string
  readonly message: string
}

export type ParsedRoutingRequest =
  | { readonly ok: true; readonly input: RoutingInput }
  | { readonly ok: false; readonly errors: readonly FieldError[] }

/**
 * Validates a routing request body. `today` (the caller's clock, in Helsinki)
 * is the default `onDate`, and no date may lie after `onDate`.
 */
export function parseRoutingRequest(body: unknown, today: LocalDate): ParsedRoutingRequest {
  const parsed = routingRequest.safeParse(body)
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap(fieldErrors) }
  const request = parsed.data
  const date = (text: string | undefined) =>
    text === undefined ? undefined : LocalDate.parse(text)
  const onDate = date(request.onDate) ?? today
  const birthDate = date(request.birthDate)
  const arrivedOn = date(request.arrivedOn)
  const residencePermitOn = date(request.residencePermitOn)
  const errors: FieldError[] = []
  const fail = (path: string, message: string) => errors.push({ path, message })

  if (birthDate && request.age !== undefined) fail('age', 'give birthDate or age, not both')
  if (!birthDate && request.age === undefined) fail('birthDate', 'required: give birthDate or age')
  if (birthDate?.isAfter(onDate)) fail('birthDate', `is in the future (after ${onDate})`)
  else if (birthDate && birthDate.ageOn(onDate) > oldestPlausibleAge) {
    fail('birthDate', `gives an age over ${oldestPlausibleAge} years`)
  }
  for (const [path, value] of [
    ['arrivedOn', arrivedOn],
    ['residencePermitOn', residencePermitOn],
  ] as const) {
    if (value?.isAfter(onDate)) fail(path, `is in the future (after ${onDate})`)
    else if (value && birthDate?.isAfter(value)) fail(path, 'is before birthDate')
  }
  request.categories.forEach((category, index) => {
    if (request.categories.indexOf(category) !== index) {
      fail(`categories.${index}`, `lists ${category} more than once`)
    }
  })
  const status = request.jobSeekerStatus
  if (status && (status === 'unemployed') !== request.unemployedJobSeeker) {
    fail(
      'jobSeekerStatus',
      `${status} contradicts unemployedJobSeeker: ${request.unemployedJobSeeker}`,
    )
  }
  // The contract's social-assistance category is assistance other than temporary.
  if (request.temporarySocialAssistance && request.categories.includes('social-assistance')) {
    fail(
      'temporarySocialAssistance',
      'contradicts category social-assistance (other than temporary)',
    )
  }
  if (
    request.assessmentCompleted === false &&
    request.assessedNeedForIntegrationTraining !== undefined
  ) {
    fail(
      'assessedNeedForIntegrationTraining',
      'needs a completed assessment (assessmentCompleted is false)',
    )
  }
  if (request.assessmentCompleted === false && request.hasValidPlan === true) {
    fail('hasValidPlan', 'a plan needs a completed assessment (assessmentCompleted is false)')
  }
  if (errors.length > 0) return { ok: false, errors }

  const facts = {
    municipality: request.municipality,
    unemployedJobSeeker: request.unemployedJobSeeker,
    categories: request.categories,
    onDate,
    ...(request.jobSeekerStatus !== undefined ? { jobSeekerStatus: request.jobSeekerStatus } : {}),
    ...(arrivedOn ? { arrivedOn } : {}),
    ...(residencePermitOn ? { residencePermitOn } : {}),
    ...optionalFlags(request),
  }
  const input: RoutingInput = birthDate
    ? { ...facts, birthDate }
    : { ...facts, age: request.age ?? 0 }
  return { ok: true, input }
}

function optionalFlags(request: RoutingRequest) {
  const names = [
    'temporarySocialAssistance',
    'needsCoordination',
    'assessmentCompleted',
    'assessedNeedForIntegrationTraining',
    'hasValidPlan',
  ] as const
  return Object.fromEntries(
    names.filter((name) => request[name] !== undefined).map((name) => [name, request[name]]),
  ) as Partial<Pick<RoutingRequest, (typeof names)[number]>>
}

function fieldErrors(issue: z.core.$ZodIssue): FieldError[] {
  const path = issue.path.map(String).join('.')
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: path ? `${path}.${key}` : key,
      message: 'unknown field',
    }))
  }
  if (path === '' && issue.code === 'invalid_type') {
    return [{ path, message: 'must be a JSON object' }]
  }
  return [{ path, message: issue.message }]
}

// ---------------------------------------------------------------------------
// Response

const bilingual = z.object({ sv: z.string().min(1), en: z.string().min(1) })
const organisation = z.enum(staffOrganisationIds)

const serviceAnswer = z.object({
  eligible: z.enum(eligibilityValues),
  responsible: z.array(organisation),
  basis: z.object({
    sv: z.string().min(1),
    en: z.string().min(1),
    lines: z.array(z.string().regex(/^L\d+$/)).min(1),
  }),
  caseConference: z
    .object({
      required: z.literal(true),
      reason: bilingual,
      ambiguity: z.enum(ambiguityIds),
      parties: z.array(organisation).min(1),
    })
    .optional(),
  missingInformation: z.array(z.enum(routingFacts)).optional(),
  settingsApplied: z.array(programmeSettingsSchema.keyof()).optional(),
})

export const routingResponse = z
  .object({
    onDate: z.iso.date(),
    services: z.object({
      assessment: serviceAnswer.extend({ kind: z.enum(['standard', 'multisectoral']) }),
      'integration-plan': serviceAnswer.extend({
        planType: z.enum(['integration-plan', 'multisectoral-integration-plan', 'employment-plan']),
        primaryGoal: z.enum(['employment', 'education']),
        validForAtMostYears: z.number().int(),
        reviewEveryMonths: z.number().int(),
      }),
      'civic-orientation': serviceAnswer.extend({ closesOn: z.iso.date().optional() }),
      'integration-training': serviceAnswer,
      'other-services': serviceAnswer,
      guidance: serviceAnswer.extend({
        locations: z.array(z.enum(infoPointIds)),
        referrals: z.array(z.enum(['kela', 'migri'])),
      }),
    } satisfies Record<(typeof programmePartIds)[number], ZodType>),
  })
  .describe(
    'For each programme part: eligibility, the responsible organisations and the programme text',
  )
export type RoutingResponseBody = z.infer<typeof routingResponse>
