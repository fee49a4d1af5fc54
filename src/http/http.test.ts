import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('plumbing every route uses', () => {
  it('answers unknown routes with a problem+json 404', async () => {
    const body = expectProblem(
      await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here?x=1' }),
      404,
    )
    expect(body.detail).not.toContain('x=1')
  })

  it('sends security headers with a strict Content-Security-Policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' })
    const csp = String(response.headers['content-security-policy'])
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['referrer-policy']).toBe('no-referrer')
  })

  it('healthz asks the database', async () => {
    const ok = await t.app.inject({ method: 'GET', url: '/healthz' })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toEqual({ status: 'ok' })
  })

  it('serves the OpenAPI document generated from the zod schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })
    expect(response.statusCode).toBe(200)
    const doc = response.json()
    expect(doc.openapi).toBe('3.1.0')
    expect(
      doc.paths['/api/v1/session'].post.requestBody.content['application/json'].schema.required,
    ).toEqual(['email', 'password'])
    expect(doc.paths['/api/v1/audit'].get).toBeDefined()
  })

  it('refuses unsupported content types', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: 'email=a',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expectProblem(response, 415)
  })
})

describe('when the database does not answer', () => {
  it('healthz and the API say 503 with Retry-After, and the server keeps serving', async () => {
    const { buildApp } = await import('../app.js')
    const { openPostgres } = await import('../db/database.js')
    const { loadConfig } = await import('../config.js')
    // Nothing listens on port 1: every connection is refused at once.
    const database = openPostgres('postgres://porten@127.0.0.1:1/porten', 1)
    const app = await buildApp(
      { database, clock: t.clock, config: loadConfig({}) },
      { logger: false, staffAppRoot: '/nonexistent' },
    )
    try {
      const health = await app.inject({ method: 'GET', url: '/healthz' })
      expectProblem(health, 503)
      expect(health.headers['retry-after']).toBe('5')
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'someone@example.test', password: 'whatever' },
      })
      expectProblem(signIn, 503)
      // Still serving what needs no database.
      expect((await app.inject({ method: 'GET', url: '/sv/' })).statusCode).toBe(200)
    } finally {
      await app.close()
      await database.close()
    }
  })
})
