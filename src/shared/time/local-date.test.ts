import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FixedClock } from './clock.js'
import { InvalidDateError, LocalDate } from './local-date.js'

describe('LocalDate', () => {
  it('parses ISO dates and rejects impossible ones', () => {
    expect(LocalDate.parse('2024-02-29').toString()).toBe('2024-02-29')
    for (const bad of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-1', '20250101', '']) {
      expect(() => LocalDate.parse(bad)).toThrow(InvalidDateError)
    }
  })

  it('clamps month ends when adding months', () => {
    expect(LocalDate.parse('2025-08-31').plusMonths(6).toString()).toBe('2026-02-28')
    expect(LocalDate.parse('2027-08-31').plusMonths(6).toString()).toBe('2028-02-29')
    expect(LocalDate.parse('2024-02-29').plusYears(2).toString()).toBe('2026-02-28')
    expect(LocalDate.parse('2025-01-31').plusMonths(-2).toString()).toBe('2024-11-30')
  })

  it('counts age in completed years', () => {
    const born = LocalDate.parse('2001-06-15')
    expect(born.ageOn(LocalDate.parse('2026-06-14'))).toBe(24)
    expect(born.ageOn(LocalDate.parse('2026-06-15'))).toBe(25)
  })

  it('reads the Helsinki calendar date of an instant', () => {
    // 22:30 UTC on 31 December is 00:30 on 1 January in Helsinki (UTC+2).
    expect(LocalDate.fromInstant(new Date('2025-12-31T22:30:00Z')).toString()).toBe('2026-01-01')
    // Summer time: UTC+3.
    expect(LocalDate.fromInstant(new Date('2026-06-30T21:30:00Z')).toString()).toBe('2026-07-01')
    expect(new FixedClock(new Date('2025-12-31T21:59:59Z')).today().toString()).toBe('2025-12-31')
  })

  it('finds the instant a Helsinki day starts, across offset changes', () => {
    expect(LocalDate.parse('2026-01-01').startOfDay().toISOString()).toBe(
      '2025-12-31T22:00:00.000Z',
    )
    expect(LocalDate.parse('2026-07-01').startOfDay().toISOString()).toBe(
      '2026-06-30T21:00:00.000Z',
    )
    expect(LocalDate.parse('2026-03-29').startOfDay().toISOString()).toBe(
      '2026-03-28T22:00:00.000Z',
    )
  })

  it('round-trips through epoch days and strings for every day 2020–2035', () => {
    const first = LocalDate.parse('2020-01-01').toEpochDay()
    const last = LocalDate.parse('2035-12-31').toEpochDay()
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (epochDay) => {
        const date = LocalDate.fromEpochDay(epochDay)
        expect(LocalDate.parse(date.toString()).toEpochDay()).toBe(epochDay)
        expect(LocalDate.fromInstant(date.startOfDay()).equals(date)).toBe(true)
      }),
    )
  })
})
