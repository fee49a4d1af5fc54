import { describe, expect, it } from 'vitest'
import {
  customerSearch,
  customerUpdate,
  MAX_VERSION,
  newAssessment,
  newCustomer,
  newReview,
  planUpdate,
} from './cases.schemas.js'
import { directoryEntryUpdate } from './directory.schemas.js'
import { visitUpdate, visitVersion } from './visits.schemas.js'

// What the route fuzzer (test/fuzz) found getting through these schemas to
// PostgreSQL and failing there with 500: NUL in text and jsonb, a lone
// surrogate stored as U+FFFD, and versions past PostgreSQL's integer.

const customer = {
  firstName: 'Testa',
  lastName: 'Exempelsson',
  birthDate: '1990-01-01',
  municipality: 'jakobstad',
  unemployedJobSeeker: false,
  categories: ['international-protection'],
  languages: [],
}

/** The paths of the issues found, each once. */
const issues = (result: { success: boolean; error?: { issues: Array<{ path: unknown[] }> } }) =>
  result.success ? [] : [...new Set((result.error?.issues ?? []).map((i) => i.path.join('.')))]

describe('case work text', () => {
  it('refuses NUL, other control characters and lone surrogates in names', () => {
    for (const bad of ['Testa\u0000', 'Te\u0007sta', 'Testa\uD800', '\uDFFFTesta', 'Te\tsta']) {
      expect(issues(newCustomer.safeParse({ ...customer, firstName: bad }))).toEqual(['firstName'])
    }
  })

  it('keeps names as typed otherwise: accents, scripts, emoji, RTL marks, markup', () => {
    for (const good of [
      'Ölund',
      'Al Rashid',
      'مريم',
      '👩‍👩‍👧',
      'O\u2019Brien',
      '\u202Bشيرين',
      '<b>',
    ]) {
      expect(newCustomer.safeParse({ ...customer, lastName: good }).success, good).toBe(true)
    }
  })

  it('takes line breaks and tabs in longer texts, not NUL', () => {
    const content = (goals: string) => ({
      kind: 'standard',
      completedOn: '2026-03-01',
      content: { goals },
    })
    expect(newAssessment.safeParse(content('Arbete\n\tinom vården\r\n')).success).toBe(true)
    expect(issues(newAssessment.safeParse(content('Arbete\u0000')))).toEqual(['content.goals'])
    expect(issues(newReview.safeParse({ reviewedOn: '2026-03-02', notes: 'a\u0000' }))).toEqual([
      'notes',
    ])
    expect(issues(planUpdate.safeParse({ version: 1, services: { health: ['x\uD800'] } }))).toEqual(
      ['services.health.0'],
    )
    expect(issues(customerUpdate.safeParse({ version: 1, address: 'Gatan 1\u0000' }))).toEqual([
      'address',
    ])
  })

  it('refuses NUL in a search', () => {
    expect(issues(customerSearch.safeParse({ q: 'test\u0000' }))).toEqual(['q'])
    expect(customerSearch.safeParse({ q: 'al ra' }).success).toBe(true)
  })
})

describe('record versions', () => {
  it('stop at PostgreSQL’s integer, which no saved version passes', () => {
    expect(MAX_VERSION).toBe(2 ** 31 - 1)
    for (const schema of [planUpdate, customerUpdate, visitUpdate, directoryEntryUpdate]) {
      expect(schema.safeParse({ version: MAX_VERSION }).success).toBe(true)
      expect(issues(schema.safeParse({ version: MAX_VERSION + 1 }))).toEqual(['version'])
    }
    expect(issues(visitVersion.safeParse({ version: String(2 ** 53) }))).toEqual(['version'])
  })
})
