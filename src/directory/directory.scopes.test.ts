import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import { directoryApi, directoryCounts, newEntryBody } from './directory.fixtures.js'

// Who may call the directory routes (STYLE.md rule 3: permission tests in
// their own file). Reading what the guide shows and the exports needs no
// sign-in; everything else is for administrators only: 401 without a
// sign-in, 403 for every other role, and nothing is stored either way.

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const adminRoutes = () =>
  [
    ['GET', '/api/v1/directory/entries', undefined],
    ['GET', '/api/v1/directory/entries/optima', undefined],
    ['GET', '/api/v1/directory/entries/optima/history', undefined],
    ['POST', '/api/v1/directory/entries', newEntryBody()],
    ['PATCH', '/api/v1/directory/entries/optima', { version: 1, website: 'https://example.org' }],
    ['POST', '/api/v1/directory/entries/optima/retire', { version: 1 }],
    ['POST', '/api/v1/directory/entries/optima/restore', { version: 1 }],
    ['POST', '/api/v1/directory/hsds', { contents: [] }],
  ] as const

const publicRoutes = [
  '/api/v1/directory',
  '/api/v1/directory/hsds',
  '/api/v1/directory/ptv/service-locations',
] as const

describe('directory permissions', () => {
  it('answers 401 without a sign-in and 403 to every role but admin, storing nothing', async () => {
    const before = await directoryCounts(t.database.db)
    const others = await Promise.all(
      (['counselor', 'front-desk', 'manager'] as const).map(async (role) =>
        directoryApi(t.app, await t.token(await t.user(role))),
      ),
    )
    for (const [method, url, body] of adminRoutes()) {
      const anonymous = directoryApi(t.app)
      const send = (api: ReturnType<typeof directoryApi>) =>
        method === 'GET'
          ? api.get(url)
          : method === 'POST'
            ? api.post(url, body)
            : api.patch(url, body)
      expectProblem(await send(anonymous), 401)
      for (const api of others) expectProblem(await send(api), 403)
    }
    expect(await directoryCounts(t.database.db)).toEqual(before)
  })

  it('lets an administrator of any organisation use the admin routes', async () => {
    const admin = directoryApi(t.app, await t.token(await t.user('admin', 'employment-jakobstad')))
    expect((await admin.get('/api/v1/directory/entries')).statusCode).toBe(200)
    expect((await admin.post('/api/v1/directory/entries', newEntryBody())).statusCode).toBe(201)
  })

  it('serves the guide and the exports without a sign-in', async () => {
    for (const url of publicRoutes) {
      expect((await directoryApi(t.app).get(url)).statusCode, url).toBe(200)
    }
  })

  it('refuses a cross-site write made with an administrator’s session cookie', async () => {
    const admin = await t.user('admin')
    const cookie = await t.signIn(admin.email)
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/directory/entries/optima/retire',
      headers: { cookie, origin: 'https://evil.example' },
      payload: { version: 1 },
    })
    expectProblem(response, 403)
  })
})
