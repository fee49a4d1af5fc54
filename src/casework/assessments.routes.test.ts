import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import type { User } from '../users/users.js'
import { apiAs, caseworkCounts, insertCustomer } from './fixtures.js'

let t: TestApp
let counselor: User
let api: ReturnType<typeof apiAs>
beforeAll(async () => {
  t = await createTestApp() // today is 2026-03-02 in Helsinki
  counselor = await t.user('counselor', 'integration-unit')
  api = apiAs(t.app, await t.token(counselor))
})
afterAll(() => t.close())

const auditOf = (customerId: string) =>
  t.database.db
    .selectFrom('audit_log')
    .select(['action', 'access', 'details', 'actor_email'])
    .where('customer_id', '=', customerId)
    .orderBy('id')
    .execute()

describe('POST /api/v1/customers/{id}/assessments', () => {
  it('records a standard assessment by the counsellor’s organisation and audits it', async () => {
    const { id } = await insertCustomer(t.database.db)
    const response = await api.post(`/api/v1/customers/${id}/assessments`, {
      kind: 'standard',
      completedOn: '2026-02-20',
      content: { goals: 'Arbeta som fiktiv snickare', literacy: 'literate' },
      needsPlan: true,
    })
    expect(response.statusCode).toBe(201)
    const body = response.json()
    expect(body).toMatchObject({
      customerId: id,
      kind: 'standard',
      completedOn: '2026-02-20',
      organisations: ['integration-unit'],
      content: { goals: 'Arbeta som fiktiv snickare', literacy: 'literate' },
      needsPlan: true,
      needsIntegrationTraining: null,
      version: 1,
    })
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/)

    const entries = await auditOf(id)
    expect(entries).toEqual([
      {
        action: 'assessment.create',
        access: 'write',
        actor_email: counselor.email,
        details: { assessmentId: body.id, fields: ['kind', 'completedOn', 'content', 'needsPlan'] },
      },
    ])
    // Field names and ids only, never what the customer said.
    expect(JSON.stringify(entries)).not.toContain('snickare')
  })

  it('shares the case with the wellbeing county when the assessment is multisectoral', async () => {
    const { id } = await insertCustomer(t.database.db, { categories: ['quota-refugee'] })
    const wellbeing = apiAs(
      t.app,
      await t.token(await t.user('counselor', 'wellbeing-ostrobothnia')),
    )
    expectProblem(await wellbeing.get(`/api/v1/customers/${id}/assessments`), 404)

    const response = await api.post(`/api/v1/customers/${id}/assessments`, {
      kind: 'multisectoral',
      completedOn: '2026-03-02',
    })
    expect(response.statusCode).toBe(201)
    expect(response.json().organisations).toEqual(['integration-unit', 'wellbeing-ostrobothnia'])
    const after = await caseworkCounts(t.database.db, id)
    expect(after.responsibleOrganisations).toEqual(['integration-unit', 'wellbeing-ostrobothnia'])
    expect(after.customerVersion).toBe(2)
    const [entry] = await auditOf(id)
    expect(entry?.details).toMatchObject({
      customerFields: ['responsibleOrganisations'],
      sharedWith: ['wellbeing-ostrobothnia'],
    })

    // Now the wellbeing county's counsellors see the case.
    const seen = await wellbeing.get(`/api/v1/customers/${id}/assessments`)
    expect(seen.statusCode).toBe(200)
    expect(seen.json().items).toHaveLength(1)

    // A second one adds no duplicate and leaves the customer as it was.
    const again = await api.post(`/api/v1/customers/${id}/assessments`, {
      kind: 'multisectoral',
      completedOn: '2026-03-02',
      organisations: ['wellbeing-ostrobothnia', 'integration-unit'],
    })
    expect(again.statusCode).toBe(201)
    const last = await caseworkCounts(t.database.db, id)
    expect(last.responsibleOrganisations).toEqual(['integration-unit', 'wellbeing-ostrobothnia'])
    expect(last.customerVersion).toBe(2)
  })

  it('refuses bad input and broken rules, storing nothing', async () => {
    const { id } = await insertCustomer(t.database.db, { birthDate: '2000-06-01' })
    const { id: closed } = await insertCustomer(t.database.db, { closedOn: '2026-02-01' })
    const cases: [string, string, object, number, string | undefined][] = [
      [
        'completed in the future',
        id,
        { kind: 'standard', completedOn: '2026-03-03' },
        400,
        'completedOn',
      ],
      [
        'before the birth date',
        id,
        { kind: 'standard', completedOn: '2000-05-31' },
        400,
        'completedOn',
      ],
      ['not a date', id, { kind: 'standard', completedOn: '2026-02-30' }, 400, 'completedOn'],
      ['unknown kind', id, { kind: 'quick', completedOn: '2026-03-01' }, 400, 'kind'],
      [
        'unknown field',
        id,
        { kind: 'standard', completedOn: '2026-03-01', score: 3 },
        400,
        'score',
      ],
      [
        'multisectoral without the wellbeing county',
        id,
        { kind: 'multisectoral', completedOn: '2026-03-01', organisations: ['integration-unit'] },
        422,
        'organisations',
      ],
      ['a closed case', closed, { kind: 'standard', completedOn: '2026-01-15' }, 422, 'customer'],
    ]
    for (const [what, customerId, payload, status, path] of cases) {
      const before = await caseworkCounts(t.database.db, customerId)
      const problem = expectProblem(
        await api.post(`/api/v1/customers/${customerId}/assessments`, payload),
        status,
      )
      expect(
        problem.errors?.map((e) => e.path),
        what,
      ).toContain(path)
      expect(await caseworkCounts(t.database.db, customerId), what).toEqual(before)
    }
  })
})

