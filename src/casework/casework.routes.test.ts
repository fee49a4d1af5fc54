import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import type { User } from '../users/users.js'
import { apiAs, caseworkCounts, insertAssessmentRow, insertCustomer } from './fixtures.js'

// What holds for every case-work route: it is documented, and a request
// either does all its work with its audit entry or none of it.

let t: TestApp
let counselor: User
let api: ReturnType<typeof apiAs>
beforeAll(async () => {
  t = await createTestApp() // today is 2026-03-02 in Helsinki
  counselor = await t.user('counselor', 'integration-unit')
  api = apiAs(t.app, await t.token(counselor))
})
afterAll(() => t.close())

describe('the case-work API', () => {
  it('documents every route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json()
    const routes: [string, string][] = [
      ['/api/v1/customers/{id}/assessments', 'post'],
      ['/api/v1/customers/{id}/assessments', 'get'],
      ['/api/v1/assessments/{id}', 'get'],
      ['/api/v1/customers/{id}/plans', 'post'],
      ['/api/v1/customers/{id}/plans', 'get'],
      ['/api/v1/plans/{id}', 'get'],
      ['/api/v1/plans/{id}', 'patch'],
      ['/api/v1/plans/{id}/reviews', 'post'],
      ['/api/v1/customers/{id}/participations', 'post'],
      ['/api/v1/customers/{id}/participations', 'get'],
      ['/api/v1/participations/{id}', 'patch'],
      ['/api/v1/customers/{id}/language-tests', 'post'],
      ['/api/v1/customers/{id}/language-tests', 'get'],
      ['/api/v1/work-queue', 'get'],
    ]
    for (const [path, method] of routes) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined()
    }
    const plan = doc.paths['/api/v1/customers/{id}/plans'].post
    expect(plan.requestBody.content['application/json'].schema.required).toEqual(['startsOn'])
    expect(Object.keys(plan.responses)).toContain('201')
  })

  it('keeps one plan in force when two plans are drawn up at once', async () => {
    const { id } = await insertCustomer(t.database.db)
    await insertAssessmentRow(t.database.db, {
      customerId: id,
      createdBy: counselor.id,
      completedOn: '2026-01-01',
    })
    const answers = await Promise.all(
      ['2026-01-10', '2026-01-10'].map((startsOn) =>
        api.post(`/api/v1/customers/${id}/plans`, { startsOn }),
      ),
    )
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 422])
    expect((await caseworkCounts(t.database.db, id)).plans).toBe(1)
  })

  it('stores nothing, its audit entry included, when a request fails half-way', async () => {
    const { id } = await insertCustomer(t.database.db)
    await insertAssessmentRow(t.database.db, {
      customerId: id,
      createdBy: counselor.id,
      completedOn: '2026-01-01',
    })
    const plan = (
      await api.post(`/api/v1/customers/${id}/plans`, { startsOn: '2026-01-05' })
    ).json()
    const before = await caseworkCounts(t.database.db, id)
    // The review row is written, then moving the plan's review date fails.
    await sql`CREATE FUNCTION casework_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by the test'; END $$`.execute(t.database.db)
    await sql`CREATE TRIGGER casework_test_refuse BEFORE UPDATE ON plan
      FOR EACH ROW EXECUTE FUNCTION casework_test_refuse()`.execute(t.database.db)
    try {
      const response = await api.post(`/api/v1/plans/${plan.id}/reviews`, {
        reviewedOn: '2026-03-01',
      })
      expectProblem(response, 500)
    } finally {
      await sql`DROP TRIGGER casework_test_refuse ON plan`.execute(t.database.db)
      await sql`DROP FUNCTION casework_test_refuse()`.execute(t.database.db)
    }
    expect(await caseworkCounts(t.database.db, id)).toEqual(before)
    expect(before.reviews).toBe(0)
  })
})
