import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import type { User } from '../users/users.js'
import {
  apiAs,
  type CustomerOverrides,
  insertAssessmentRow,
  insertCustomer,
  insertParticipationRow,
  insertPlanRow,
} from './fixtures.js'

let t: TestApp
let counselor: User
let api: ReturnType<typeof apiAs>
const named: Record<string, string> = {}

beforeAll(async () => {
  t = await createTestApp()
  t.clock.set('2026-03-02T09:00:00Z')
  counselor = await t.user('counselor', 'integration-unit')
  api = apiAs(t.app, await t.token(counselor))
  const db = t.database.db
  const createdBy = counselor.id

  // Each customer's last name says what the queue should make of them.
  const customer = async (lastName: string, overrides: CustomerOverrides = {}) => {
    const { id } = await insertCustomer(db, { lastName, ...overrides })
    named[lastName] = id
    return id
  }
  const withPlan = async (
    lastName: string,
    plan: { startsOn: string; validUntil: string; nextReviewDue: string; endedOn?: string },
    overrides: CustomerOverrides = {},
  ) => {
    const customerId = await customer(lastName, overrides)
    const assessment = await insertAssessmentRow(db, {
      customerId,
      createdBy,
      completedOn: plan.startsOn,
    })
    const { id } = await insertPlanRow(db, {
      customerId,
      assessmentId: assessment.id,
      createdBy,
      ...plan,
    })
    named[`${lastName}:plan`] = id
  }
  const assessedOn = async (lastName: string, completedOn: string, needsPlan?: boolean) => {
    const customerId = await customer(lastName)
    await insertAssessmentRow(db, {
      customerId,
      createdBy,
      completedOn,
      needsPlan: needsPlan ?? null,
    })
    return customerId
  }

  await withPlan('Reviewsoon', {
    startsOn: '2025-09-20',
    validUntil: '2027-09-20',
    nextReviewDue: '2026-03-20',
  })
  await withPlan('Overdue', {
    startsOn: '2025-08-01',
    validUntil: '2027-08-01',
    nextReviewDue: '2026-02-01',
  })
  await withPlan('Expiring', {
    startsOn: '2024-04-01',
    validUntil: '2026-04-01',
    nextReviewDue: '2026-06-01',
  })
  await withPlan('Calm', {
    startsOn: '2025-12-01',
    validUntil: '2027-12-01',
    nextReviewDue: '2026-06-01',
  })
  await withPlan('Ended', {
    startsOn: '2025-01-01',
    validUntil: '2027-01-01',
    nextReviewDue: '2025-07-01',
    endedOn: '2025-06-30',
  })
  await withPlan('Expired', {
    startsOn: '2024-01-01',
    validUntil: '2026-01-01',
    nextReviewDue: '2025-12-01',
  })
  await withPlan(
    'Closed',
    { startsOn: '2025-08-01', validUntil: '2027-08-01', nextReviewDue: '2026-02-01' },
    { closedOn: '2026-02-15' },
  )
  await withPlan(
    'Elsewhere',
    { startsOn: '2025-08-01', validUntil: '2027-08-01', nextReviewDue: '2026-02-01' },
    { responsibleOrganisations: ['employment-jakobstad'] },
  )

  await assessedOn('Waiting', '2026-01-31')
  await assessedOn('Recent', '2026-02-01')
  await assessedOn('Noplanneeded', '2026-01-01', false)
  // A plan that starts after the latest assessment: nothing is waiting.
  await withPlan('Planned', {
    startsOn: '2026-01-10',
    validUntil: '2028-01-10',
    nextReviewDue: '2026-07-10',
  })

  await customer('Civic', { arrivedOn: '2025-04-01' })
  const attended = await customer('Attended', { arrivedOn: '2025-04-01' })
  await insertParticipationRow(db, {
    customerId: attended,
    createdBy,
    service: 'civic-orientation',
    startedOn: '2025-06-01',
  })
  const stopped = await customer('Stopped', { arrivedOn: '2025-04-01' })
  await insertParticipationRow(db, {
    customerId: stopped,
    createdBy,
    service: 'civic-orientation',
    startedOn: '2025-06-01',
    endedOn: '2025-06-10',
    interrupted: true,
  })

  // AMB-04: an unemployed job seeker who is also in the Integration Unit's group.
  await customer('Conference', { jobSeekerStatus: 'unemployed', municipality: 'larsmo' })
})
afterAll(() => t.close())

