import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { api, newCustomerBody } from '../../src/customers/customers.fixtures.js'
import { createTestApp, expectProblem, type TestApp } from '../test-app.js'

// What the route fuzzer found (issue 7), replayed as the requests it sent.
// Each was a 500 (or text silently changed) before its fix; now a 400 with
// nothing stored. Runs on both engines: the failures were PostgreSQL's.

let t: TestApp
let counselor: ReturnType<typeof api>
let deskToken: string
beforeAll(async () => {
  t = await createTestApp()
  counselor = api(t, await t.token(await t.user('counselor')))
  deskToken = await t.token(await t.user('front-desk'))
})
afterAll(() => t.close())

const count = async (table: 'customer' | 'assessment' | 'plan') =>
  Number(
    (
      await t.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe('text PostgreSQL cannot keep as typed', () => {
  it('refuses NUL in a name (was 500: PostgreSQL refuses 0x00 in text)', async () => {
    const before = await count('customer')
    const response = await counselor.post(
      '/api/v1/customers',
      newCustomerBody({ firstName: 'Testa\u0000', lastName: 'Exempelsson\u0000' }),
    )
    const problem = expectProblem(response, 400)
    expect(problem.errors?.map((e) => e.path)).toEqual(['firstName', 'lastName'])
    expect(await count('customer')).toBe(before)
  })

  it('refuses a lone surrogate (was stored as U+FFFD without a word)', async () => {
    const response = await counselor.post(
      '/api/v1/customers',
      newCustomerBody({ firstName: 'Testa\uD800' }),
    )
    expect(expectProblem(response, 400).errors).toEqual([
      { path: 'firstName', message: 'must not contain control characters' },
    ])
  })

  it('refuses NUL in an assessment’s content (was 500: PostgreSQL refuses \\u0000 in jsonb)', async () => {
    const { id } = await counselor.register()
    const before = await count('assessment')
    const response = await counselor.post(`/api/v1/customers/${id}/assessments`, {
      kind: 'standard',
      completedOn: '2026-03-01',
      content: { goals: 'Arbete inom vården\u0000', education: 'Gymnasium\u0000' },
    })
    expect(expectProblem(response, 400).errors?.map((e) => e.path)).toEqual([
      'content.goals',
      'content.education',
    ])
    expect(await count('assessment')).toBe(before)
  })

  it('refuses NUL in a search and in a made-up search cursor (were 500)', async () => {
    expectProblem(await counselor.get('/api/v1/customers?q=testa%00'), 400)
    const cursor = Buffer.from(
      JSON.stringify(['testa\u0000', 'testa', '00000000-0000-4000-8000-000000000000']),
    ).toString('base64url')
    const problem = expectProblem(await counselor.get(`/api/v1/customers?cursor=${cursor}`), 400)
    expect(problem.errors).toEqual([
      { path: 'cursor', message: 'is not a cursor this search gave' },
    ])
  })
})

describe('versions past PostgreSQL’s integer', () => {
  it('refuses them as no saved version (was 500: integer out of range)', async () => {
    const { id } = await counselor.register()
    for (const version of [2 ** 31, Number.MAX_SAFE_INTEGER]) {
      const response = await counselor.patch(`/api/v1/customers/${id}`, {
        version,
        firstName: 'Testa',
      })
      expect(expectProblem(response, 400).errors).toEqual([
        { path: 'version', message: 'is no saved version' },
      ])
    }
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/visits/00000000-0000-4000-8000-000000000000?version=${2 ** 31}`,
      headers: { authorization: `Bearer ${deskToken}` },
    })
    expectProblem(response, 400)
  })
})

describe('addresses the router cannot read', () => {
  // Fastify answers these before any route or error handler; without its
  // `frameworkErrors` option the answer is application/json echoing the path.
  it('answers bad percent-encoding with a problem document (was application/json)', async () => {
    const response = await counselor.get('/api/v1/customers/%ZZ')
    expectProblem(response, 400)
    expect(response.body).not.toContain('%ZZ')
  })

  it('answers a path parameter over 100 characters with a problem document (was application/json)', async () => {
    const response = await counselor.get(`/api/v1/plans/${'a'.repeat(300)}`)
    expectProblem(response, 414)
    expect(response.body).not.toContain('a'.repeat(300))
  })
})
