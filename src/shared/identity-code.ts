import { LocalDate } from './time/local-date.js'

// Finnish personal identity code (henkilötunnus): DDMMYY, a century sign,
// an individual number and a control character. Since 2023 the century
// signs include Y X W V U (1900s) and B C D E F (2000s) besides - and A.
// Individual numbers 900–999 are for temporary and test use: Porten's tests
// and demo data use only those.

const SHAPE = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/
const CONTROL = '0123456789ABCDEFHJKLMNPRSTUVWXY'
const CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
}

export type IdentityCodeCheck =
  | { ok: true; birthDate: LocalDate; individualNumber: number }
  | { ok: false; reason: string }

export function checkIdentityCode(code: string): IdentityCodeCheck {
  const m = SHAPE.exec(code)
  if (!m) return { ok: false, reason: 'must look like DDMMYYCZZZQ, e.g. 010190-9xxX' }
  const [, dd, mm, yy, sign, individual, control] = m as unknown as string[]
  const century = CENTURY[sign!]
  if (century === undefined) return { ok: false, reason: `unknown century sign ${sign}` }
  const year = century + Number(yy)
  if (!LocalDate.isValid(year, Number(mm), Number(dd))) {
    return { ok: false, reason: `${dd}.${mm}.${year} is not a day in the calendar` }
  }
  const individualNumber = Number(individual)
  if (individualNumber < 2) return { ok: false, reason: 'the individual number must be 002–999' }
  const expected = CONTROL[Number(`${dd}${mm}${yy}${individual}`) % 31]
  if (control !== expected) return { ok: false, reason: 'the control character does not match' }
  return { ok: true, birthDate: LocalDate.of(year, Number(mm), Number(dd)), individualNumber }
}

/** A valid code for a birth date and individual number (tests and demo data). */
export function makeIdentityCode(
  birthDate: LocalDate,
  individualNumber: number,
  modernSign = false,
): string {
  const dd = String(birthDate.day).padStart(2, '0')
  const mm = String(birthDate.month).padStart(2, '0')
  const yy = String(birthDate.year % 100).padStart(2, '0')
  const century = Math.floor(birthDate.year / 100) * 100
  const sign =
    century === 1800 ? '+' : century === 1900 ? (modernSign ? 'Y' : '-') : modernSign ? 'B' : 'A'
  const individual = String(individualNumber).padStart(3, '0')
  return `${dd}${mm}${yy}${sign}${individual}${CONTROL[Number(`${dd}${mm}${yy}${individual}`) % 31]}`
}