type Item = {
  kind: string
  customer: { id: string; lastName: string }
  planId: string | null
  due: string | null
  reason: string | null
}

describe('GET /api/v1/work-queue', () => {
  it('lists what the organisation must act on today, earliest due first', async () => {
    const response = await api.get('/api/v1/work-queue')
    expect(response.statusCode).toBe(200)
    const body = response.json() as { today: string; items: Item[] }
    expect(body.today).toBe('2026-03-02')
    expect(body.items.map((i) => [i.kind, i.customer.lastName, i.due])).toEqual([
      ['review-overdue', 'Overdue', '2026-02-01'],
      ['assessment-without-plan', 'Waiting', '2026-03-02'],
      ['review-due', 'Reviewsoon', '2026-03-20'],
      ['plan-expiring', 'Expiring', '2026-04-01'],
      ['civic-orientation-closing', 'Civic', '2026-04-01'],
      ['civic-orientation-closing', 'Stopped', '2026-04-01'],
      ['case-conference', 'Conference', null],
    ])
    const byName = Object.fromEntries(body.items.map((i) => [i.customer.lastName, i]))
    expect(byName.Overdue?.planId).toBe(named['Overdue:plan'])
    expect(byName.Waiting?.planId).toBeNull()
    expect(byName.Civic?.reason).toBe('recently-arrived')
    expect(byName.Conference?.reason).toMatch(/^AMB-04: /)
    expect(byName.Overdue?.customer).toEqual({
      id: named.Overdue,
      firstName: expect.any(String),
      lastName: 'Overdue',
      birthDate: '1990-05-14',
      municipality: 'jakobstad',
      closedOn: null,
    })
  })

  it('writes one read entry per customer listed', async () => {
    await t.database.db.deleteFrom('audit_log').execute()
    const body = (await api.get('/api/v1/work-queue')).json() as { items: Item[] }
    const entries = await t.database.db
      .selectFrom('audit_log')
      .select(['customer_id', 'action', 'access', 'details', 'actor_email'])
      .orderBy('id')
      .execute()
    const listed = [...new Set(body.items.map((i) => i.customer.id))]
    expect(entries.map((e) => e.customer_id).sort()).toEqual([...listed].sort())
    for (const entry of entries) {
      expect(entry).toMatchObject({
        action: 'work-queue.read',
        access: 'read',
        actor_email: counselor.email,
      })
    }
    const overdue = entries.find((e) => e.customer_id === named.Overdue)
    expect(overdue?.details).toEqual({
      kinds: ['review-overdue'],
      planIds: [named['Overdue:plan']],
    })
  })

  it('follows the clock: three weeks on, the review is overdue and more cases are due', async () => {
    t.clock.set('2026-03-25T09:00:00Z')
    try {
      const body = (await api.get('/api/v1/work-queue')).json() as { today: string; items: Item[] }
      expect(body.today).toBe('2026-03-25')
      const kinds = body.items.map((i) => `${i.kind}/${i.customer.lastName}`)
      expect(kinds).toContain('review-overdue/Reviewsoon')
      expect(kinds).toContain('assessment-without-plan/Recent')
      expect(kinds).not.toContain('review-due/Reviewsoon')
    } finally {
      t.clock.set('2026-03-02T09:00:00Z')
    }
  })

  it('shows another organisation only its own customers', async () => {
    const other = apiAs(t.app, await t.token(await t.user('counselor', 'employment-jakobstad')))
    const body = (await other.get('/api/v1/work-queue')).json() as { items: Item[] }
    expect(body.items.map((i) => `${i.kind}/${i.customer.lastName}`)).toEqual([
      'review-overdue/Elsewhere',
    ])
    const empty = apiAs(t.app, await t.token(await t.user('counselor', 'employment-ostrobothnia')))
    expect((await empty.get('/api/v1/work-queue')).json().items).toEqual([])
  })

  it('is for counsellors only', async () => {
    expectProblem(await apiAs(t.app, undefined).get('/api/v1/work-queue'), 401)
    for (const role of ['admin', 'front-desk', 'manager'] as const) {
      const token = await t.token(await t.user(role, 'integration-unit'))
      expectProblem(await apiAs(t.app, token).get('/api/v1/work-queue'), 403)
    }
  })
})
