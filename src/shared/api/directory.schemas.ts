import { z } from 'zod'
import { guideLanguages } from '../i18n/i18n.js'
import { infoPointIds, municipalityIds } from '../programme/definitions.js'
import {
  controlMessage,
  languageCode,
  localDate,
  recordVersion,
  unsafeCharacter,
} from './cases.schemas.js'

// The directory of part 5 and part 6 (rules.md §h): every actor the
// programme lists, by municipality and kind. Shared by the server (validation,
// OpenAPI) and the staff app (typed forms). Texts are stored as typed: markup
// is not stripped, because every reader renders it as text; only characters
// that cannot be shown or stored faithfully are refused.

/** In the programme's order: part 5's headings (L260–L378), then part 6 (L403–L416). */
export const directoryKinds = [
  'culture-leisure',
  'adult-education',
  'educator',
  'business-advice',
  'project',
  'third-sector',
  'social-network',
  'info-point',
  'authority',
] as const
export type DirectoryKind = (typeof directoryKinds)[number]

export const entryStatuses = ['current', 'upcoming', 'expired', 'retired'] as const
export type EntryStatus = (typeof entryStatuses)[number]

export const nameMaxLength = 200
export const descriptionMaxLength = 2000

// The same characters are refused in case work's texts: one rule, in cases.schemas.ts.
export { unsafeCharacter }

/** One line of text: names, streets, notes. */
const line = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(max, `at most ${max} characters`)
    .refine((text) => !unsafeCharacter(text, false), controlMessage)

/** Text with line breaks: descriptions. */
const paragraphs = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'required')
    .max(max, `at most ${max} characters`)
    .refine((text) => !unsafeCharacter(text, true), controlMessage)
    .transform((text) => text.replace(/\r\n?/g, '\n'))

const unique = <T>(list: readonly T[]) => new Set(list).size === list.length

/** The texts in the guide's other languages; with Swedish, unknown language keys are refused. */
function otherLanguages<T extends z.ZodType<string, string>>(text: T) {
  const other = text.optional()
  return { fi: other, en: other, ar: other, fa: other, uk: other, ru: other, so: other }
}

const nameText = line(nameMaxLength)
const descriptionText = paragraphs(descriptionMaxLength)

export const entryNames = z
  .strictObject({ sv: nameText, ...otherLanguages(nameText) })
  .describe('The name per guide language; Swedish required')
export const entryDescriptions = z
  .strictObject({ sv: descriptionText.optional(), ...otherLanguages(descriptionText) })
  .describe('A short description per guide language; Swedish whenever any is given')

export const entryId = z
  .string()
  .max(60, 'at most 60 characters')
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'must be lowercase letters, digits and single hyphens, such as folkhalsan-jakobstad',
  )

export function isHttpsAddress(text: string): boolean {
  if (!text.startsWith('https://')) return false
  try {
    const url = new URL(text)
    return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password
  } catch {
    return false
  }
}

export const website = z
  .string()
  .trim()
  .max(500, 'at most 500 characters')
  .refine(isHttpsAddress, 'must be a web address starting with https://')

export const address = z.strictObject({
  street: line(200),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, 'must be a Finnish postal code of five digits')
    .optional(),
  city: line(100),
  entrance: line(200).optional().describe('How to find the way in: «ingång via Alholmsgatan»'),
})
export type EntryAddress = z.infer<typeof address>

// ---------------------------------------------------------------------------
// Opening hours: regular weekly hours plus exceptions (a holiday, a late day)

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/
const time = z.string().regex(timePattern, 'must be a time written HH:MM, such as 08:00')
/** Both times readable and the second not after the first: the one message worth giving. */
const closesTooEarly = (opens: string | undefined, closes: string | undefined) =>
  timePattern.test(opens ?? '') && timePattern.test(closes ?? '') && closes! <= opens!
const weekday = z.number().int().min(1, 'days are 1 (Monday) to 7 (Sunday)').max(7)

