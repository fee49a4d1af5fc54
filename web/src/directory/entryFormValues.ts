import {
  type DirectoryEntry,
  type DirectoryKind,
  type EntryContent,
  entryContent,
  entryId,
} from '../../../src/shared/api/directory.schemas.js'
import { type GuideLanguage, guideLanguages } from '../../../src/shared/i18n/i18n.js'
import type { InfoPointId, MunicipalityId } from '../../../src/shared/programme/definitions.js'
import { ProblemError } from '../api.js'
import type { FieldIssue } from '../forms/formFailure.js'
import type { MessageKey } from '../i18n.js'

// The entry form's values (strings, as typed) and the API's entry, both ways,
// checked in the browser with the same schema the server uses.

export interface RegularRow {
  readonly days: string[]
  readonly opens: string
  readonly closes: string
}

export interface ExceptionRow {
  readonly date: string
  readonly closed: boolean
  readonly opens: string
  readonly closes: string
  readonly note: string
}

type Texts = Partial<Record<GuideLanguage, string>>

export interface EntryFormValues {
  readonly id: string
  readonly kind: DirectoryKind | ''
  readonly infoPoint: InfoPointId | ''
  readonly municipalities: MunicipalityId[]
  readonly names: Texts
  readonly descriptions: Texts
  /** The languages whose texts the form shows; Swedish always. */
  readonly textLanguages: GuideLanguage[]
  readonly website: string
  readonly email: string
  readonly phone: string
  readonly street: string
  readonly postalCode: string
  readonly city: string
  readonly entrance: string
  readonly languages: string[]
  readonly regular: RegularRow[]
  readonly exceptions: ExceptionRow[]
  readonly validFrom: string
  readonly validUntil: string
}

export function emptyValues(): EntryFormValues {
  return {
    id: '',
    kind: '',
    infoPoint: '',
    municipalities: [],
    names: {},
    descriptions: {},
    textLanguages: ['sv'],
    website: '',
    email: '',
    phone: '',
    street: '',
    postalCode: '',
    city: '',
    entrance: '',
    languages: [],
    regular: [],
    exceptions: [],
    validFrom: '',
    validUntil: '',
  }
}

export function entryValues(entry: DirectoryEntry): EntryFormValues {
  return {
    ...emptyValues(),
    id: entry.id,
    kind: entry.kind,
    infoPoint: entry.infoPoint ?? '',
    municipalities: entry.municipalities,
    names: entry.names,
    descriptions: entry.descriptions,
    textLanguages: guideLanguages.filter(
      (l) => l === 'sv' || entry.names[l] || entry.descriptions[l],
    ),
    website: entry.website ?? '',
    email: entry.email ?? '',
    phone: entry.phone ?? '',
    street: entry.address?.street ?? '',
    postalCode: entry.address?.postalCode ?? '',
    city: entry.address?.city ?? '',
    entrance: entry.address?.entrance ?? '',
    languages: entry.languages,
    regular: (entry.openingHours?.regular ?? []).map((row) => ({
      days: row.days.map(String),
      opens: row.opens,
      closes: row.closes,
    })),
    exceptions: (entry.openingHours?.exceptions ?? []).map((day) => ({
      date: day.date,
      closed: day.closed,
      opens: day.opens ?? '',
      closes: day.closes ?? '',
      note: day.note ?? '',
    })),
    validFrom: entry.validFrom ?? '',
    validUntil: entry.validUntil ?? '',
  }
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim())

function shownTexts(texts: Texts, shown: readonly GuideLanguage[]): Texts {
  return Object.fromEntries(shown.flatMap((l) => (texts[l]?.trim() ? [[l, texts[l]]] : [])))
}

