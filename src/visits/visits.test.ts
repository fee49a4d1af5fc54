import { describe, expect, it } from 'vitest'
import { newVisit, visitUpdate } from '../shared/api/visits.schemas.js'
import { LocalDate } from '../shared/time/local-date.js'
import { correctedTimeBreaches, isCorrectable, timeBreaches, visitDateOf } from './visits.js'

const now = new Date('2026-03-02T09:00:00Z')
const today = LocalDate.parse('2026-03-02')
const paths = (breaches: { path: string; rule: string }[]) =>
  breaches.map((b) => `${b.rule}:${b.path}`)

describe('visit rules', () => {
  it('dates a visit by the Helsinki calendar', () => {
    expect(visitDateOf(new Date('2026-01-01T00:30+02:00')).toString()).toBe('2026-01-01')
    expect(visitDateOf(new Date('2025-12-31T22:30:00Z')).toString()).toBe('2026-01-01')
    expect(visitDateOf(new Date('2025-12-31T21:59:59Z')).toString()).toBe('2025-12-31')
  })

  it('accepts times from the start of the day a week back to five minutes ahead', () => {
    const at = (iso: string) => paths(timeBreaches(new Date(iso), now, today))
    expect(at('2026-03-02T09:05:00Z')).toEqual([])
    expect(at('2026-03-02T09:05:00.001Z')).toEqual(['invalid:at'])
    expect(at('2026-02-22T22:00:00Z')).toEqual([])
    expect(at('2026-02-22T21:59:59.999Z')).toEqual(['invalid:at'])
  })

  it('lets a visit be corrected on its day and the next', () => {
    expect(isCorrectable(today, today)).toBe(true)
    expect(isCorrectable(today.plusDays(-1), today)).toBe(true)
    expect(isCorrectable(today.plusDays(-2), today)).toBe(false)
    expect(paths(correctedTimeBreaches(new Date('2026-02-28T12:00:00Z'), now, today))).toEqual([
      'programme:at',
    ])
  })
})

describe('the visit schemas', () => {
  const base = { at: '2026-03-02T10:00:00+02:00', location: 'romporten', topics: ['leisure'] }

  it('take an interpreter language only with another language', () => {
    expect(
      newVisit.safeParse({ ...base, language: 'other', interpreterLanguage: 'so' }).success,
    ).toBe(true)
    for (const language of ['sv', 'fi', 'en']) {
      const result = newVisit.safeParse({ ...base, language, interpreterLanguage: 'so' })
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['interpreterLanguage'])
    }
  })

  it('accept date-times with an offset, seconds optional, and nothing vaguer', () => {
    for (const at of ['2026-03-02T10:00+02:00', '2026-03-02T08:00:00Z', '2026-03-02T08:00:00.5Z']) {
      expect(newVisit.safeParse({ ...base, language: 'sv', at }).success, at).toBe(true)
    }
    for (const at of ['2026-03-02T10:00:00', '2026-03-02', 'today', '2026-02-30T10:00:00Z']) {
      expect(newVisit.safeParse({ ...base, language: 'sv', at }).success, at).toBe(false)
    }
  })

  it('need a version for a correction and may clear the interpreter', () => {
    expect(visitUpdate.safeParse({ interpreterLanguage: null }).success).toBe(false)
    expect(visitUpdate.safeParse({ version: 3, interpreterLanguage: null }).success).toBe(true)
  })
})
