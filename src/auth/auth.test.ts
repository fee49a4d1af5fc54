import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createTestApp,
  expectProblem,
  sessionCookie,
  TEST_PASSWORD,
  type TestApp,
} from '../../test/test-app.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/session', payload: { email, password }, headers })

describe('sign-in with a session cookie', () => {
  it('sets an HttpOnly, SameSite=Strict cookie and answers who signed in', async () => {
    const user = await t.user('counselor', 'employment-jakobstad')
    const response = await signIn(user.email.toUpperCase(), TEST_PASSWORD)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toEqual({ user })
    const cookie = response.cookies.find((c) => c.name === 'porten_session')!
    expect(cookie.httpOnly).toBe(true)
    expect(cookie.sameSite).toBe('Strict')
    expect(cookie.path).toBe('/')

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { cookie: sessionCookie(response) },
    })
    expect(me.statusCode).toBe(200)
    expect(me.json().user.org).toBe('employment-jakobstad')
  })

  it('signs out: the cookie no longer works', async () => {
    const user = await t.user('manager')
    const cookie = await t.signIn(user.email)
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, origin: 'https://porten.example', host: 'porten.example' },
    })
    expect(out.statusCode).toBe(204)
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })
    expectProblem(me, 401)
  })

  it('expires sessions', async () => {
    const user = await t.user('admin')
    const cookie = await t.signIn(user.email)
    t.clock.advance(11 * 3_600_000)
    expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } }),
      401,
    )
    t.clock.advance(-11 * 3_600_000)
  })

  it('answers a wrong password and an unknown e-mail alike, with 401', async () => {
    const user = await t.user('counselor')
    const wrong = expectProblem(await signIn(user.email, 'not the password'), 401)
    const unknown = expectProblem(await signIn('nobody@example.test', 'whatever'), 401)
    expect(wrong.detail).toBe(unknown.detail)
    expect((await signIn(user.email, 'not the password')).cookies).toEqual([])
  })

  it('validates the body: field paths and reasons, unknown fields refused', async () => {
    const bad = expectProblem(await signIn('not-an-email', ''), 400)
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['email', 'password'])
    const extra = expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'a@example.test', password: 'x', admin: true },
      }),
      400,
    )
    expect(extra.errors).toContainEqual({ path: 'admin', message: 'unknown field' })
    const wrongType = expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 5, password: ['x'] },
      }),
      400,
    )
    expect(wrongType.errors?.length).toBe(2)
  })

  it('refuses malformed JSON and bodies over 1 MiB with problem+json', async () => {
    const malformed = expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: '{"email": ',
        headers: { 'content-type': 'application/json' },
      }),
      400,
    )
    expect(malformed.detail).toMatch(/JSON/)
    const huge = expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(1024 * 1024) }),
        headers: { 'content-type': 'application/json' },
      }),
      413,
    )
    expect(huge.title).toBe('Body too large')
  })

  it('slows repeated failures and then refuses them with 429 and Retry-After', async () => {
    const user = await t.user('front-desk')
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) statuses.push((await signIn(user.email, `wrong ${i}`)).statusCode)
    expect(statuses).toEqual(Array(8).fill(401))
    const refused = await signIn(user.email, TEST_PASSWORD)
    expectProblem(refused, 429)
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    // Refused even with the right password until the window has passed.
    t.clock.advance(16 * 60_000)
    expect((await signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200)
  })

  it('refuses a sign-in posted from another site', async () => {
    const user = await t.user('counselor')
    const response = await signIn(user.email, TEST_PASSWORD, {
      origin: 'https://evil.example',
      host: 'porten.example',
    })
    expectProblem(response, 403)
  })
})

describe('cross-site protection of cookie-authenticated writes', () => {
  it('refuses a write with a foreign Origin or with neither Origin nor Sec-Fetch-Site', async () => {
    const user = await t.user('admin')
    const cookie = await t.signIn(user.email)
    const foreign = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, origin: 'https://evil.example', host: 'porten.example' },
    })
    expectProblem(foreign, 403)
    expectProblem(
      await t.app.inject({ method: 'DELETE', url: '/api/v1/session', headers: { cookie } }),
      403,
    )
    const sameOrigin = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie, 'sec-fetch-site': 'same-origin' },
    })
    expect(sameOrigin.statusCode).toBe(204)
  })
})

describe('bearer tokens', () => {
  it('authenticate machine clients', async () => {
    const user = await t.user('counselor', 'wellbeing-ostrobothnia')
    const token = await t.token(user)
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/session',
      headers: { authorization: `Bearer ${token}` },
    })
    expect(me.statusCode).toBe(200)
    expect(me.json().user.id).toBe(user.id)
  })

  it('are stored only as hashes', async () => {
    const user = await t.user('counselor')
    const token = await t.token(user)
    const rows = await t.database.db.selectFrom('api_token').select('token_hash').execute()
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.some((r) => r.token_hash.includes(token) || token.includes(r.token_hash))).toBe(
      false,
    )
  })

  it('refuse forged, malformed, revoked and expired tokens with 401', async () => {
    const user = await t.user('counselor')
    const token = await t.token(user)
    const get = (authorization: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { authorization } })
    expectProblem(await get(`Bearer prt_${'A'.repeat(43)}`), 401)
    expectProblem(await get('Bearer not-a-token'), 401)
    expectProblem(await get(`Basic ${Buffer.from('a:b').toString('base64')}`), 401)
    await t.database.db.updateTable('api_token').set({ revoked_at: t.clock.now() }).execute()
    expectProblem(await get(`Bearer ${token}`), 401)
    const second = await t.token(user)
    await t.database.db
      .updateTable('api_token')
      .set({ revoked_at: null, expires_at: t.clock.now() })
      .execute()
    expectProblem(await get(`Bearer ${second}`), 401)
  })

  it('need no cross-site check: they are not sent by browsers on their own', async () => {
    const user = await t.user('admin')
    const token = await t.token(user)
    const response = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { authorization: `Bearer ${token}`, origin: 'https://elsewhere.example' },
    })
    expect(response.statusCode).toBe(204)
  })
})