describe('reading assessments', () => {
  it('GET /api/v1/assessments/{id} and the customer’s list, latest first, both audited', async () => {
    const { id } = await insertCustomer(t.database.db)
    const first = (
      await api.post(`/api/v1/customers/${id}/assessments`, {
        kind: 'standard',
        completedOn: '2025-11-01',
      })
    ).json()
    const second = (
      await api.post(`/api/v1/customers/${id}/assessments`, {
        kind: 'standard',
        completedOn: '2026-02-01',
        needsIntegrationTraining: true,
      })
    ).json()

    const one = await api.get(`/api/v1/assessments/${first.id}`)
    expect(one.statusCode).toBe(200)
    expect(one.json()).toEqual(first)

    const list = await api.get(`/api/v1/customers/${id}/assessments`)
    expect(list.statusCode).toBe(200)
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([second.id, first.id])

    const reads = (await auditOf(id)).filter((e) => e.access === 'read')
    expect(reads).toEqual([
      expect.objectContaining({ action: 'assessment.read', details: { assessmentId: first.id } }),
      expect.objectContaining({
        action: 'assessment.list',
        details: { assessmentIds: [second.id, first.id] },
      }),
    ])
  })

  it('answers 404 for an unknown assessment and for another organisation’s customer', async () => {
    const { id } = await insertCustomer(t.database.db)
    const created = (
      await api.post(`/api/v1/customers/${id}/assessments`, {
        kind: 'standard',
        completedOn: '2026-01-01',
      })
    ).json()
    const other = apiAs(t.app, await t.token(await t.user('counselor', 'employment-jakobstad')))
    expectProblem(await other.get(`/api/v1/assessments/${created.id}`), 404)
    expectProblem(await other.get(`/api/v1/customers/${id}/assessments`), 404)
    expectProblem(await api.get('/api/v1/assessments/00000000-0000-4000-8000-000000000000'), 404)
    expectProblem(await api.get('/api/v1/assessments/not-a-uuid'), 400)
    // The refused reads leave no audit entry.
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['assessment.create'])
  })
})