export const regularHours = z
  .strictObject({
    days: z
      .array(weekday)
      .min(1, 'choose at least one day')
      .max(7)
      .refine(unique, 'lists a day twice')
      .describe('ISO weekdays: 1 is Monday, 7 Sunday'),
    opens: time,
    closes: time,
  })
  .refine((row) => !closesTooEarly(row.opens, row.closes), {
    path: ['closes'],
    message: 'must be after the opening time',
  })

export const hoursException = z
  .strictObject({
    date: localDate,
    closed: z.boolean({ error: 'must be true or false' }),
    opens: time.optional(),
    closes: time.optional(),
    note: line(200).optional(),
  })
  .superRefine((day, ctx) => {
    for (const key of ['opens', 'closes'] as const) {
      if (day.closed && day[key] !== undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'leave out on a closed day' })
      }
      if (!day.closed && day[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'required on a day with other hours' })
      }
    }
    if (!day.closed && closesTooEarly(day.opens, day.closes)) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: 'must be after the opening time' })
    }
  })

export const openingHours = z.strictObject({
  regular: z.array(regularHours).max(14, 'at most 14 rows'),
  exceptions: z
    .array(hoursException)
    .max(100, 'at most 100 days')
    .refine((list) => unique(list.map((e) => e.date)), 'lists a date twice'),
})
export type OpeningHours = z.infer<typeof openingHours>

// ---------------------------------------------------------------------------
// Entries

const entryFields = {
  kind: z.enum(directoryKinds, { error: `must be one of ${directoryKinds.join(', ')}` }),
  municipalities: z
    .array(z.enum(municipalityIds, { error: `must be one of ${municipalityIds.join(', ')}` }))
    .refine(unique, 'lists a municipality twice')
    .describe('Where the entry serves; empty means the whole region'),
  infoPoint: z
    .enum(infoPointIds, { error: `must be one of ${infoPointIds.join(', ')}` })
    .nullable()
    .describe('Which Integrationsporten point an info-point entry is (L384–L408)'),
  names: entryNames,
  descriptions: entryDescriptions,
  website: website.nullable(),
  email: z.email('must be an e-mail address').max(254).nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{5,20}$/, 'must be a phone number such as +358 40 123 4567')
    .nullable(),
  address: address.nullable(),
  languages: z
    .array(languageCode)
    .max(30)
    .refine(unique, 'lists a language twice')
    .describe('Languages customers are served in (ISO 639)'),
  openingHours: openingHours.nullable(),
  validFrom: localDate.nullable(),
  validUntil: localDate.nullable().describe('After this day the entry leaves the guide by itself'),
}

export interface FieldIssue {
  path: string
  message: string
}

/** The checks between fields, shared by create, update and import. */
export function entryBreaches(entry: {
  kind?: DirectoryKind
  infoPoint?: string | null
  descriptions?: Partial<Record<string, string>>
  validFrom?: string | null
  validUntil?: string | null
}): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (entry.kind === 'info-point' && !entry.infoPoint) {
    issues.push({ path: 'infoPoint', message: 'required for an info point' })
  }
  if (entry.kind !== 'info-point' && entry.infoPoint) {
    issues.push({ path: 'infoPoint', message: 'only for an info point' })
  }
  const descriptions = Object.values(entry.descriptions ?? {}).filter(Boolean)
  if (descriptions.length > 0 && !entry.descriptions?.sv) {
    issues.push({ path: 'descriptions.sv', message: 'required when another language has one' })
  }
  if (entry.validFrom && entry.validUntil && entry.validUntil < entry.validFrom) {
    issues.push({ path: 'validUntil', message: 'must not be before validFrom' })
  }
  return issues
}

const withBreaches = <T extends Parameters<typeof entryBreaches>[0]>(
  entry: T,
  ctx: z.RefinementCtx,
) => {
  for (const issue of entryBreaches(entry)) {
    ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message })
  }
}

/** Every field of an entry, as stored: the shape import builds and updates are checked in. */
export const entryContent = z.strictObject(entryFields).superRefine(withBreaches)
export type EntryContent = z.output<typeof entryContent>