/** The whole entry as the API takes it; what is left empty is cleared. */
export function entryBody(values: EntryFormValues) {
  const hasAddress = [values.street, values.postalCode, values.city, values.entrance].some(
    (text) => text.trim() !== '',
  )
  const hasHours = values.regular.length > 0 || values.exceptions.length > 0
  return {
    kind: values.kind as DirectoryKind,
    municipalities: values.municipalities,
    infoPoint: values.kind === 'info-point' && values.infoPoint ? values.infoPoint : null,
    names: { sv: '', ...shownTexts(values.names, values.textLanguages) },
    descriptions: shownTexts(values.descriptions, values.textLanguages),
    website: orNull(values.website),
    email: orNull(values.email),
    phone: orNull(values.phone),
    address: hasAddress
      ? {
          street: values.street,
          city: values.city,
          ...(values.postalCode.trim() ? { postalCode: values.postalCode } : {}),
          ...(values.entrance.trim() ? { entrance: values.entrance } : {}),
        }
      : null,
    languages: values.languages,
    openingHours: hasHours
      ? {
          regular: values.regular.map((row) => ({
            days: row.days.map(Number),
            opens: row.opens,
            closes: row.closes,
          })),
          exceptions: values.exceptions.map((day) => ({
            date: day.date,
            closed: day.closed,
            ...(day.closed ? {} : { opens: day.opens, closes: day.closes }),
            ...(day.note.trim() ? { note: day.note } : {}),
          })),
        }
      : null,
    validFrom: orNull(values.validFrom),
    validUntil: orNull(values.validUntil),
  } satisfies Record<keyof EntryContent, unknown>
}

/** The server's (and schema's) words for the directory's own rules, as catalogue keys. */
const directoryMessages: readonly (readonly [RegExp, MessageKey])[] = [
  [/control characters/, 'directory.messages.controlCharacters'],
  [/starting with https/, 'directory.messages.https'],
  [/postal code of five digits/, 'directory.messages.postalCode'],
  [/time written HH:MM/, 'directory.messages.time'],
  [/after the opening time/, 'directory.messages.closesAfterOpens'],
  [/choose at least one day/, 'directory.messages.chooseDay'],
  [/lists a date twice/, 'directory.messages.dateTwice'],
  [/on a day with other hours/, 'directory.messages.hoursNeeded'],
  [/required for an info point/, 'directory.messages.infoPointRequired'],
  [/required when another language has one/, 'directory.messages.descriptionSwedish'],
  [/must not be before validFrom/, 'directory.messages.validUntilBeforeFrom'],
  [/lowercase letters, digits and single hyphens/, 'directory.messages.idFormat'],
  [/already the id of another entry/, 'directory.messages.idTaken'],
  [/is already the entry/, 'directory.messages.infoPointTaken'],
]

export function directoryMessageKey(message: string): MessageKey | undefined {
  return directoryMessages.find(([pattern]) => pattern.test(message))?.[1]
}

/** The form's problems, paths as the API names them, so server answers land on the same fields. */
export function entryIssues(values: EntryFormValues, isNew: boolean): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (isNew && values.id.trim() !== '') {
    const id = entryId.safeParse(values.id.trim())
    if (!id.success) issues.push(...toIssues(id.error.issues, ['id']))
  }
  if (values.kind === '') issues.push({ path: 'kind', message: 'required' })
  const parsed = entryContent.safeParse(entryBody(values))
  if (!parsed.success) {
    issues.push(
      ...toIssues(
        parsed.error.issues.filter((i) => !(i.path[0] === 'kind' && values.kind === '')),
        [],
      ),
    )
  }
  return issues
}

function toIssues(
  list: readonly { path: readonly PropertyKey[]; message: string }[],
  prefix: string[],
): FieldIssue[] {
  return list.map((issue) => {
    const path = [...prefix, ...issue.path.map(String)].join('.')
    const key = directoryMessageKey(issue.message)
    return key ? { path, key } : { path, message: issue.message }
  })
}

/**
 * A refused save with its field messages in the user's language where the
 * directory knows them (the shared form summary knows only the case-work ones).
 */
export function localisedProblem(error: unknown, t: (key: MessageKey) => string): unknown {
  if (!(error instanceof ProblemError) || error.errors.length === 0) return error
  return new ProblemError({
    status: error.status,
    title: error.title,
    detail: error.detail,
    retryAfter: error.retryAfter,
    errors: error.errors.map((e) => {
      const key = directoryMessageKey(e.message)
      return key ? { path: e.path, message: t(key) } : e
    }),
  })
}
