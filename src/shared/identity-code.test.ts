import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkIdentityCode, makeIdentityCode } from './identity-code.js'
import { LocalDate } from './time/local-date.js'

describe('personal identity codes', () => {
  it('accepts valid codes with every century sign, the 2023 ones included', () => {
    for (const [code, date] of [
      ['131052-308T', '1952-10-13'],
      ['010190-900P', '1990-01-01'],
      ['010190Y900P', '1990-01-01'],
      ['010105A9103', '2005-01-01'],
      ['010105B9103', '2005-01-01'],
      ['010105F9103', '2005-01-01'],
      ['311299+9019', '1899-12-31'],
    ] as const) {
      const check = checkIdentityCode(code)
      expect(check, code).toMatchObject({ ok: true })
      if (check.ok) expect(check.birthDate.toString()).toBe(date)
    }
  })

  it('refuses wrong shape, impossible dates, unknown signs and wrong control characters', () => {
    for (const [code, reason] of [
      ['010190-900', /look like/],
      ['010190Z900P', /look like/],
      ['300290-900P', /not a day/],
      ['010190-900A', /control character/],
      ['010190-001X', /individual number/],
    ] as const) {
      const check = checkIdentityCode(code)
      expect(check.ok, code).toBe(false)
      if (!check.ok) expect(check.reason).toMatch(reason)
    }
  })

  it('round-trips generated codes for any day 1900–2099 and any test number', () => {
    const first = LocalDate.parse('1900-01-01').toEpochDay()
    const last = LocalDate.parse('2099-12-31').toEpochDay()
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.integer({ min: 900, max: 999 }),
        fc.boolean(),
        (day, n, modern) => {
          const date = LocalDate.fromEpochDay(day)
          const check = checkIdentityCode(makeIdentityCode(date, n, modern))
          expect(check.ok && check.birthDate.equals(date) && check.individualNumber === n).toBe(
            true,
          )
        },
      ),
    )
  })
})
