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

describe('POST /api/v1/customers/{id}/language-tests', () => {
  it('records the levels, the lowest of them and whether it reaches B1.1 (L224)', async () => {
    const { id } = await insertCustomer(t.database.db)
    const reached = await api.post(`/api/v1/customers/${id}/language-tests`, {
      takenOn: '2026-03-02',
      language: 'sv',
      results: { reading: 'B2.1', writing: 'B1.1', listening: 'B1.2', speaking: 'C1.1' },
    })
    expect(reached.statusCode).toBe(201)
    expect(reached.json()).toMatchObject({
      customerId: id,
      takenOn: '2026-03-02',
      language: 'sv',
      results: { reading: 'B2.1', writing: 'B1.1', listening: 'B1.2', speaking: 'C1.1' },
      lowestLevel: 'B1.1',
      reachedTarget: true,
    })
    const below = await api.post(`/api/v1/customers/${id}/language-tests`, {
      takenOn: '2026-02-01',
      language: 'fi',
      results: { reading: 'B1.2', speaking: 'A2.2' },
    })
    expect(below.json()).toMatchObject({ lowestLevel: 'A2.2', reachedTarget: false })

    const entries = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'access', 'details'])
      .where('customer_id', '=', id)
      .orderBy('id')
      .execute()
    expect(entries[0]).toEqual({
      action: 'language-test.create',
      access: 'write',
      details: { languageTestId: reached.json().id, fields: ['takenOn', 'language', 'results'] },
    })
    // Field names only: no levels in the audit log.
    expect(JSON.stringify(entries)).not.toContain('B2.1')

    const list = await api.get(`/api/v1/customers/${id}/language-tests`)
    expect(list.statusCode).toBe(200)
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([
      reached.json().id,
      below.json().id,
    ])
    const reads = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('customer_id', '=', id)
      .where('access', '=', 'read')
      .execute()
    expect(reads).toEqual([
      {
        action: 'language-test.list',
        details: { languageTestIds: [reached.json().id, below.json().id] },
      },
    ])
  })

  it('refuses bad input and closed cases, storing nothing', async () => {
    const { id } = await insertCustomer(t.database.db)
    const { id: closed } = await insertCustomer(t.database.db, { closedOn: '2026-01-01' })
    const results = { reading: 'B1.1' }
    const cases: [string, string, object, number, string][] = [
      [
        'taken in the future',
        id,
        { takenOn: '2026-03-03', language: 'sv', results },
        400,
        'takenOn',
      ],
      [
        'before the birth date',
        id,
        { takenOn: '1990-05-13', language: 'sv', results },
        400,
        'takenOn',
      ],
      ['no results', id, { takenOn: '2026-03-01', language: 'sv', results: {} }, 400, 'results'],
      [
        'unknown level',
        id,
        { takenOn: '2026-03-01', language: 'sv', results: { reading: 'B3' } },
        400,
        'results.reading',
      ],
      [
        'unknown skill',
        id,
        { takenOn: '2026-03-01', language: 'sv', results: { grammar: 'B1.1' } },
        400,
        'results.grammar',
      ],
      ['another language', id, { takenOn: '2026-03-01', language: 'en', results }, 400, 'language'],
      [
        'a closed case',
        closed,
        { takenOn: '2025-12-01', language: 'fi', results },
        422,
        'customer',
      ],
    ]
    for (const [what, customerId, payload, status, path] of cases) {
      const before = await caseworkCounts(t.database.db, customerId)
      const problem = expectProblem(
        await api.post(`/api/v1/customers/${customerId}/language-tests`, payload),
        status,
      )
      expect(
        problem.errors?.map((e) => e.path),
        what,
      ).toContain(path)
      expect(await caseworkCounts(t.database.db, customerId), what).toEqual(before)
    }
    const other = apiAs(t.app, await t.token(await t.user('counselor', 'employment-jakobstad')))
    expectProblem(
      await other.post(`/api/v1/customers/${id}/language-tests`, {
        takenOn: '2026-03-01',
        language: 'sv',
        results,
      }),
      404,
    )
    expectProblem(await other.get(`/api/v1/customers/${id}/language-tests`), 404)
  })
})
