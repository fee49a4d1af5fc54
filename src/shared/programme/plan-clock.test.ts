import { describe, expect, it } from 'vitest'
import { LocalDate } from '../time/local-date.js'
import {
  civicOrientationWindow,
  isNewcomer,
  nextReviewDue,
  planStatus,
  planValidUntil,
  primaryGoalOn,
} from './plan-clock.js'
import { withSettings } from './settings.js'

const d = LocalDate.parse

describe('planValidUntil: «Integrationsplanen är i kraft högst två år.» (L190)', () => {
  it('defaults to two years after the start', () => {
    expect(planValidUntil(d('2025-03-15'))).toEqual({ ok: true, validUntil: d('2027-03-15') })
  })

  it('clamps 29 February to the last day of February', () => {
    expect(planValidUntil(d('2024-02-29'))).toEqual({ ok: true, validUntil: d('2026-02-28') })
  })

  it('accepts a shorter plan, and exactly two years', () => {
    expect(planValidUntil(d('2025-03-15'), d('2025-12-31'))).toEqual({
      ok: true,
      validUntil: d('2025-12-31'),
    })
    expect(planValidUntil(d('2025-03-15'), d('2027-03-15')).ok).toBe(true)
    expect(planValidUntil(d('2025-03-15'), d('2025-03-15')).ok).toBe(true)
  })

  it('refuses a day more than two years on', () => {
    const result = planValidUntil(d('2025-03-15'), d('2027-03-16'))
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.path).toBe('validUntil')
      expect(result.error.message).toContain('at most two years')
      expect(result.error.message).toContain('2027-03-15')
    }
  })

  it('refuses a day before the start', () => {
    const result = planValidUntil(d('2025-03-15'), d('2025-03-14'))
    expect(result).toMatchObject({ ok: false, error: { path: 'validUntil' } })
  })
})

describe('nextReviewDue: «ses över minst var sjätte månad» (L190)', () => {
  it('is six months after the start', () => {
    expect(nextReviewDue(d('2025-01-15'))).toEqual(d('2025-07-15'))
  })

  it('clamps month ends: 31 August gives the last day of February', () => {
    expect(nextReviewDue(d('2025-08-31'))).toEqual(d('2026-02-28'))
    expect(nextReviewDue(d('2027-08-31'))).toEqual(d('2028-02-29'))
    expect(nextReviewDue(d('2025-12-31'))).toEqual(d('2026-06-30'))
  })

  it('runs from the last review when there is one', () => {
    expect(nextReviewDue(d('2025-01-15'), d('2025-05-31'))).toEqual(d('2025-11-30'))
  })

  it('ignores a review recorded before the plan started', () => {
    expect(nextReviewDue(d('2025-01-15'), d('2024-12-01'))).toEqual(d('2025-07-15'))
  })
})

describe('planStatus', () => {
  const plan = { startsOn: d('2025-01-15'), validUntil: d('2027-01-15') }

  it('is quiet in the middle of a period', () => {
    expect(planStatus(plan, d('2025-03-01'))).toEqual({
      inForce: true,
      nextReviewDue: d('2025-07-15'),
      flags: [],
    })
  })

  it('warns of a review due within the window, and on the day itself', () => {
    expect(planStatus(plan, d('2025-06-15')).flags).toEqual(['review-due-soon'])
    expect(planStatus(plan, d('2025-07-15')).flags).toEqual(['review-due-soon'])
    expect(planStatus(plan, d('2025-06-14')).flags).toEqual([])
  })

  it('flags an overdue review the day after it was due', () => {
    expect(planStatus(plan, d('2025-07-16')).flags).toEqual(['review-overdue'])
  })

  it('a review resets the clock', () => {
    const reviewed = { ...plan, lastReviewOn: d('2025-07-10') }
    expect(planStatus(reviewed, d('2025-07-16'))).toMatchObject({
      nextReviewDue: d('2026-01-10'),
      flags: [],
    })
  })

  it('warns of expiry within the window and reports expiry after the last day', () => {
    const late = { ...plan, lastReviewOn: d('2026-12-01') }
    expect(planStatus(late, d('2026-11-20')).flags).toContain('expiring-soon')
    expect(planStatus(late, d('2027-01-15')).inForce).toBe(true)
    expect(planStatus(late, d('2027-01-16'))).toMatchObject({ inForce: false, flags: ['expired'] })
  })

  it('owes no review that falls after the plan has ended', () => {
    const short = { startsOn: d('2025-01-15'), validUntil: d('2025-05-31') }
    expect(planStatus(short, d('2025-05-20')).flags).toEqual(['expiring-soon'])
  })

  it('is not in force before it starts', () => {
    expect(planStatus(plan, d('2025-01-14'))).toMatchObject({
      inForce: false,
      flags: ['not-started'],
    })
  })

  it('asks for a follow-up after a change in the customer’s situation (L190)', () => {
    const changed = { ...plan, lastReviewOn: d('2025-03-01'), lastChangeOn: d('2025-04-02') }
    expect(planStatus(changed, d('2025-04-10')).flags).toEqual(['change-needs-review'])
    // Recorded on the day of the review: that review dealt with it.
    const same = { ...plan, lastReviewOn: d('2025-04-02'), lastChangeOn: d('2025-04-02') }
    expect(planStatus(same, d('2025-04-10')).flags).toEqual([])
  })

  it('uses the warning windows it is given', () => {
    expect(planStatus(plan, d('2025-06-15'), withSettings({ reviewDueSoonDays: 7 })).flags).toEqual(
      [],
    )
  })
})

