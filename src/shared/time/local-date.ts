// A calendar date in Europe/Helsinki, with no time and no zone of its own.
// Business dates in the programme (a plan's start, its next review, a test
// day) are calendar dates; they are never JavaScript `Date`s, which are
// instants and shift with the zone they are read in (STYLE.md rule 6).

export const HELSINKI = 'Europe/Helsinki'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export class InvalidDateError extends Error {
  constructor(readonly input: string) {
    super(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(input)}`)
    this.name = 'InvalidDateError'
  }
}

export class LocalDate {
  private constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  static of(year: number, month: number, day: number): LocalDate {
    if (!LocalDate.isValid(year, month, day)) {
      throw new InvalidDateError(`${year}-${month}-${day}`)
    }
    return new LocalDate(year, month, day)
  }

  static isValid(year: number, month: number, day: number): boolean {
    return (
      Number.isInteger(year) &&
      Number.isInteger(month) &&
      Number.isInteger(day) &&
      year >= 1 &&
      year <= 9999 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month)
    )
  }

  /** Parses `YYYY-MM-DD`; throws InvalidDateError for anything else, 2025-02-30 included. */
  static parse(text: string): LocalDate {
    const m = ISO_DATE.exec(text)
    if (!m) throw new InvalidDateError(text)
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (!LocalDate.isValid(year, month, day)) throw new InvalidDateError(text)
    return new LocalDate(year, month, day)
  }

  static tryParse(text: string): LocalDate | undefined {
    try {
      return LocalDate.parse(text)
    } catch {
      return undefined
    }
  }

  /** The calendar date in Helsinki at the given instant. */
  static fromInstant(instant: Date, timeZone: string = HELSINKI): LocalDate {
    const parts = dateFormatter(timeZone).formatToParts(instant)
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
    return LocalDate.of(get('year'), get('month'), get('day'))
  }

  /** Days since 1970-01-01 (proleptic Gregorian). */
  toEpochDay(): number {
    return Math.round(Date.UTC(this.year, this.month - 1, this.day) / 86_400_000)
  }

  static fromEpochDay(epochDay: number): LocalDate {
    const d = new Date(epochDay * 86_400_000)
    return LocalDate.of(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())
  }

  plusDays(days: number): LocalDate {
    return LocalDate.fromEpochDay(this.toEpochDay() + days)
  }

  /**
   * Adds calendar months; a day that the target month lacks is clamped to its
   * last day (31 August + 6 months = the last day of February).
   */
  plusMonths(months: number): LocalDate {
    const index = this.year * 12 + (this.month - 1) + months
    const year = Math.floor(index / 12)
    const month = (index % 12) + 1
    return LocalDate.of(year, month, Math.min(this.day, daysInMonth(year, month)))
  }

  plusYears(years: number): LocalDate {
    return this.plusMonths(years * 12)
  }

  compare(other: LocalDate): number {
    return this.toEpochDay() - other.toEpochDay()
  }

  equals(other: LocalDate): boolean {
    return this.compare(other) === 0
  }

  isBefore(other: LocalDate): boolean {
    return this.compare(other) < 0
  }

  isAfter(other: LocalDate): boolean {
    return this.compare(other) > 0
  }

  /** Whole days from this date to `other` (negative when `other` is earlier). */
  daysUntil(other: LocalDate): number {
    return other.toEpochDay() - this.toEpochDay()
  }

  /** Completed years of age on `on` for someone born on this date. */
  ageOn(on: LocalDate): number {
    let age = on.year - this.year
    if (on.month < this.month || (on.month === this.month && on.day < this.day)) age -= 1
    return age
  }

  /** The instant at which this date starts in the given zone. */
  startOfDay(timeZone: string = HELSINKI): Date {
    const utcMidnight = Date.UTC(this.year, this.month - 1, this.day)
    // Two passes settle the offset even on days when it changes.
    let guess = utcMidnight - offsetMs(new Date(utcMidnight), timeZone)
    guess = utcMidnight - offsetMs(new Date(guess), timeZone)
    return new Date(guess)
  }

  toString(): string {
    return `${String(this.year).padStart(4, '0')}-${pad2(this.month)}-${pad2(this.day)}`
  }

  toJSON(): string {
    return this.toString()
  }

  static min(a: LocalDate, b: LocalDate): LocalDate {
    return a.isBefore(b) ? a : b
  }

  static max(a: LocalDate, b: LocalDate): LocalDate {
    return a.isAfter(b) ? a : b
  }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function pad2(n: number): string {
  return String(n).padStart(2, '0')
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function dateFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetMs(instant: Date, timeZone: string): number {
  const parts = dateFormatter(timeZone).formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  )
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000
}
