import { describe, expect, it } from 'vitest'
import { LocalDate } from '../shared/time/local-date.js'
import {
  assessmentOrganisations,
  type Breach,
  closedCaseBreach,
  failOn,
  happenedOnBreaches,
  languageTestOutcome,
  organisationsToShareWith,
  type ParticipationState,
  participationBreaches,
  routingInputFor,
} from './casework.js'

const d = (text: string) => LocalDate.parse(text)
const today = d('2026-03-02')
const birthDate = d('1990-05-14')

const customer = {
  birthDate: '1990-05-14',
  municipality: 'jakobstad',
  jobSeekerStatus: 'not',
  categories: ['international-protection'],
  needsCoordination: false,
  arrivedOn: null,
  residencePermitOn: null,
}
function statusOf(breaches: Breach[]): number | undefined {
  try {
    failOn(breaches)
    return undefined
  } catch (error) {
    return (error as { status: number }).status
  }
}

describe('failOn', () => {
  it('answers 400 before 422 and nothing when there is no breach', () => {
    expect(statusOf([])).toBeUndefined()
    expect(statusOf(closedCaseBreach('2026-01-01'))).toBe(422)
    expect(
      statusOf([
        ...closedCaseBreach('2026-01-01'),
        ...happenedOnBreaches('completedOn', d('2026-03-03'), { today, birthDate }),
      ]),
    ).toBe(400)
    expect(closedCaseBreach(null)).toEqual([])
  })
})

describe('a day something happened', () => {
  it('is not in the future and not before the birth date', () => {
    expect(happenedOnBreaches('completedOn', today, { today, birthDate })).toEqual([])
    expect(happenedOnBreaches('completedOn', d('2026-03-03'), { today, birthDate })).toEqual([
      { rule: 'invalid', path: 'completedOn', message: 'must not be in the future' },
    ])
    expect(happenedOnBreaches('takenOn', d('1990-05-13'), { today, birthDate })[0]?.path).toBe(
      'takenOn',
    )
    expect(happenedOnBreaches('takenOn', birthDate, { today, birthDate })).toEqual([])
  })
})

describe('assessment organisations (L149, L155)', () => {
  it('defaults to the assessor, with the wellbeing county when multisectoral', () => {
    expect(assessmentOrganisations('standard', undefined, 'employment-jakobstad')).toEqual({
      ok: true,
      value: ['employment-jakobstad'],
    })
    expect(assessmentOrganisations('multisectoral', undefined, 'integration-unit')).toEqual({
      ok: true,
      value: ['integration-unit', 'wellbeing-ostrobothnia'],
    })
    expect(assessmentOrganisations('multisectoral', undefined, 'wellbeing-ostrobothnia')).toEqual({
      ok: true,
      value: ['wellbeing-ostrobothnia'],
    })
  })

  it('refuses a multisectoral assessment named without the wellbeing county', () => {
    const result = assessmentOrganisations(
      'multisectoral',
      ['integration-unit'],
      'integration-unit',
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && result.breaches[0]).toMatchObject({
      rule: 'programme',
      path: 'organisations',
    })
    expect(
      assessmentOrganisations('standard', ['employment-ostrobothnia'], 'integration-unit'),
    ).toEqual({ ok: true, value: ['employment-ostrobothnia'] })
  })

  it('shares the case with the wellbeing county only when it is not already serving', () => {
    expect(organisationsToShareWith('multisectoral', ['integration-unit'])).toEqual([
      'wellbeing-ostrobothnia',
    ])
    expect(
      organisationsToShareWith('multisectoral', ['integration-unit', 'wellbeing-ostrobothnia']),
    ).toEqual([])
    expect(organisationsToShareWith('standard', ['integration-unit'])).toEqual([])
  })
})

describe('participations', () => {
  const valid: ParticipationState = {
    startedOn: d('2026-01-10'),
    endedOn: undefined,
    interrupted: false,
    interruptionReason: undefined,
  }
  const paths = (p: Partial<ParticipationState>) =>
    participationBreaches({ ...valid, ...p }, { today, birthDate }).map((b) => b.path)

  it('may be planned up to a year ahead but never ends in the future', () => {
    expect(paths({})).toEqual([])
    expect(paths({ startedOn: d('2027-03-02') })).toEqual([])
    expect(paths({ startedOn: d('2027-03-03') })).toEqual(['startedOn'])
    expect(paths({ endedOn: d('2026-03-02') })).toEqual([])
    expect(paths({ endedOn: d('2026-03-03') })).toEqual(['endedOn'])
    expect(paths({ endedOn: d('2026-01-09') })).toEqual(['endedOn'])
    expect(paths({ startedOn: d('1990-05-13') })).toEqual(['startedOn'])
  })

  it('needs an end day and a reason when interrupted, and a reason only then', () => {
    expect(paths({ interrupted: true })).toEqual(['endedOn', 'interruptionReason'])
    expect(paths({ interrupted: true, endedOn: d('2026-02-01'), interruptionReason: 'x' })).toEqual(
      [],
    )
    expect(paths({ interruptionReason: 'x' })).toEqual(['interruptionReason'])
  })
})

describe('language test outcome (L224, L244)', () => {
  it('takes the lowest skill and compares it with B1.1', () => {
    expect(languageTestOutcome({ reading: 'B2.1', writing: 'B1.1', speaking: 'C1.1' })).toEqual({
      lowestLevel: 'B1.1',
      reachedTarget: true,
    })
    expect(languageTestOutcome({ reading: 'B2.1', listening: 'A2.2' })).toEqual({
      lowestLevel: 'A2.2',
      reachedTarget: false,
    })
    expect(languageTestOutcome({ speaking: 'C2' })).toEqual({
      lowestLevel: 'C2',
      reachedTarget: true,
    })
  })
})

describe('routing input for a recorded customer', () => {
  it('carries the customer’s facts and the day', () => {
    const input = routingInputFor(
      {
        ...customer,
        jobSeekerStatus: 'unemployed',
        arrivedOn: '2025-10-01',
        residencePermitOn: null,
      },
      today,
      { hasValidPlan: false },
    )
    expect(input).toMatchObject({
      unemployedJobSeeker: true,
      jobSeekerStatus: 'unemployed',
      municipality: 'jakobstad',
      hasValidPlan: false,
    })
    expect(input.arrivedOn?.toString()).toBe('2025-10-01')
    expect('residencePermitOn' in input).toBe(false)
  })
})
