import { HELSINKI, LocalDate } from '../shared/time/local-date.js'

// Dates in the synthetic data set (`porten seed --synthetic N`): days are
// handled as epoch-day numbers while the histories are drawn, and turned into
// 'YYYY-MM-DD' texts and Helsinki wall-clock instants only for the rows. The
// conversions are remembered, since a million customers share a few thousand
// days. Also the span of arrival and birth dates the generator draws from.

export const FIRST_ARRIVAL = LocalDate.of(2019, 1, 1).toEpochDay()
export const FIRST_BIRTH = LocalDate.of(1950, 1, 1).toEpochDay()
export const LAST_BIRTH = LocalDate.of(2008, 12, 31).toEpochDay()
export const BIRTH_SPAN = LAST_BIRTH - FIRST_BIRTH + 1

const localDates = new Map<number, LocalDate>()
export function local(epochDay: number): LocalDate {
  let date = localDates.get(epochDay)
  if (date === undefined) {
    date = LocalDate.fromEpochDay(epochDay)
    localDates.set(epochDay, date)
  }
  return date
}

const dayTexts = new Map<number, string>()
export function day(epochDay: number): string {
  let text = dayTexts.get(epochDay)
  if (text === undefined) {
    text = local(epochDay).toString()
    dayTexts.set(epochDay, text)
  }
  return text
}

const offsets = new Map<number, string>()
/** An instant at a Helsinki time of day, in office hours (no daylight-saving jump). */
export function at(epochDay: number, minuteOfDay: number): string {
  let offset = offsets.get(epochDay)
  if (offset === undefined) {
    const midnight = local(epochDay).startOfDay(HELSINKI).getTime()
    const minutes = (epochDay * 86_400_000 - midnight) / 60_000
    offset = `+${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
    offsets.set(epochDay, offset)
  }
  return `${day(epochDay)}T${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}:00${offset}`
}

const pad2 = (n: number) => String(n).padStart(2, '0')
export const ageOn = (born: number, on: number) => local(born).ageOn(local(on))
/** 0 Sunday … 6 Saturday; 1970-01-01 was a Thursday. */
export const weekday = (epochDay: number) => (((epochDay + 4) % 7) + 7) % 7
