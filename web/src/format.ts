import { HELSINKI, LocalDate } from '../../src/shared/time/local-date.js'

// Dates as people read them. Business dates are calendar dates (YYYY-MM-DD,
// Europe/Helsinki) and are formatted as such, never through the browser's
// zone; event times are instants shown in Helsinki time (STYLE.md rule 6).

const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** "12.3.2025" in Finnish and Swedish, "12 Mar 2025" in English; the text itself if not a date. */
export function formatDate(isoDate: string | null | undefined, language: string): string {
  if (!isoDate) return ''
  const date = LocalDate.tryParse(isoDate)
  if (!date) return isoDate
  let format = dateFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
    dateFormats.set(language, format)
  }
  return format.format(new Date(Date.UTC(date.year, date.month - 1, date.day)))
}

/** An instant (ISO date-time) in Helsinki time. */
export function formatDateTime(instant: string, language: string): string {
  const at = new Date(instant)
  if (Number.isNaN(at.getTime())) return instant
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: HELSINKI,
  }).format(at)
}

/** Today's calendar date in Helsinki. */
export function today(): LocalDate {
  return LocalDate.fromInstant(new Date())
}

const languageNames = new Map<string, Intl.DisplayNames>()

/** A language's name in the reader's language ("arabiska"), or the code if unknown. */
export function languageName(code: string, inLanguage: string): string {
  let names = languageNames.get(inLanguage)
  if (!names) {
    names = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' })
    languageNames.set(inLanguage, names)
  }
  try {
    return names.of(code) ?? code
  } catch {
    return code
  }
}

/** A list joined the way the language does it ("a, b och c"). */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items)
}