export const newDirectoryEntry = z
  .strictObject({
    id: entryId.optional().describe('Omit to make one from the Swedish name'),
    kind: entryFields.kind,
    municipalities: entryFields.municipalities.optional(),
    infoPoint: entryFields.infoPoint.optional(),
    names: entryNames,
    descriptions: entryDescriptions.optional(),
    website: entryFields.website.optional(),
    email: entryFields.email.optional(),
    phone: entryFields.phone.optional(),
    address: entryFields.address.optional(),
    languages: entryFields.languages.optional(),
    openingHours: entryFields.openingHours.optional(),
    validFrom: entryFields.validFrom.optional(),
    validUntil: entryFields.validUntil.optional(),
  })
  .superRefine(withBreaches)
export type NewDirectoryEntry = z.input<typeof newDirectoryEntry>

const version = recordVersion('The entry version the change is based on')

/** A change: only the fields sent change; null clears. Checked again as a whole entry. */
export const directoryEntryUpdate = z.strictObject({
  version,
  kind: entryFields.kind.optional(),
  municipalities: entryFields.municipalities.optional(),
  infoPoint: entryFields.infoPoint.optional(),
  names: entryNames.optional(),
  descriptions: entryDescriptions.optional(),
  website: entryFields.website.optional(),
  email: entryFields.email.optional(),
  phone: entryFields.phone.optional(),
  address: entryFields.address.optional(),
  languages: entryFields.languages.optional(),
  openingHours: entryFields.openingHours.optional(),
  validFrom: entryFields.validFrom.optional(),
  validUntil: entryFields.validUntil.optional(),
})
export type DirectoryEntryUpdate = z.input<typeof directoryEntryUpdate>

export const versionOnly = z.strictObject({ version })

// ---------------------------------------------------------------------------
// Answers. Plain shapes: what was stored is returned as it is.

const texts = z.partialRecord(z.enum(guideLanguages), z.string())
const hoursOut = z.object({
  regular: z.array(z.object({ days: z.array(z.number()), opens: z.string(), closes: z.string() })),
  exceptions: z.array(
    z.object({
      date: z.string(),
      closed: z.boolean(),
      opens: z.string().optional(),
      closes: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
})

export const publicDirectoryEntry = z.object({
  id: z.string(),
  kind: z.enum(directoryKinds),
  municipalities: z.array(z.enum(municipalityIds)),
  infoPoint: z.enum(infoPointIds).nullable(),
  names: texts,
  descriptions: texts,
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z
    .object({
      street: z.string(),
      postalCode: z.string().optional(),
      city: z.string(),
      entrance: z.string().optional(),
    })
    .nullable(),
  languages: z.array(z.string()),
  openingHours: hoursOut.nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
})
export type PublicDirectoryEntry = z.infer<typeof publicDirectoryEntry>

export const directoryEntry = publicDirectoryEntry.extend({
  status: z.enum(entryStatuses).describe('On today: listed, not yet, no longer, or taken out'),
  retiredAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
})
export type DirectoryEntry = z.infer<typeof directoryEntry>

export const directoryEntryList = z.object({ items: z.array(directoryEntry) })

export const publicDirectoryQuery = z.strictObject({
  on: localDate.optional().describe('The day the guide shows; today when left out'),
  municipality: z.enum(municipalityIds).optional(),
  kind: z.enum(directoryKinds).optional(),
})
export const publicDirectory = z.object({
  on: z.string(),
  items: z.array(publicDirectoryEntry),
})

export const directoryChangeKinds = ['create', 'update', 'retire', 'restore', 'import'] as const
export const directoryChange = z.object({
  id: z.number().int(),
  changedAt: z.string(),
  changedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  change: z.enum(directoryChangeKinds),
  fields: z.array(z.string()),
  snapshot: z.record(z.string(), z.unknown()),
})
export type DirectoryChange = z.infer<typeof directoryChange>
export const directoryHistory = z.object({ items: z.array(directoryChange) })

export const directoryEntryParams = z.strictObject({ id: entryId })

export const directoryImportResult = z.object({
  created: z.array(z.string()),
  updated: z.array(z.string()),
  unchanged: z.array(z.string()),
})
export type DirectoryImportResult = z.infer<typeof directoryImportResult>
