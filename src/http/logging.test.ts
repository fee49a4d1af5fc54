import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabase } from '../../test/test-db.js'
import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import type { Database } from '../db/database.js'
import { FixedClock } from '../shared/time/clock.js'

// Request logs carry the route's pattern, status and time: never query
// strings, bodies, cookies, tokens or e-mail addresses.

const lines: string[] = []
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk))
    done()
  },
})
let database: Database
let app: Awaited<ReturnType<typeof buildApp>>

beforeAll(async () => {
  database = await testDatabase()
  app = await buildApp(
    { database, clock: FixedClock.at('2026-03-02T09:00:00Z'), config: loadConfig({}) },
    { logger: { level: 'info', stream }, staffAppRoot: '/nonexistent' },
  )
})
afterAll(async () => {
  await app.close()
  await database.close()
})

describe('request logs', () => {
  it('leave out query strings, bodies, headers and personal data', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/v1/session?name=Testinen',
      payload: { email: 'secret.person@example.test', password: 'hunter2-password' },
      headers: {
        cookie: 'porten_session=abc123cookievalue',
        authorization: 'Bearer prt_sometokenvalue',
      },
    })
    await app.inject({ method: 'GET', url: '/api/v1/unknown/010190-999X?q=Testinen' })
    await app.inject({ method: 'GET', url: '/healthz' })
    const text = lines.join('')
    expect(lines.length).toBeGreaterThanOrEqual(3)
    for (const secret of [
      'Testinen',
      'secret.person',
      'hunter2',
      'abc123cookie',
      'sometokenvalue',
      '010190-999X',
    ]) {
      expect(text).not.toContain(secret)
    }
    const entries = lines.map((l) => JSON.parse(l))
    expect(entries).toContainEqual(expect.objectContaining({ route: '/healthz', status: 200 }))
    expect(entries).toContainEqual(expect.objectContaining({ route: '(no route)', status: 404 }))
  })
})
