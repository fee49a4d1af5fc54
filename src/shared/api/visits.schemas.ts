import { z } from 'zod'
import type { Role } from '../organisations.js'
import { infoPointIds } from '../programme/definitions.js'
import { languageCode, localDate, MAX_VERSION, recordVersion } from './cases.schemas.js'

// Walk-in visits at the info points (part 6, M7 «Besöksstatistik vid
// Integrationsporten», L420; contract: POST /api/v1/visits). Anonymous by
// design: a visit has no person, no identity code and no free text, only
// fixed choices. Shared by the server and the staff app's desk page. Checks
// that need the clock or the database (a time in the future, an unknown
// referral) are the server's.

/**
 * Who may record visits: every staff role. A visit carries no personal data,
 * so least privilege has nothing to guard here, and anyone may stand in at
 * the desk. Listed rather than 'any-role' so a new role is a decision.
 */
export const visitRecorderRoles = [
  'front-desk',
  'counselor',
  'manager',
  'admin',
] as const satisfies readonly Role[]

/** «…på svenska, finska och engelska, och vid behov även på andra språk med hjälp av tolk.» (L403) */
export const serviceLanguages = ['sv', 'fi', 'en', 'other'] as const
export type ServiceLanguage = (typeof serviceLanguages)[number]

/** What the visitor asked about (migration 0003's CHECK lists the same). */
export const visitTopicIds = [
  'housing',
  'work',
  'studies',
  'language-courses',
  'health',
  'family',
  'benefits',
  'residence-permit',
  'leisure',
  'other',
] as const
export type VisitTopic = (typeof visitTopicIds)[number]

/** A tablet's clock may run a little ahead of the server's. */
export const clockSkewMinutes = 5
/** A forgotten visit may be recorded up to a week later. */
export const lateRecordingDays = 7
/** Its recorder may correct or remove a visit of today or yesterday. */
export const correctionDays = 1

/** Directory entry ids and organisation ids share this shape (directory_entry.id's CHECK). */
export const referralId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a directory entry id or an organisation id')

const unique = <T>(list: readonly T[]) => new Set(list).size === list.length

/**
 * An instant with its offset, as RFC 3339 writes it; seconds may be left out
 * (2026-01-01T00:30+02:00), as ISO 8601 allows.
 */
export const instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.datetime({ offset: true, precision: -1 })], {
    error: 'must be a date and time with its offset, such as 2026-03-02T10:15:00+02:00',
  })
  .describe('An instant, ISO 8601 with offset; its calendar date in Helsinki is the visit date')

const location = z.enum(infoPointIds, { error: `must be one of ${infoPointIds.join(', ')}` })
const language = z.enum(serviceLanguages, {
  error: `must be one of ${serviceLanguages.join(', ')}`,
})
const topics = z
  .array(z.enum(visitTopicIds, { error: `must be one of ${visitTopicIds.join(', ')}` }))
  .min(1, 'choose at least one topic')
  .refine(unique, 'lists a topic twice')
const referredTo = z
  .array(referralId)
  .max(20, 'at most 20 referrals')
  .refine(unique, 'lists a referral twice')
  .describe('Directory entry ids and organisation ids the visitor was referred to')
const interpreterLanguage = languageCode.describe(
  'The language interpreted into (ISO 639); only with language "other"',
)

export const interpreterOnlyWithOther =
  'give an interpreter language only when the language is other'

export const newVisit = z
  .strictObject({
    at: instant,
    location,
    language,
    interpreterLanguage: interpreterLanguage.optional(),
    topics,
    referredTo: referredTo.optional(),
  })
  .superRefine((visit, ctx) => {
    if (visit.interpreterLanguage !== undefined && visit.language !== 'other') {
      ctx.addIssue({
        code: 'custom',
        path: ['interpreterLanguage'],
        message: interpreterOnlyWithOther,
      })
    }
  })
  .describe('One walk-in visit; anonymous: no customer data')
export type NewVisit = z.infer<typeof newVisit>

/** A correction: the fields sent replace the saved ones; null clears the interpreter language. */
export const visitUpdate = z.strictObject({
  version: recordVersion('The record version the change is based on'),
  at: instant.optional(),
  location: location.optional(),
  language: language.optional(),
  interpreterLanguage: interpreterLanguage.nullable().optional(),
  topics: topics.optional(),
  referredTo: referredTo.optional(),
})
export type VisitUpdate = z.infer<typeof visitUpdate>

export const visit = z.object({
  id: z.uuid(),
  at: z.string().describe('The instant, in UTC'),
  visitDate: z.string().describe('The calendar date of `at` in Europe/Helsinki'),
  location: z.enum(infoPointIds),
  language: z.enum(serviceLanguages),
  interpreterLanguage: z.string().nullable(),
  topics: z.array(z.enum(visitTopicIds)),
  referredTo: z.array(z.string()),
  version: z.number().int(),
  recordedByMe: z.boolean(),
})
export type Visit = z.infer<typeof visit>

export const visitList = z.object({ items: z.array(visit) })

export const visitQuery = z.strictObject({
  date: localDate.optional().describe('The visit date in Helsinki; today when left out'),
  location: location.optional(),
})

export const visitId = z.object({ id: z.uuid('must be a UUID') })

export const visitVersion = z.strictObject({
  version: z.coerce
    .number()
    .int()
    .positive()
    .max(MAX_VERSION, 'is no saved version')
    .describe('The version the removal is based on: a stale one gets 409'),
})
