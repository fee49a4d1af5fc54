import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../src/app.js'
import { createApiToken } from '../src/auth/auth.queries.js'
import { hashPassword } from '../src/auth/secrets.js'
import { loadConfig } from '../src/config.js'
import type { Database } from '../src/db/database.js'
import type { Role, StaffOrganisationId } from '../src/shared/organisations.js'
import { FixedClock } from '../src/shared/time/clock.js'
import type { User } from '../src/users/users.js'
import { insertUser } from '../src/users/users.queries.js'
import { testDatabase } from './test-db.js'

export const TEST_PASSWORD = 'correct horse battery staple'
let passwordHash: Promise<string> | undefined

export interface TestApp {
  app: FastifyInstance
  database: Database
  clock: FixedClock
  /** Adds a user with TEST_PASSWORD (fixture builder, STYLE.md rule 10). */
  user(role: Role, org?: StaffOrganisationId, email?: string): Promise<User>
  token(user: User): Promise<string>
  /** Signs in through the API and returns the session cookie header value. */
  signIn(email: string, password?: string): Promise<string>
  close(): Promise<void>
}

let counter = 0

export async function createTestApp(
  options: {
    now?: string
    throttle?: object
    routingRateLimit?: { max: number; timeWindow: string }
  } = {},
): Promise<TestApp> {
  const database = await testDatabase()
  const clock = FixedClock.at(options.now ?? '2026-03-02T09:00:00Z')
  const config = { ...loadConfig({}), secureCookies: false as const }
  const app = await buildApp(
    {
      database,
      clock,
      config,
      signInThrottle: { baseDelayMs: 1, maxDelayMs: 5, ...options.throttle },
      ...(options.routingRateLimit ? { routingRateLimit: options.routingRateLimit } : {}),
    },
    { logger: false, staffAppRoot: '/nonexistent' },
  )
  await app.ready()
  return {
    app,
    database,
    clock,
    async user(role, org = 'integration-unit', email) {
      passwordHash ??= hashPassword(TEST_PASSWORD)
      counter += 1
      return insertUser(
        database.db,
        {
          email: email ?? `${role}.${counter}@example.test`,
          name: `Test ${role} ${counter}`,
          org,
          role,
          passwordHash: await passwordHash,
        },
        clock.now(),
      )
    },
    token: (user) => createApiToken(database.db, user.id, clock.now()),
    async signIn(email, password = TEST_PASSWORD) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email, password },
      })
      if (response.statusCode !== 200)
        throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`)
      return sessionCookie(response)
    },
    async close() {
      await app.close()
      await database.close()
    },
  }
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'porten_session')
  if (!cookie) throw new Error('no session cookie set')
  return `porten_session=${cookie.value}`
}

export function expectProblem(response: LightMyRequestResponse, status: number) {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`)
  }
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`expected problem+json, got ${response.headers['content-type']}`)
  }
  const body = response.json() as {
    status: number
    title: string
    detail?: string
    errors?: Array<{ path: string; message: string }>
  }
  if (body.status !== status || !body.title) throw new Error(`malformed problem: ${response.body}`)
  return body
}
