import type {
  DirectoryEntry,
  DirectoryKind,
  EntryContent,
  EntryStatus,
  OpeningHours,
  PublicDirectoryEntry,
} from '../shared/api/directory.schemas.js'
import { guideLanguages } from '../shared/i18n/i18n.js'
import { municipalityIds } from '../shared/programme/definitions.js'
import type { LocalDate } from '../shared/time/local-date.js'

// The directory's rules, without the database: what an entry holds, one
// canonical form for it (so "nothing changed" can be told reliably, and an
// export, import and export again gives the same document), and whether the
// guide lists it on a given day.

export type { EntryContent }

export const contentFields = [
  'kind',
  'municipalities',
  'infoPoint',
  'names',
  'descriptions',
  'website',
  'email',
  'phone',
  'address',
  'languages',
  'openingHours',
  'validFrom',
  'validUntil',
] as const satisfies readonly (keyof EntryContent)[]

/** An entry with what the database adds to its content. */
export interface StoredEntry extends EntryContent {
  id: string
  retiredAt: Date | null
  createdAt: Date
  updatedAt: Date
  version: number
}

/**
 * One form for one meaning: texts in the guide's language order without
 * empty ones, municipalities in the programme's order, days ascending,
 * exception days by date, and no opening hours rather than empty ones.
 */
export function canonicalContent(content: EntryContent): EntryContent {
  return {
    ...content,
    municipalities: municipalityIds.filter((m) => content.municipalities.includes(m)),
    infoPoint: content.kind === 'info-point' ? content.infoPoint : null,
    names: canonicalTexts(content.names) as EntryContent['names'],
    descriptions: canonicalTexts(content.descriptions),
    address: content.address ? withoutUndefined(content.address) : null,
    languages: [...new Set(content.languages)],
    openingHours: canonicalHours(content.openingHours),
  }
}

/** Texts in the guide's language order, empty ones left out. */
export function canonicalTexts<T extends Partial<Record<string, string>>>(texts: T): T {
  const result: Partial<Record<string, string>> = {}
  for (const language of guideLanguages) {
    const text = texts[language]
    if (text) result[language] = text
  }
  return result as T
}

function canonicalHours(hours: OpeningHours | null): OpeningHours | null {
  if (!hours || (hours.regular.length === 0 && hours.exceptions.length === 0)) return null
  return {
    regular: hours.regular.map((row) => ({
      days: [...row.days].sort((a, b) => a - b),
      opens: row.opens,
      closes: row.closes,
    })),
    exceptions: [...hours.exceptions]
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((day) => withoutUndefined(day)),
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

/** JSON with object keys sorted: jsonb reorders keys, so equality must not depend on order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )
}

/** The content fields that differ, in the order of `contentFields`. */
export function changedFields(before: EntryContent, after: EntryContent): string[] {
  return contentFields.filter((field) => stableJson(before[field]) !== stableJson(after[field]))
}

/** The fields a new entry was given a value in. */
export function filledFields(content: EntryContent): string[] {
  return contentFields.filter((field) => {
    const value: unknown = content[field]
    if (value === null || value === undefined) return false
    if (Array.isArray(value)) return value.length > 0
    return typeof value !== 'object' || Object.keys(value).length > 0
  })
}

/** Listed on `day`: not taken out, and inside its validity period. */
export function entryStatus(
  entry: Pick<StoredEntry, 'retiredAt' | 'validFrom' | 'validUntil'>,
  day: LocalDate,
): EntryStatus {
  if (entry.retiredAt) return 'retired'
  const date = day.toString()
  if (entry.validFrom && date < entry.validFrom) return 'upcoming'
  if (entry.validUntil && date > entry.validUntil) return 'expired'
  return 'current'
}

/** An id from the Swedish name: "Folkhälsan, Jakobstad" → folkhalsan-jakobstad. */
export function idFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '')
  return slug || 'entry'
}

/** The history's picture of an entry; migration 0004 builds the same shape in SQL. */
export function snapshotOf(entry: StoredEntry): Record<string, unknown> {
  return {
    ...Object.fromEntries(contentFields.map((field) => [field, entry[field]])),
    retiredAt: entry.retiredAt?.toISOString() ?? null,
    version: entry.version,
  }
}

export function contentOf(entry: StoredEntry): EntryContent {
  return Object.fromEntries(contentFields.map((field) => [field, entry[field]])) as EntryContent
}

/** What the guide and anyone else may read: no bookkeeping. */
export function toPublicEntry(entry: StoredEntry): PublicDirectoryEntry {
  return { id: entry.id, ...contentOf(entry) }
}

/** What administrators see: the entry's state on `today` and its bookkeeping. */
export function toDirectoryEntry(entry: StoredEntry, today: LocalDate): DirectoryEntry {
  return {
    ...toPublicEntry(entry),
    status: entryStatus(entry, today),
    retiredAt: entry.retiredAt?.toISOString() ?? null,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
    version: entry.version,
  }
}

/** Programme order of kinds, then Swedish alphabetical order: how lists read. */
export function compareEntries(
  kinds: readonly DirectoryKind[],
): (a: StoredEntry | EntryContent, b: StoredEntry | EntryContent) => number {
  const collator = new Intl.Collator('sv')
  return (a, b) =>
    kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || collator.compare(a.names.sv, b.names.sv)
}
