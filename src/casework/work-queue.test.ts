import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { planStatus } from '../shared/programme/plan-clock.js'
import { route } from '../shared/programme/routing.js'
import { defaultSettings } from '../shared/programme/settings.js'
import { LocalDate } from '../shared/time/local-date.js'
import { routingInputFor } from './casework.js'
import {
  caseConferenceReason,
  civicOrientationClosing,
  planOverdueFrom,
  planQueueEntries,
  sortWorkQueue,
  type WorkQueueItem,
} from './work-queue.js'

const d = (text: string) => LocalDate.parse(text)
const today = d('2026-03-02')

describe('plan entries in the work queue (L190)', () => {
  const plan = { startsOn: d('2025-09-20'), validUntil: d('2027-09-20') }

  it('lists a review due within 30 days, and an overdue one', () => {
    expect(
      planQueueEntries({ ...plan, nextReviewDue: d('2026-04-01') }, today, defaultSettings),
    ).toEqual([{ kind: 'review-due', due: d('2026-04-01') }])
    expect(
      planQueueEntries({ ...plan, nextReviewDue: d('2026-04-02') }, today, defaultSettings),
    ).toEqual([])
    expect(planQueueEntries({ ...plan, nextReviewDue: today }, today, defaultSettings)).toEqual([
      { kind: 'review-due', due: today },
    ])
    expect(
      planQueueEntries({ ...plan, nextReviewDue: d('2026-03-01') }, today, defaultSettings),
    ).toEqual([{ kind: 'review-overdue', due: d('2026-03-01') }])
  })

  it('lists a plan expiring within 60 days, and owes no review after the end', () => {
    const ending = { startsOn: d('2024-04-30'), validUntil: d('2026-04-30') }
    expect(
      planQueueEntries({ ...ending, nextReviewDue: d('2026-05-15') }, today, defaultSettings),
    ).toEqual([{ kind: 'plan-expiring', due: d('2026-04-30') }])
    expect(
      planQueueEntries({ ...ending, nextReviewDue: d('2026-03-10') }, today, defaultSettings),
    ).toEqual([
      { kind: 'review-due', due: d('2026-03-10') },
      { kind: 'plan-expiring', due: d('2026-04-30') },
    ])
    const later = { startsOn: d('2024-05-02'), validUntil: d('2026-05-02') }
    expect(
      planQueueEntries({ ...later, nextReviewDue: d('2026-06-01') }, today, defaultSettings),
    ).toEqual([])
  })

  it('lists nothing for a plan not in force', () => {
    const expired = {
      startsOn: d('2024-01-01'),
      validUntil: d('2026-03-01'),
      nextReviewDue: d('2026-01-01'),
    }
    const future = {
      startsOn: d('2026-03-03'),
      validUntil: d('2028-03-03'),
      nextReviewDue: d('2026-09-03'),
    }
    expect(planQueueEntries(expired, today, defaultSettings)).toEqual([])
    expect(planQueueEntries(future, today, defaultSettings)).toEqual([])
  })

  it('agrees with the plan clock’s flags (property)', () => {
    const first = d('2024-01-01').toEpochDay()
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: first + 1000 }),
        fc.integer({ min: 0, max: 730 }),
        fc.option(fc.integer({ min: 0, max: 730 }), { nil: undefined }),
        fc.integer({ min: -30, max: 800 }),
        (startDay, length, reviewAfter, todayAfter) => {
          const startsOn = LocalDate.fromEpochDay(startDay)
          const validUntil = startsOn.plusDays(length)
          const lastReviewOn =
            reviewAfter === undefined ? undefined : startsOn.plusDays(reviewAfter)
          const on = startsOn.plusDays(todayAfter)
          const status = planStatus({ startsOn, validUntil, lastReviewOn }, on)
          const kinds = planQueueEntries(
            { startsOn, validUntil, nextReviewDue: status.nextReviewDue },
            on,
            defaultSettings,
          ).map((e) => e.kind)
          expect(kinds.includes('review-overdue')).toBe(status.flags.includes('review-overdue'))
          expect(kinds.includes('review-due')).toBe(status.flags.includes('review-due-soon'))
          expect(kinds.includes('plan-expiring')).toBe(status.flags.includes('expiring-soon'))
        },
      ),
    )
  })
})

