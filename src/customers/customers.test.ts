import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../shared/programme/settings.js'
import { LocalDate } from '../shared/time/local-date.js'
import { identityCode } from './customers.fixtures.js'
import {
  buildTimeline,
  type CustomerFacts,
  checkClosedOn,
  checkCustomerFacts,
  decideResponsibility,
  decodeCursor,
  encodeCursor,
  parseCustomerQuery,
  proposeOrganisations,
  resolveJobSeeker,
} from './customers.js'

// The customer's pure rules, without a database (STYLE.md rule 9).

const today = LocalDate.parse('2026-03-02')
const facts = (overrides: Partial<CustomerFacts> = {}): CustomerFacts => ({
  birthDate: '1990-01-01',
  personalIdentityCode: null,
  municipality: 'jakobstad',
  unemployedJobSeeker: false,
  jobSeekerStatus: 'not',
  categories: [],
  needsCoordination: false,
  languages: [],
  arrivedOn: null,
  residencePermitOn: null,
  interpreterNeeded: false,
  interpreterLanguage: null,
  ...overrides,
})
const paths = (f: CustomerFacts) => checkCustomerFacts(f, today).map((e) => e.path)

describe('checkCustomerFacts', () => {
  it('accepts a consistent record, dates on today included', () => {
    expect(
      paths(
        facts({
          personalIdentityCode: identityCode(930),
          arrivedOn: '2026-03-02',
          residencePermitOn: '1990-01-01',
        }),
      ),
    ).toEqual([])
  })

  it('names each contradiction by its field', () => {
    expect(paths(facts({ birthDate: '2026-03-03' }))).toEqual(['birthDate'])
    expect(paths(facts({ arrivedOn: '1989-12-31', residencePermitOn: '2026-03-03' }))).toEqual([
      'arrivedOn',
      'residencePermitOn',
    ])
    expect(paths(facts({ personalIdentityCode: identityCode(931, '1990-01-02') }))).toEqual([
      'personalIdentityCode',
    ])
    expect(paths(facts({ unemployedJobSeeker: true }))).toEqual(['jobSeekerStatus'])
    expect(paths(facts({ interpreterLanguage: 'ar' }))).toEqual(['interpreterLanguage'])
  })
})

describe('resolveJobSeeker', () => {
  it('lets either field settle the other and keeps a job seeker who is not unemployed', () => {
    expect(resolveJobSeeker({ unemployedJobSeeker: true })).toEqual({
      unemployedJobSeeker: true,
      jobSeekerStatus: 'unemployed',
    })
    expect(resolveJobSeeker({ jobSeekerStatus: 'other-job-seeker' })).toEqual({
      unemployedJobSeeker: false,
      jobSeekerStatus: 'other-job-seeker',
    })
    const current = { unemployedJobSeeker: false, jobSeekerStatus: 'other-job-seeker' } as const
    expect(resolveJobSeeker({ unemployedJobSeeker: false }, current)).toEqual(current)
    expect(resolveJobSeeker({}, current)).toEqual(current)
  })
})

describe('proposeOrganisations', () => {
  it('follows the programme rules, falling back to the Integration Unit', () => {
    const propose = (f: Partial<CustomerFacts>) =>
      proposeOrganisations(facts(f), today, defaultSettings)
    expect(
      propose({
        municipality: 'nykarleby',
        unemployedJobSeeker: true,
        jobSeekerStatus: 'unemployed',
      }),
    ).toEqual(['employment-ostrobothnia'])
    expect(propose({ categories: ['quota-refugee'] })).toEqual([
      'integration-unit',
      'wellbeing-ostrobothnia',
    ])
    expect(propose({ categories: ['family-member'] })).toEqual(['integration-unit'])
  })
})

