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

const actions = async (customerId: string) =>
  (
    await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'access', 'details'])
      .where('customer_id', '=', customerId)
      .orderBy('id')
      .execute()
  ).map((e) => `${e.action}:${e.access}`)

describe('POST /api/v1/customers/{id}/plans', () => {
  it('draws up a plan from the latest assessment with the programme’s defaults', async () => {
    const { id, assessmentId } = await assessedCustomer('2026-02-10')
    const response = await api.post(`/api/v1/customers/${id}/plans`, {
      startsOn: '2026-02-16',
      longTermGoals: 'Fiktivt mål',
      services: { studies: ['Svenska B1'] },
      obligationsAcknowledgedOn: '2026-02-16',
    })
    expect(response.statusCode).toBe(201)
    const plan = response.json()
    expect(plan).toMatchObject({
      customerId: id,
      assessmentId,
      planType: 'integration-plan',
      startsOn: '2026-02-16',
      validUntil: '2028-02-16',
      nextReviewDue: '2026-08-16',
      primaryGoal: 'employment',
      longTermGoals: 'Fiktivt mål',
      periodGoals: '',
      services: { studies: ['Svenska B1'] },
      organisations: ['integration-unit'],
      obligationsAcknowledgedOn: '2026-02-16',
      reviews: [],
      version: 1,
    })
    const read = await api.get(`/api/v1/plans/${plan.id}`)
    expect(read.statusCode).toBe(200)
    expect(read.json()).toEqual(plan)
    expect(await actions(id)).toEqual(['plan.create:write', 'plan.read:read'])
  })

  it('clamps the review date to the month’s end: 2025-08-31 gives 2026-02-28', async () => {
    const { id } = await assessedCustomer('2025-08-15')
    const response = await api.post(`/api/v1/customers/${id}/plans`, { startsOn: '2025-08-31' })
    expect(response.statusCode).toBe(201)
    expect(response.json()).toMatchObject({
      validUntil: '2027-08-31',
      nextReviewDue: '2026-02-28',
    })
  })

  it('allows exactly two years and refuses more (422) or an end before the start (400)', async () => {
    const { id } = await assessedCustomer('2026-01-01')
    const before = await caseworkCounts(t.database.db, id)
    const tooLong = expectProblem(
      await api.post(`/api/v1/customers/${id}/plans`, {
        startsOn: '2026-01-10',
        validUntil: '2028-01-11',
      }),
      422,
    )
    expect(tooLong.errors).toEqual([
      { path: 'validUntil', message: expect.stringContaining('2028-01-10') },
    ])
    const backwards = expectProblem(
      await api.post(`/api/v1/customers/${id}/plans`, {
        startsOn: '2026-01-10',
        validUntil: '2026-01-09',
      }),
      400,
    )
    expect(backwards.errors?.[0]?.path).toBe('validUntil')
    expect(await caseworkCounts(t.database.db, id)).toEqual(before)

    const exactly = await api.post(`/api/v1/customers/${id}/plans`, {
      startsOn: '2026-01-10',
      validUntil: '2028-01-10',
    })
    expect(exactly.statusCode).toBe(201)
    expect(exactly.json().validUntil).toBe('2028-01-10')
  })

  it('needs a completed assessment of this customer and starts no earlier than it (422)', async () => {
    const { id: unassessed } = await insertCustomer(t.database.db)
    const { id, assessmentId } = await assessedCustomer('2026-02-01')
    const { assessmentId: someoneElses } = await assessedCustomer('2026-01-01')
    const { id: closed } = await assessedCustomer('2025-12-01', { closedOn: '2026-02-01' })
    const cases: [string, string, object, number, string][] = [
      ['no assessment', unassessed, { startsOn: '2026-02-01' }, 422, 'assessmentId'],
      ['before the assessment', id, { startsOn: '2026-01-31' }, 422, 'startsOn'],
      [
        'another customer’s assessment',
        id,
        { startsOn: '2026-02-01', assessmentId: someoneElses },
        422,
        'assessmentId',
      ],
      [
        'unknown assessment',
        id,
        { startsOn: '2026-02-01', assessmentId: '00000000-0000-4000-8000-000000000000' },
        422,
        'assessmentId',
      ],
      ['a closed case', closed, { startsOn: '2026-01-01' }, 422, 'customer'],
      [
        'acknowledged in the future',
        id,
        { startsOn: '2026-02-01', obligationsAcknowledgedOn: '2026-03-03' },
        400,
        'obligationsAcknowledgedOn',
      ],
      [
        'unknown plan type',
        id,
        { startsOn: '2026-02-01', planType: 'family-plan' },
        400,
        'planType',
      ],
      ['no start', id, {}, 400, 'startsOn'],
    ]
    for (const [what, customerId, payload, status, path] of cases) {
      const before = await caseworkCounts(t.database.db, customerId)
      const problem = expectProblem(
        await api.post(`/api/v1/customers/${customerId}/plans`, payload),
        status,
      )
      expect(
        problem.errors?.map((e) => e.path),
        what,
      ).toContain(path)
      expect(await caseworkCounts(t.database.db, customerId), what).toEqual(before)
    }
    // A plan started before a later reassessment follows the assessment before it.
    const { id: reassessed, assessmentId: earlier } = await assessedCustomer('2025-06-01')
    await insertAssessmentRow(t.database.db, {
      customerId: reassessed,
      createdBy: counselor.id,
      completedOn: '2026-02-01',
    })
    const backdated = await api.post(`/api/v1/customers/${reassessed}/plans`, {
      startsOn: '2025-07-01',
    })
    expect(backdated.json().assessmentId).toBe(earlier)

    const named = await api.post(`/api/v1/customers/${id}/plans`, {
      startsOn: '2026-02-01',
      assessmentId,
    })
    expect(named.statusCode).toBe(201)
    expect(named.json().assessmentId).toBe(assessmentId)
  })

  it('sets education as the goal under 25 (L173) and takes the type from the routing rules', async () => {
    const { id: young } = await assessedCustomer('2026-01-01', { birthDate: '2001-06-15' })
    const education = await api.post(`/api/v1/customers/${young}/plans`, { startsOn: '2026-01-05' })
    expect(education.json().primaryGoal).toBe('education')

    const { id: unemployed } = await assessedCustomer('2026-01-01', {
      municipality: 'nykarleby',
      jobSeekerStatus: 'unemployed',
      categories: [],
    })
    const employment = await api.post(`/api/v1/customers/${unemployed}/plans`, {
      startsOn: '2026-01-05',
    })
    expect(employment.json()).toMatchObject({
      planType: 'employment-plan',
      organisations: ['employment-ostrobothnia'],
    })

    const { id: quota } = await assessedCustomer('2026-01-01', { categories: ['quota-refugee'] })
    const multisectoral = await api.post(`/api/v1/customers/${quota}/plans`, {
      startsOn: '2026-01-05',
      organisations: ['integration-unit'],
    })
    expect(multisectoral.json()).toMatchObject({
      planType: 'multisectoral-integration-plan',
      organisations: ['integration-unit'],
    })
  })

  it('keeps one plan in force: a new plan ends the previous one the day before it starts', async () => {
    const { id } = await assessedCustomer('2025-06-01')
    const first = (
      await api.post(`/api/v1/customers/${id}/plans`, { startsOn: '2025-06-10' })
    ).json()
    const second = await api.post(`/api/v1/customers/${id}/plans`, { startsOn: '2026-02-01' })
    expect(second.statusCode).toBe(201)
    expect(await planRow(first.id)).toMatchObject({ ended_on: '2026-01-31', version: 2 })

    const before = await caseworkCounts(t.database.db, id)
    for (const startsOn of ['2026-02-01', '2026-01-15']) {
      const problem = expectProblem(
        await api.post(`/api/v1/customers/${id}/plans`, { startsOn }),
        422,
      )
      expect(problem.errors?.[0]?.path).toBe('startsOn')
    }
    expect(await caseworkCounts(t.database.db, id)).toEqual(before)
    const entries = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('customer_id', '=', id)
      .where('action', '=', 'plan.create')
      .orderBy('id')
      .execute()
    expect(entries[1]?.details).toMatchObject({ endedPlanIds: [first.id] })
  })
})