describe('assessment waiting for a plan', () => {
  it('joins the queue 30 days after the assessment', () => {
    expect(planOverdueFrom(d('2026-01-31')).toString()).toBe('2026-03-02')
  })
})

describe('civic orientation closing (L202)', () => {
  const adult = { birthDate: d('1990-05-14') }

  it('lists an adult whose window closes within 60 days', () => {
    expect(
      civicOrientationClosing({ ...adult, arrivedOn: d('2025-04-30') }, today, defaultSettings),
    ).toEqual({
      closesOn: d('2026-04-30'),
      reason: 'recently-arrived',
    })
    expect(
      civicOrientationClosing({ ...adult, arrivedOn: d('2025-05-02') }, today, defaultSettings),
    ).toBeUndefined()
    expect(
      civicOrientationClosing(
        { ...adult, residencePermitOn: d('2023-03-02') },
        today,
        defaultSettings,
      ),
    ).toMatchObject({ closesOn: d('2026-03-02'), reason: 'recent-residence-permit' })
  })

  it('skips minors, closed windows and unknown dates', () => {
    const minor = { birthDate: d('2010-01-01'), arrivedOn: d('2025-04-30') }
    expect(civicOrientationClosing(minor, today, defaultSettings)).toBeUndefined()
    expect(
      civicOrientationClosing({ ...adult, arrivedOn: d('2025-03-01') }, today, defaultSettings),
    ).toBeUndefined()
    expect(civicOrientationClosing(adult, today, defaultSettings)).toBeUndefined()
    // The later of the two windows counts.
    expect(
      civicOrientationClosing(
        { ...adult, arrivedOn: d('2025-04-01'), residencePermitOn: d('2025-04-01') },
        today,
        defaultSettings,
      ),
    ).toBeUndefined()
  })
})

describe('case conference reasons', () => {
  const customer = {
    birthDate: '1990-05-14',
    municipality: 'kronoby',
    jobSeekerStatus: 'unemployed',
    categories: ['international-protection'],
    needsCoordination: false,
    arrivedOn: null,
    residencePermitOn: null,
  }

  it('gives the routing rules’ reason when any part calls for a case conference', () => {
    const reason = caseConferenceReason(route(routingInputFor(customer, today)))
    expect(reason).toMatch(/^AMB-04: /)
    const plain = { ...customer, jobSeekerStatus: 'not' }
    expect(caseConferenceReason(route(routingInputFor(plain, today)))).toBeUndefined()
  })
})

describe('sorting the queue', () => {
  const item = (
    kind: WorkQueueItem['kind'],
    due: string | null,
    lastName: string,
  ): WorkQueueItem => ({
    kind,
    due,
    planId: null,
    reason: null,
    customer: {
      id: lastName,
      firstName: 'A',
      lastName,
      birthDate: '1990-01-01',
      municipality: 'jakobstad',
      closedOn: null,
    },
  })

  it('puts the earliest due first, undated last, then by kind and name', () => {
    const sorted = sortWorkQueue([
      item('case-conference', null, 'Ö'),
      item('civic-orientation-closing', '2026-04-01', 'B'),
      item('plan-expiring', '2026-04-01', 'C'),
      item('review-overdue', '2026-02-01', 'D'),
      item('plan-expiring', '2026-04-01', 'A'),
    ])
    expect(sorted.map((i) => `${i.kind}/${i.customer.lastName}`)).toEqual([
      'review-overdue/D',
      'plan-expiring/A',
      'plan-expiring/C',
      'civic-orientation-closing/B',
      'case-conference/Ö',
    ])
  })
})
