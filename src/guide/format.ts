// Dates, times, weekdays and lists in the reader's language, through Intl so
// that the browser script and the server format alike. Gregorian calendar in
// every language: the dates are Finnish office dates (Persian would otherwise
// get the Solar Hijri calendar).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** A calendar date (YYYY-MM-DD) as the reader writes it, e.g. "2 mars 2026"; other text unchanged. */
export function formatDate(isoDate: string, language: string): string {
  const m = ISO_DATE.exec(isoDate)
  if (!m) return isoDate
  const instant = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeZone: 'UTC',
    calendar: 'gregory',
  }).format(instant)
}

/** A clock time (HH:MM) in 24-hour form with the reader's digits; other text unchanged. */
export function formatTime(time: string, language: string): string {
  const m = CLOCK_TIME.exec(time)
  if (!m) return time
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(Date.UTC(2024, 0, 1, Number(m[1]), Number(m[2])))
}

/** The name of an ISO weekday (1 = Monday … 7 = Sunday). 1 January 2024 was a Monday. */
export function weekdayName(isoDay: number, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, isoDay),
  )
}

/** "A, B and C" in the reader's language. */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items)
}

/** A language's name in the reader's language ("arabiska" for ar in Swedish); the code when unknown. */
export function languageName(code: string, language: string): string {
  try {
    return (
      new Intl.DisplayNames([language], { type: 'language', fallback: 'code' }).of(code) ?? code
    )
  } catch {
    // An invalid tag in the data is shown as it is rather than breaking the page.
    return code
  }
}