describe('GET /api/v1/plans/{id} and the customer’s plans', () => {
  it('answers 404 for an unknown plan and for a customer the caller’s organisation does not serve', async () => {
    const { id } = await assessedCustomer('2026-01-01')
    const plan = (
      await api.post(`/api/v1/customers/${id}/plans`, { startsOn: '2026-01-02' })
    ).json()
    const other = apiAs(t.app, await t.token(await t.user('counselor', 'employment-jakobstad')))
    expectProblem(await other.get(`/api/v1/plans/${plan.id}`), 404)
    expectProblem(await other.get(`/api/v1/customers/${id}/plans`), 404)
    expectProblem(await api.get('/api/v1/plans/00000000-0000-4000-8000-000000000000'), 404)

    const list = await api.get(`/api/v1/customers/${id}/plans`)
    expect(list.statusCode).toBe(200)
    expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([plan.id])
    expect(await actions(id)).toEqual(['plan.create:write', 'plan.list:read'])
  })
})

describe('PATCH /api/v1/plans/{id}', () => {
  it('saves changes made to the current version and refuses a stale one (409), keeping nothing', async () => {
    const { id } = await assessedCustomer('2026-01-01')
    const plan = (
      await api.post(`/api/v1/customers/${id}/plans`, { startsOn: '2026-01-02' })
    ).json()
    const saved = await api.patch(`/api/v1/plans/${plan.id}`, {
      version: 1,
      periodGoals: 'Fiktiv kurs',
      organisations: ['integration-unit', 'employment-jakobstad'],
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.json()).toMatchObject({
      periodGoals: 'Fiktiv kurs',
      organisations: ['integration-unit', 'employment-jakobstad'],
      version: 2,
    })

    const before = await caseworkCounts(t.database.db, id)
    expectProblem(
      await api.patch(`/api/v1/plans/${plan.id}`, { version: 1, periodGoals: 'Gammal' }),
      409,
    )
    expect(await planRow(plan.id)).toMatchObject({ period_goals: 'Fiktiv kurs', version: 2 })
    expect(await caseworkCounts(t.database.db, id)).toEqual(before)

    expectProblem(await api.patch(`/api/v1/plans/${plan.id}`, { periodGoals: 'x' }), 400)
    expectProblem(
      await api.patch(`/api/v1/plans/${plan.id}`, {
        version: 2,
        obligationsAcknowledgedOn: '2026-03-03',
      }),
      400,
    )
    expectProblem(
      await api.patch(`/api/v1/plans/${plan.id}`, { version: 2, startsOn: '2026-01-01' }),
      400,
    )
    expect(await caseworkCounts(t.database.db, id)).toEqual(before)

    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('customer_id', '=', id)
      .where('action', '=', 'plan.update')
      .execute()
    expect(audit).toEqual([
      {
        action: 'plan.update',
        details: { planId: plan.id, fields: ['periodGoals', 'organisations'] },
      },
    ])
  })

  it('refuses changes to a closed case (422)', async () => {
    const { id } = await assessedCustomer('2026-01-01')
    const plan = (
      await api.post(`/api/v1/customers/${id}/plans`, { startsOn: '2026-01-02' })
    ).json()
    await t.database.db
      .updateTable('customer')
      .set({ closed_on: '2026-02-01', closure_reason: 'moved-away' })
      .where('id', '=', id)
      .execute()
    expectProblem(
      await api.patch(`/api/v1/plans/${plan.id}`, { version: 1, periodGoals: 'x' }),
      422,
    )
    expect(await planRow(plan.id)).toMatchObject({ version: 1, period_goals: '' })
  })
})

describe('plans shared with the organisations responsible for them', () => {
  it('lets the plan’s organisations see the customer, and says so in the audit log', async () => {
    const { id } = await assessedCustomer('2026-02-10')
    const officer = await t.user('counselor', 'employment-ostrobothnia')
    const officerApi = apiAs(t.app, await t.token(officer))
    expectProblem(await officerApi.get(`/api/v1/customers/${id}`), 404)

    const response = await api.post(`/api/v1/customers/${id}/plans`, {
      startsOn: '2026-02-16',
      organisations: ['integration-unit', 'employment-ostrobothnia'],
    })
    expect(response.statusCode).toBe(201)
    expect((await officerApi.get(`/api/v1/customers/${id}`)).statusCode).toBe(200)
    const entry = await t.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('customer_id', '=', id)
      .where('action', '=', 'plan.create')
      .executeTakeFirstOrThrow()
    expect(entry.details).toMatchObject({ sharedWith: ['employment-ostrobothnia'] })
  })
})
