import { clockSkewMinutes, lateRecordingDays } from '../../../src/shared/api/visits.schemas.js'
import { HELSINKI, LocalDate } from '../../../src/shared/time/local-date.js'
import type { FieldIssue } from '../forms/formFailure.js'

// Desk times are wall-clock times in Helsinki, whatever zone the tablet is
// set to (STYLE.md rule 6): the visit happened at the info point.

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: HELSINKI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function wallParts(instant: Date) {
  const parts = wallClock.formatToParts(instant)
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  }
}

/** "14:05": the time of day in Helsinki, as an `<input type="time">` writes it. */
export function helsinkiTime(instant: Date): string {
  const { hour, minute } = wallParts(instant)
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

/** The instant of a wall-clock time on a Helsinki date; undefined unless both are given. */
export function helsinkiInstant(date: string, time: string): Date | undefined {
  const day = LocalDate.tryParse(date)
  const clock = /^(\d{2}):(\d{2})(?::\d{2})?$/.exec(time)
  if (!day || !clock) return undefined
  const wall = Date.UTC(day.year, day.month - 1, day.day, Number(clock[1]), Number(clock[2]))
  // Two passes settle the offset even on the days summer time starts or ends.
  let guess = wall - offsetAt(new Date(wall))
  guess = wall - offsetAt(new Date(guess))
  return new Date(guess)
}

function offsetAt(instant: Date): number {
  const p = wallParts(instant)
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)
  return asUtc - Math.floor(instant.getTime() / 60_000) * 60_000
}

const timeFormats = new Map<string, Intl.DateTimeFormat>()

/** A visit's time of day for reading ("14.05" in Finnish), in Helsinki. */
export function formatVisitTime(instant: string, language: string): string {
  let format = timeFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: HELSINKI })
    timeFormats.set(language, format)
  }
  return format.format(new Date(instant))
}

/** The server's time rules, checked before sending so the answer is in the user's language. */
export function timeIssues(at: Date, now: Date, earliest: LocalDate): FieldIssue[] {
  if (at.getTime() > now.getTime() + clockSkewMinutes * 60_000) {
    return [{ path: 'at', key: 'visits.errors.future' }]
  }
  if (LocalDate.fromInstant(at).isBefore(earliest)) {
    return [{ path: 'at', key: 'visits.errors.tooOld' }]
  }
  return []
}

/** The first day a visit may still be recorded for. */
export function earliestRecordable(today: LocalDate): LocalDate {
  return today.plusDays(-lateRecordingDays)
}
