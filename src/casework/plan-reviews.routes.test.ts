import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import type { User } from '../users/users.js'
import {
  apiAs,
  type CustomerOverrides,
  caseworkCounts,
  insertAssessmentRow,
  insertCustomer,
} from './fixtures.js'

let t: TestApp
let counselor: User
let api: ReturnType<typeof apiAs>
beforeAll(async () => {
  t = await createTestApp() // today is 2026-03-02 in Helsinki
  counselor = await t.user('counselor', 'integration-unit')
  api = apiAs(t.app, await t.token(counselor))
})
afterAll(() => t.close())

/** A customer with a standard assessment completed on `completedOn`. */
async function assessedCustomer(completedOn = '2025-08-15', overrides: CustomerOverrides = {}) {
  const { id } = await insertCustomer(t.database.db, overrides)
  const assessment = await insertAssessmentRow(t.database.db, {
    customerId: id,
    createdBy: counselor.id,
    completedOn,
  })
  return { id, assessmentId: assessment.id }
}

const planRow = (id: string) =>
  t.database.db.selectFrom('plan').selectAll().where('id', '=', id).executeTakeFirstOrThrow()

describe('POST /api/v1/plans/{id}/reviews', () => {
  it('records a review and moves the next review to six months after it (L190)', async () => {
    const { id } = await assessedCustomer('2025-08-01')
    const plan = (
      await api.post(`/api/v1/customers/${id}/plans`, { startsOn: '2025-08-31' })
    ).json()
    expect(plan.nextReviewDue).toBe('2026-02-28')
    const response = await api.post(`/api/v1/plans/${plan.id}/reviews`, {
      reviewedOn: '2026-02-27',
      notes: 'Fiktiv anteckning',
    })
    expect(response.statusCode).toBe(201)
    const review = response.json()
    expect(review).toMatchObject({
      planId: plan.id,
      reviewedOn: '2026-02-27',
      reason: 'scheduled',
      notes: 'Fiktiv anteckning',
      nextReviewDue: '2026-08-27',
      primaryGoal: 'employment',
      planVersion: 2,
    })
    const read = (await api.get(`/api/v1/plans/${plan.id}`)).json()
    expect(read.nextReviewDue).toBe('2026-08-27')
    expect(read.reviews).toEqual([
      {
        id: review.id,
        reviewedOn: '2026-02-27',
        reason: 'scheduled',
        notes: 'Fiktiv anteckning',
        createdAt: review.createdAt,
      },
    ])
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('customer_id', '=', id)
      .where('action', '=', 'plan.review')
      .executeTakeFirstOrThrow()
    expect(entry.details).toEqual({
      planId: plan.id,
      reviewId: review.id,
      fields: expect.arrayContaining(['reviewedOn', 'notes', 'reason']),
      planFields: ['nextReviewDue', 'primaryGoal'],
    })
  })

  it('judges the goal again on the review day (AMB-22)', async () => {
    const { id } = await assessedCustomer('2025-09-01', { birthDate: '2001-02-15' })
    const plan = (
      await api.post(`/api/v1/customers/${id}/plans`, { startsOn: '2025-09-01' })
    ).json()
    expect(plan.primaryGoal).toBe('education')
    const review = await api.post(`/api/v1/plans/${plan.id}/reviews`, {
      reviewedOn: '2026-02-20',
      reason: 'change-in-situation',
    })
    expect(review.json().primaryGoal).toBe('employment')
    expect(await planRow(plan.id)).toMatchObject({
      primary_goal: 'employment',
      next_review_due: '2026-08-20',
    })
  })

  it('refuses a review before the start or after the end (422) or in the future (400), storing nothing', async () => {
    const { id } = await assessedCustomer('2025-06-01')
    const plan = (
      await api.post(`/api/v1/customers/${id}/plans`, {
        startsOn: '2025-06-02',
        validUntil: '2026-01-31',
      })
    ).json()
    const before = await caseworkCounts(t.database.db, id)
    const cases: [string, object, number][] = [
      ['before the start', { reviewedOn: '2025-06-01' }, 422],
      ['after validUntil', { reviewedOn: '2026-02-01' }, 422],
      ['in the future', { reviewedOn: '2026-03-03' }, 400],
      ['unknown reason', { reviewedOn: '2025-12-01', reason: 'whim' }, 400],
    ]
    for (const [what, payload, status] of cases) {
      const problem = expectProblem(
        await api.post(`/api/v1/plans/${plan.id}/reviews`, payload),
        status,
      )
      expect(problem.errors?.[0]?.path, what).toMatch(/reviewedOn|reason/)
    }
    expect(await caseworkCounts(t.database.db, id)).toEqual(before)
    expectProblem(
      await api.post('/api/v1/plans/00000000-0000-4000-8000-000000000000/reviews', {
        reviewedOn: '2026-01-01',
      }),
      404,
    )
  })

  it('keeps the latest review’s clock, and refuses reviews of an ended plan or a closed case', async () => {
    const { id } = await assessedCustomer('2025-06-01')
    const first = (
      await api.post(`/api/v1/customers/${id}/plans`, { startsOn: '2025-06-02' })
    ).json()
    await api.post(`/api/v1/plans/${first.id}/reviews`, { reviewedOn: '2025-12-01' })
    const late = await api.post(`/api/v1/plans/${first.id}/reviews`, { reviewedOn: '2025-11-01' })
    expect(late.statusCode).toBe(201)
    expect(late.json().nextReviewDue).toBe('2026-06-01')

    // A newer plan ends the first on 2026-01-31: no review of it after that day.
    await api.post(`/api/v1/customers/${id}/plans`, { startsOn: '2026-02-01' })
    const before = await caseworkCounts(t.database.db, id)
    const ended = expectProblem(
      await api.post(`/api/v1/plans/${first.id}/reviews`, { reviewedOn: '2026-02-01' }),
      422,
    )
    expect(ended.errors?.[0]?.message).toContain('2026-01-31')
    await t.database.db
      .updateTable('customer')
      .set({ closed_on: '2026-02-15', closure_reason: 'moved-away' })
      .where('id', '=', id)
      .execute()
    const closed = expectProblem(
      await api.post(`/api/v1/plans/${first.id}/reviews`, { reviewedOn: '2026-01-15' }),
      422,
    )
    expect(closed.errors?.map((e) => e.path)).toEqual(['customer'])
    expect(await caseworkCounts(t.database.db, id)).toEqual(before)
  })
})
