import {
  type InfoPointId,
  infoPointIds,
  isMunicipalityId,
  type MunicipalityId,
  municipalityIds,
} from '../shared/programme/definitions.js'
import { formatDate, formatList, formatTime, weekdayName } from './format.js'

// The programme's directory (rules.md §h) as the guide shows it. Entries come
// from the directory_entry table, kept by staff in the directory admin; the
// guide reads them defensively and never trusts their text: React escapes
// every field, and links are made only from values that look like what they
// claim to be.

/** directory_entry.kind (migration 0003), in the order the guide lists them. */
export const directoryKinds = [
  'info-point',
  'authority',
  'educator',
  'adult-education',
  'culture-leisure',
  'business-advice',
  'project',
  'third-sector',
  'social-network',
] as const
export type DirectoryKind = (typeof directoryKinds)[number]

export function isDirectoryKind(value: string): value is DirectoryKind {
  return (directoryKinds as readonly string[]).includes(value)
}

export interface RegularHours {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  readonly days: readonly number[]
  readonly opens: string
  readonly closes: string
}

export interface HoursException {
  readonly date: string
  readonly closed: boolean
  readonly opens?: string
  readonly closes?: string
  /** Free text, either one string or one per language. */
  readonly note?: string | Readonly<Record<string, string>>
}

export interface OpeningHours {
  readonly regular: readonly RegularHours[]
  readonly exceptions: readonly HoursException[]
}

export interface Address {
  readonly street: string
  readonly postalCode?: string
  readonly city?: string
  readonly entrance?: string
}

export interface DirectoryEntry {
  readonly id: string
  readonly kind: DirectoryKind
  /** Empty: the whole region. */
  readonly municipalities: readonly MunicipalityId[]
  readonly infoPoint?: InfoPointId
  /** By language; Swedish is required by the admin. */
  readonly names: Readonly<Record<string, string>>
  readonly descriptions: Readonly<Record<string, string>>
  readonly website?: string
  readonly email?: string
  readonly phone?: string
  readonly address?: Address
  readonly languages: readonly string[]
  readonly openingHours?: OpeningHours
  readonly validUntil?: string
}

/** A directory_entry row as the database hands it back. */
export interface DirectoryEntryRow {
  readonly id: string
  readonly kind: string
  readonly municipalities: readonly string[] | null
  readonly info_point: string | null
  readonly names: unknown
  readonly descriptions: unknown
  readonly website: string | null
  readonly email: string | null
  readonly phone: string | null
  readonly address: unknown
  readonly languages: readonly string[] | null
  readonly opening_hours: unknown
  readonly valid_until: string | null
}

/** The entry as the guide can show it; undefined for a row it cannot (no name, unknown kind). */
export function entryFromRow(row: DirectoryEntryRow): DirectoryEntry | undefined {
  const names = texts(row.names)
  if (!isDirectoryKind(row.kind) || Object.keys(names).length === 0) return undefined
  const infoPoint = infoPointIds.find((id) => id === row.info_point)
  const address = addressOf(row.address)
  const openingHours = openingHoursOf(row.opening_hours)
  return {
    id: row.id,
    kind: row.kind,
    municipalities: (row.municipalities ?? []).filter(isMunicipalityId),
    ...(infoPoint ? { infoPoint } : {}),
    names,
    descriptions: texts(row.descriptions),
    ...(row.website ? { website: row.website } : {}),
    ...(row.email ? { email: row.email } : {}),
    ...(row.phone ? { phone: row.phone } : {}),
    ...(address ? { address } : {}),
    languages: (row.languages ?? []).filter((code) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code)),
    ...(openingHours ? { openingHours } : {}),
    ...(row.valid_until ? { validUntil: row.valid_until } : {}),
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function texts(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {}
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '',
    ),
  )
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function addressOf(value: unknown): Address | undefined {
  if (!isRecord(value)) return undefined
  const street = optionalText(value.street)
  if (!street) return undefined
  const postalCode = optionalText(value.postalCode)
  const city = optionalText(value.city)
  const entrance = optionalText(value.entrance)
  return {
    street,
    ...(postalCode ? { postalCode } : {}),
    ...(city ? { city } : {}),
    ...(entrance ? { entrance } : {}),
  }
}

function openingHoursOf(value: unknown): OpeningHours | undefined {
  if (!isRecord(value)) return undefined
  const regular = (Array.isArray(value.regular) ? value.regular : []).flatMap(
    (item): RegularHours[] => {
      if (!isRecord(item) || !Array.isArray(item.days)) return []
      const days = item.days.filter(
        (day): day is number => Number.isInteger(day) && day >= 1 && day <= 7,
      )
      const opens = optionalText(item.opens)
      const closes = optionalText(item.closes)
      return days.length > 0 && opens && closes ? [{ days, opens, closes }] : []
    },
  )
  const exceptions = (Array.isArray(value.exceptions) ? value.exceptions : []).flatMap(
    (item): HoursException[] => {
      if (!isRecord(item) || typeof item.date !== 'string') return []
      const opens = optionalText(item.opens)
      const closes = optionalText(item.closes)
      const note = optionalText(item.note) ?? (isRecord(item.note) ? texts(item.note) : undefined)
      return [
        {
          date: item.date,
          closed: item.closed === true,
          ...(opens ? { opens } : {}),
          ...(closes ? { closes } : {}),
          ...(note ? { note } : {}),
        },
      ]
    },
  )
  return regular.length > 0 || exceptions.length > 0 ? { regular, exceptions } : undefined
}

