import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { route } from '../shared/programme/routing.js'
import { LocalDate } from '../shared/time/local-date.js'
import { type Breach, routingInputFor } from './casework.js'
import { draftPlan, type ReviewedPlan, reviewPlan, succeedPlans } from './plans.js'

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
const planAnswer = (c = customer, on = today) =>
  route(routingInputFor(c, on, { assessmentCompleted: true })).services['integration-plan']

describe('drafting a plan (L173, L177, L190)', () => {
  const base = {
    today,
    birthDate,
    assessment: { completedOn: d('2026-02-01') },
    routing: planAnswer(),
    customerOrganisations: ['integration-unit' as const],
  }

  it('runs two years, is reviewed after six months, month ends clamped', () => {
    const result = draftPlan({ ...base, request: { startsOn: d('2026-02-01') } })
    expect(result).toMatchObject({ ok: true })
    if (!result.ok) return
    expect(result.value.validUntil.toString()).toBe('2028-02-01')
    expect(result.value.nextReviewDue.toString()).toBe('2026-08-01')
    expect(result.value.planType).toBe('integration-plan')
    expect(result.value.organisations).toEqual(['integration-unit'])
    expect(result.value.primaryGoal).toBe('employment')

    const august = draftPlan({
      ...base,
      assessment: { completedOn: d('2025-08-01') },
      request: { startsOn: d('2025-08-31') },
    })
    expect(august.ok && august.value.nextReviewDue.toString()).toBe('2026-02-28')
  })

  it('sets education as the goal under 25, judged on the start day', () => {
    const young = { ...base, birthDate: d('2001-03-10') }
    const under = draftPlan({ ...young, request: { startsOn: d('2026-03-09') } })
    const turned = draftPlan({ ...young, request: { startsOn: d('2026-03-10') } })
    expect(under.ok && under.value.primaryGoal).toBe('education')
    expect(turned.ok && turned.value.primaryGoal).toBe('employment')
  })

  it('takes the plan type and owners from the routing rules', () => {
    const unemployed = { ...customer, jobSeekerStatus: 'unemployed', municipality: 'nykarleby' }
    const result = draftPlan({
      ...base,
      routing: planAnswer(unemployed),
      request: { startsOn: d('2026-02-01') },
    })
    expect(result.ok && result.value.planType).toBe('employment-plan')
    expect(result.ok && result.value.organisations).toEqual(['employment-ostrobothnia'])
    const quota = { ...customer, categories: ['quota-refugee'] }
    const multi = draftPlan({
      ...base,
      routing: planAnswer(quota),
      request: { startsOn: d('2026-02-01') },
    })
    expect(multi.ok && multi.value.planType).toBe('multisectoral-integration-plan')
    expect(multi.ok && multi.value.organisations).toEqual([
      'integration-unit',
      'wellbeing-ostrobothnia',
    ])
  })

  it('needs an assessment, and starts no earlier than it', () => {
    const none = draftPlan({ ...base, assessment: undefined, request: { startsOn: today } })
    expect(!none.ok && none.breaches).toEqual([
      expect.objectContaining({ rule: 'programme', path: 'assessmentId' }),
    ])
    const early = draftPlan({ ...base, request: { startsOn: d('2026-01-31') } })
    expect(!early.ok && early.breaches).toEqual([
      expect.objectContaining({ rule: 'programme', path: 'startsOn' }),
    ])
  })

  it('refuses validUntil before the start (400) or beyond two years (422)', () => {
    const before = draftPlan({
      ...base,
      request: { startsOn: d('2026-02-01'), validUntil: d('2026-01-31') },
    })
    expect(!before.ok && before.breaches).toEqual([
      expect.objectContaining({ rule: 'invalid', path: 'validUntil' }),
    ])
    const tooLong = draftPlan({
      ...base,
      request: { startsOn: d('2026-02-01'), validUntil: d('2028-02-02') },
    })
    expect(!tooLong.ok && tooLong.breaches).toEqual([
      expect.objectContaining({ rule: 'programme', path: 'validUntil' }),
    ])
    const exactly = draftPlan({
      ...base,
      request: { startsOn: d('2026-02-01'), validUntil: d('2028-02-01') },
    })
    expect(exactly.ok).toBe(true)
  })

  it('never gives a plan longer than two years or reviewed later than six months (property)', () => {
    const first = d('2020-01-01').toEpochDay()
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: first + 3000 }),
        fc.integer({ min: 0, max: 800 }),
        (startDay, length) => {
          const startsOn = LocalDate.fromEpochDay(startDay)
          const validUntil = startsOn.plusDays(length)
          const result = draftPlan({
            ...base,
            today: d('2035-01-01'),
            assessment: { completedOn: startsOn },
            request: { startsOn, validUntil },
          })
          if (validUntil.isAfter(startsOn.plusYears(2))) {
            expect(result.ok).toBe(false)
          } else if (result.ok) {
            expect(result.value.validUntil.equals(validUntil)).toBe(true)
            expect(result.value.nextReviewDue.isAfter(startsOn)).toBe(true)
            expect(result.value.nextReviewDue.equals(startsOn.plusMonths(6))).toBe(true)
          }
        },
      ),
    )
  })
})

