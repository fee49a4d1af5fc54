import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import { api, newCustomerBody } from './customers.fixtures.js'

// Who may call the customer routes (issue 4, "Responsibility and access";
// STYLE.md rule 3 keeps permission tests in their own file): counsellors of an
// organisation serving the customer. Front-desk staff, managers and admins
// see no customer records (403); a customer another organisation serves is
// answered as unknown (404), so the answer does not reveal them.

let t: TestApp
let customerId: string

beforeAll(async () => {
  t = await createTestApp()
  const owner = api(t, await t.token(await t.user('counselor', 'integration-unit')))
  customerId = (await owner.register({ firstName: 'Sekreta', lastName: 'Provinen' })).id
})
afterAll(() => t.close())

/** Every customer route; the closure names the version after the PATCH before it has run. */
const routes = (closureVersion = 1) =>
  [
    ['POST', '/api/v1/customers', newCustomerBody()],
    ['GET', `/api/v1/customers/${customerId}`, undefined],
    ['GET', '/api/v1/customers?q=provinen', undefined],
    ['PATCH', `/api/v1/customers/${customerId}`, { version: 1, phone: '+358 40 000 0009' }],
    [
      'POST',
      `/api/v1/customers/${customerId}/closure`,
      { version: closureVersion, closedOn: '2026-03-02', reason: 'other' },
    ],
    ['GET', `/api/v1/customers/${customerId}/timeline`, undefined],
  ] as const

const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload: unknown, token?: string) =>
  t.app.inject({
    method,
    url,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  })

const customerRows = () => t.database.db.selectFrom('customer').selectAll().orderBy('id').execute()

describe('the customer routes', () => {
  it('answer 401 to a caller who is not signed in', async () => {
    for (const [method, url, payload] of routes()) {
      expectProblem(await call(method, url, payload), 401)
    }
  })

  it.each(['front-desk', 'manager', 'admin'] as const)(
    'answer 403 to %s staff, even of an organisation serving the customer',
    async (role) => {
      const before = await customerRows()
      const token = await t.token(await t.user(role, 'integration-unit'))
      for (const [method, url, payload] of routes()) {
        expectProblem(await call(method, url, payload, token), 403)
      }
      expect(await customerRows()).toEqual(before)
    },
  )

  it("answer 404 to another organisation's counsellor and hide the customer from search", async () => {
    const before = await customerRows()
    const token = await t.token(await t.user('counselor', 'employment-ostrobothnia'))
    for (const [method, url, payload] of routes().slice(1)) {
      if (url.includes('?')) {
        const page = await call(method, url, payload, token)
        expect(page.json()).toEqual({ items: [], next: null })
      } else {
        expectProblem(await call(method, url, payload, token), 404)
      }
    }
    // Nor may they link to the customer as a relative, which would reveal them.
    const link = expectProblem(
      await call(
        'POST',
        '/api/v1/customers',
        newCustomerBody({
          municipality: 'nykarleby',
          unemployedJobSeeker: true,
          categories: [],
          familyLinks: [{ customerId, relation: 'sibling' }],
        }),
        token,
      ),
      400,
    )
    expect(link.errors).toEqual([
      {
        path: 'familyLinks.0.customerId',
        message: 'no such customer, or your organisation does not serve them',
      },
    ])
    expect(await customerRows()).toEqual(before)
    const reads = await t.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('customer_id', '=', customerId)
      .where('actor_organisation_id', '=', 'employment-ostrobothnia')
      .execute()
    expect(reads).toEqual([])
  })

  it('let a counsellor of a serving organisation in', async () => {
    const token = await t.token(await t.user('counselor', 'integration-unit'))
    for (const [method, url, payload] of routes(2)) {
      const response = await call(method, url, payload, token)
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300)
    }
  })
})