describe('decideResponsibility', () => {
  it('needs a reason only for a set that differs, in any order', () => {
    const base = ['integration-unit', 'wellbeing-ostrobothnia']
    const label = "the programme's proposal" as const
    expect(decideResponsibility(base, undefined, undefined, label)).toEqual({ responsible: base })
    expect(
      decideResponsibility(base, ['wellbeing-ostrobothnia', 'integration-unit'], undefined, label),
    ).toEqual({ responsible: base })
    expect(decideResponsibility(base, ['integration-unit'], undefined, label).error?.path).toBe(
      'responsibilityReason',
    )
    expect(decideResponsibility(base, ['integration-unit'], 'why', label)).toEqual({
      responsible: ['integration-unit'],
    })
  })
})

describe('checkClosedOn', () => {
  it('allows the days from registration to today', () => {
    const registered = LocalDate.parse('2026-01-15')
    expect(checkClosedOn(LocalDate.parse('2026-01-15'), registered, today)).toBeUndefined()
    expect(checkClosedOn(today, registered, today)).toBeUndefined()
    expect(checkClosedOn(LocalDate.parse('2026-01-14'), registered, today)?.path).toBe('closedOn')
    expect(checkClosedOn(LocalDate.parse('2026-03-03'), registered, today)?.path).toBe('closedOn')
  })
})

describe('parseCustomerQuery', () => {
  it('reads identity codes, dates in both forms, and name words', () => {
    expect(parseCustomerQuery(undefined)).toEqual({ kind: 'all' })
    expect(parseCustomerQuery('  ')).toEqual({ kind: 'all' })
    expect(parseCustomerQuery('010190-930x')).toEqual({
      kind: 'identity-code',
      code: '010190-930X',
    })
    expect(parseCustomerQuery('1990-01-31')).toEqual({
      kind: 'birth-date',
      birthDate: '1990-01-31',
    })
    expect(parseCustomerQuery('31.1.1990')).toEqual({ kind: 'birth-date', birthDate: '1990-01-31' })
    expect(parseCustomerQuery('2025-02-30').kind).toBe('invalid')
    expect(parseCustomerQuery('Ahmed  Fa')).toEqual({ kind: 'name', words: ['ahmed', 'fa'] })
  })
})

describe('the search cursor', () => {
  it('gives back any sort key it encoded, and refuses anything else', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.uuid(), (last, first, id) => {
        expect(decodeCursor(encodeCursor([last, first, id]))).toEqual([last, first, id])
      }),
    )
    expect(decodeCursor('bm9wZQ')).toBeUndefined()
    expect(decodeCursor('!!!')).toBeUndefined()
    expect(decodeCursor(encodeCursor(['a', 'b', 'not-a-uuid']))).toBeUndefined()
  })

  it('refuses a made-up cursor with NUL in a name key (PostgreSQL would answer 500)', () => {
    const id = '00000000-0000-4000-8000-000000000000'
    expect(decodeCursor(encodeCursor(['a\u0000', 'b', id]))).toBeUndefined()
    expect(decodeCursor(encodeCursor(['a', '\u0000', id]))).toBeUndefined()
  })
})

describe('buildTimeline', () => {
  it('is in date order whatever order the records come in', () => {
    const date = fc
      .integer({ min: 0, max: 2000 })
      .map((n) => LocalDate.parse('2024-01-01').plusDays(n).toString())
    fc.assert(
      fc.property(fc.array(date, { maxLength: 10 }), fc.array(date, { maxLength: 10 }), (a, b) => {
        const items = buildTimeline(
          {
            registeredOn: '2025-01-01',
            arrivedOn: null,
            residencePermitOn: null,
            closedOn: null,
            closureReason: null,
          },
          {
            assessments: a.map((on, i) => ({
              id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
              kind: 'standard' as const,
              completed_on: on,
            })),
            plans: [],
            reviews: [],
            participations: b.map((on, i) => ({
              id: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
              service: 'civic-orientation' as const,
              started_on: on,
              ended_on: null,
              interrupted: false,
            })),
            languageTests: [],
          },
        )
        expect(items).toHaveLength(a.length + b.length + 1)
        const days = items.map((i) => i.on)
        expect(days).toEqual([...days].sort())
      }),
    )
  })
})