describe('one plan in force at a time', () => {
  it('ends earlier plans the day before the new one starts', () => {
    const result = succeedPlans([{ id: 'a', startsOn: d('2025-01-01') }], d('2026-01-15'))
    expect(result.ok && result.value.map((e) => [e.id, e.endedOn.toString()])).toEqual([
      ['a', '2026-01-14'],
    ])
    expect(succeedPlans([], d('2026-01-15'))).toEqual({ ok: true, value: [] })
  })

  it('refuses a plan that does not start after the one in force', () => {
    for (const start of ['2026-01-15', '2025-12-01']) {
      const result = succeedPlans([{ id: 'a', startsOn: d('2026-01-15') }], d(start))
      expect(!result.ok && result.breaches[0]).toMatchObject({
        rule: 'programme',
        path: 'startsOn',
      })
    }
  })
})

describe('reviewing a plan (L190, AMB-22)', () => {
  const plan: ReviewedPlan = {
    startsOn: d('2025-06-01'),
    validUntil: d('2027-06-01'),
    endedOn: undefined,
    lastReviewOn: undefined,
  }

  it('moves the next review to six months after the review', () => {
    const result = reviewPlan(plan, d('2025-11-30'), { today, birthDate })
    expect(result.ok && result.value.nextReviewDue.toString()).toBe('2026-05-30')
    const clamped = reviewPlan(plan, d('2025-08-31'), { today, birthDate })
    expect(clamped.ok && clamped.value.nextReviewDue.toString()).toBe('2026-02-28')
  })

  it('does not move the clock back for a review entered late', () => {
    const result = reviewPlan({ ...plan, lastReviewOn: d('2026-01-10') }, d('2025-12-01'), {
      today,
      birthDate,
    })
    expect(result.ok && result.value.nextReviewDue.toString()).toBe('2026-07-10')
  })

  it('judges the goal on the review day', () => {
    const young = d('2001-01-20')
    const before = reviewPlan(plan, d('2026-01-19'), { today, birthDate: young })
    const after = reviewPlan(plan, d('2026-01-20'), { today, birthDate: young })
    expect(before.ok && before.value.primaryGoal).toBe('education')
    expect(after.ok && after.value.primaryGoal).toBe('employment')
  })

  it('refuses a review in the future (400) or outside the plan (422)', () => {
    const cases: [string, Partial<ReviewedPlan>, Breach['rule']][] = [
      ['2026-03-03', {}, 'invalid'],
      ['2025-05-31', {}, 'programme'],
      ['2026-02-01', { validUntil: d('2026-01-31') }, 'programme'],
      ['2026-02-01', { endedOn: d('2026-01-31') }, 'programme'],
    ]
    for (const [on, change, rule] of cases) {
      const result = reviewPlan({ ...plan, ...change }, d(on), { today, birthDate })
      expect(!result.ok && result.breaches[0]).toMatchObject({ rule, path: 'reviewedOn' })
    }
    expect(reviewPlan(plan, plan.startsOn, { today, birthDate }).ok).toBe(true)
  })
})