describe('primaryGoalOn: education under 25 (L173), age on the day (AMB-22)', () => {
  it('turns to employment on the 25th birthday', () => {
    expect(primaryGoalOn(d('2000-06-02'), d('2025-06-01'))).toBe('education')
    expect(primaryGoalOn(d('2000-06-02'), d('2025-06-02'))).toBe('employment')
  })

  it('counts a 29 February birthday as passed on 1 March', () => {
    expect(primaryGoalOn(d('2000-02-29'), d('2025-02-28'))).toBe('education')
    expect(primaryGoalOn(d('2000-02-29'), d('2025-03-01'))).toBe('employment')
  })
})

describe('civicOrientationWindow (L202)', () => {
  const adult = { age: 30, onDate: d('2025-06-02') }

  it('is open for three years after the residence permit, last day included', () => {
    const person = { ...adult, residencePermitOn: d('2022-06-02') }
    expect(civicOrientationWindow(person)).toMatchObject({
      eligible: true,
      grounds: ['recent-residence-permit'],
      closesOn: d('2025-06-02'),
    })
    expect(civicOrientationWindow({ ...person, onDate: d('2025-06-03') }).eligible).toBe(false)
  })

  it('is open for recentArrivalMonths after arrival (AMB-09)', () => {
    const person = { ...adult, arrivedOn: d('2024-08-31') }
    expect(civicOrientationWindow(person)).toMatchObject({
      eligible: true,
      closesOn: d('2025-08-31'),
    })
    const shorter = civicOrientationWindow(person, withSettings({ recentArrivalMonths: 6 }))
    expect(shorter).toMatchObject({ eligible: false, closesOn: d('2025-02-28') })
  })

  it('closes on the later of the two windows', () => {
    const person = { ...adult, arrivedOn: d('2021-01-01'), residencePermitOn: d('2023-05-01') }
    expect(civicOrientationWindow(person)).toMatchObject({
      eligible: true,
      grounds: ['recent-residence-permit'],
      closesOn: d('2026-05-01'),
    })
  })

  it('is for adults only («vuxna»)', () => {
    const minor = {
      birthDate: d('2007-06-03'),
      onDate: d('2025-06-02'),
      arrivedOn: d('2025-01-01'),
    }
    expect(civicOrientationWindow(minor)).toMatchObject({ eligible: false, adult: false })
    expect(civicOrientationWindow({ ...minor, onDate: d('2025-06-03') }).eligible).toBe(true)
  })

  it('names the missing dates when neither is known', () => {
    expect(civicOrientationWindow(adult)).toEqual({
      eligible: false,
      adult: true,
      grounds: [],
      missing: ['arrivedOn', 'residencePermitOn'],
    })
  })
})

describe('isNewcomer (L256, L399; AMB-28)', () => {
  it('holds for recentArrivalMonths after arrival', () => {
    expect(isNewcomer(d('2024-06-02'), d('2025-06-02'))).toBe(true)
    expect(isNewcomer(d('2024-06-01'), d('2025-06-02'))).toBe(false)
  })

  it('follows newcomerWhenArrivalUnknown without an arrival date', () => {
    expect(isNewcomer(undefined, d('2025-06-02'))).toBe(true)
    expect(
      isNewcomer(undefined, d('2025-06-02'), withSettings({ newcomerWhenArrivalUnknown: false })),
    ).toBe(false)
  })
})