// ---------------------------------------------------------------------------
// Reading an entry in the reader's language

export interface LocalisedText {
  readonly text: string
  /** The language the text is in: the reader's, or Swedish (the source) as the fallback. */
  readonly language: string
}

/** A text in the reader's language, falling back to Swedish, then to any language there is. */
export function inLanguage(
  byLanguage: Readonly<Record<string, string>>,
  language: string,
): LocalisedText | undefined {
  for (const candidate of [language, 'sv']) {
    const text = byLanguage[candidate]
    if (text) return { text, language: candidate }
  }
  const [first] = Object.entries(byLanguage)
  return first ? { text: first[1], language: first[0] } : undefined
}

export interface DirectoryGroup {
  /** 'region': entries for the whole region, listed first. */
  readonly area: MunicipalityId | 'region'
  readonly entries: readonly DirectoryEntry[]
}

/**
 * Region-wide entries first, then each municipality's in the programme's
 * order. An entry serving several municipalities is listed under each, so a
 * reader looking at their own municipality sees everything there.
 */
export function groupByArea(
  entries: readonly DirectoryEntry[],
  municipality?: MunicipalityId,
): DirectoryGroup[] {
  const areas: (MunicipalityId | 'region')[] = [
    'region',
    ...municipalityIds.filter((m) => municipality === undefined || m === municipality),
  ]
  return areas
    .map((area) => ({
      area,
      entries: entries.filter((entry) =>
        area === 'region' ? entry.municipalities.length === 0 : entry.municipalities.includes(area),
      ),
    }))
    .filter((group) => group.entries.length > 0)
}

/** Kinds in the guide's order, then names as the reader's language sorts them. */
export function sortEntries(
  entries: readonly DirectoryEntry[],
  language: string,
): DirectoryEntry[] {
  const collator = new Intl.Collator(language)
  const name = (entry: DirectoryEntry) => inLanguage(entry.names, language)?.text ?? entry.id
  return [...entries].sort(
    (a, b) =>
      directoryKinds.indexOf(a.kind) - directoryKinds.indexOf(b.kind) ||
      collator.compare(name(a), name(b)),
  )
}

// ---------------------------------------------------------------------------
// Opening hours in the reader's language

/** One line per regular period, e.g. "måndag–fredag 08:00–16:00". */
export function regularHoursLines(hours: OpeningHours, language: string): string[] {
  return hours.regular.map(
    (period) =>
      `${dayRanges(period.days, language)} ${formatTime(period.opens, language)}–${formatTime(period.closes, language)}`,
  )
}

/** Consecutive weekdays as a range: [1,2,3,4,5] is "Monday–Friday", [1,3] "Monday and Wednesday". */
export function dayRanges(days: readonly number[], language: string): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  const ranges: string[] = []
  let start = sorted[0]
  for (let i = 0; i < sorted.length; i++) {
    const day = sorted[i]!
    const next = sorted[i + 1]
    if (next === day + 1) continue
    const from = start ?? day
    ranges.push(
      from === day
        ? weekdayName(day, language)
        : `${weekdayName(from, language)}–${weekdayName(day, language)}`,
    )
    start = next
  }
  return formatList(ranges, language)
}

export interface ExceptionLine {
  readonly date: string
  /** The hours that day, or undefined when closed. */
  readonly hours?: string
  readonly note?: LocalisedText
}

/** Exceptions from `today` on, in date order: past ones no longer help anyone. */
export function upcomingExceptions(
  hours: OpeningHours,
  today: string,
  language: string,
): ExceptionLine[] {
  return hours.exceptions
    .filter((exception) => /^\d{4}-\d{2}-\d{2}$/.test(exception.date) && exception.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((exception) => {
      const note =
        typeof exception.note === 'string'
          ? { text: exception.note, language: '' }
          : exception.note
            ? inLanguage(exception.note, language)
            : undefined
      return {
        date: formatDate(exception.date, language),
        ...(!exception.closed && exception.opens && exception.closes
          ? {
              hours: `${formatTime(exception.opens, language)}–${formatTime(exception.closes, language)}`,
            }
          : {}),
        ...(note ? { note } : {}),
      }
    })
}

// ---------------------------------------------------------------------------
// Links made only from values that are what they claim to be

export function websiteHref(website: string | undefined): string | undefined {
  if (!website) return undefined
  try {
    const url = new URL(website)
    return url.protocol === 'https:' ? url.href : undefined
  } catch {
    return undefined
  }
}

export function mailtoHref(email: string | undefined): string | undefined {
  return email && /^[^\s@<>"'?&]+@[^\s@<>"'?&]+\.[A-Za-z]{2,}$/.test(email)
    ? `mailto:${email}`
    : undefined
}

/** A tel: link for a phone number written with digits, spaces, dashes, parentheses and a leading +. */
export function telHref(phone: string | undefined): string | undefined {
  if (!phone || !/^\+?[\d\s\-()]{5,}$/.test(phone)) return undefined
  // "+358 (0)44 …": the trunk zero in parentheses is not dialled from abroad.
  const digits = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '')
  return /^\+?\d{5,15}$/.test(digits) ? `tel:${digits}` : undefined
}
