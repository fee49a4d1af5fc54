import { type Breach, invalid, programme } from '../http/breaches.js'
import {
  clockSkewMinutes,
  correctionDays,
  interpreterOnlyWithOther,
  lateRecordingDays,
} from '../shared/api/visits.schemas.js'
import { LocalDate } from '../shared/time/local-date.js'

// The rules for walk-in visits (part 6, M7, L420), free of the database and
// HTTP. A visit is counted on the calendar date of its instant in Helsinki.

export function visitDateOf(at: Date): LocalDate {
  return LocalDate.fromInstant(at)
}

/** A time in the future, or further back than a week: invalid input. */
export function timeBreaches(at: Date, now: Date, today: LocalDate): Breach[] {
  if (at.getTime() > now.getTime() + clockSkewMinutes * 60_000) {
    return [invalid('at', 'must not be in the future')]
  }
  const earliest = today.plusDays(-lateRecordingDays)
  if (visitDateOf(at).isBefore(earliest)) {
    return [invalid('at', `must be at most ${lateRecordingDays} days back: ${earliest} or later`)]
  }
  return []
}

/** Whether a visit on this date may still be corrected or removed. */
export function isCorrectable(visitDate: LocalDate, today: LocalDate): boolean {
  return !visitDate.isBefore(today.plusDays(-correctionDays))
}

/** A corrected time must keep the visit within the correction window. */
export function correctedTimeBreaches(at: Date, now: Date, today: LocalDate): Breach[] {
  const breaches = timeBreaches(at, now, today)
  if (breaches.length > 0) return breaches
  return isCorrectable(visitDateOf(at), today)
    ? []
    : [programme('at', 'a correction may move a visit only within today and yesterday')]
}

/** An interpreter is there only for another language than Swedish, Finnish or English (L403). */
export function interpreterBreaches(
  language: string,
  interpreterLanguage: string | null,
): Breach[] {
  return language !== 'other' && interpreterLanguage !== null
    ? [invalid('interpreterLanguage', interpreterOnlyWithOther)]
    : []
}
