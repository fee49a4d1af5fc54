import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { Queryable } from '../db/database.js'

// Fixture builders for the visit tests (STYLE.md rule 10).

/** The visit routes as one caller: a bearer token, or nobody. */
export function visitApi(app: FastifyInstance, token: string | undefined) {
  const headers = token ? { authorization: `Bearer ${token}` } : {}
  const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers,
      ...(payload ? { payload } : {}),
    }) as Promise<LightMyRequestResponse>
  return {
    record: (body: object) => send('POST', '/api/v1/visits', body),
    list: (query = '') => send('GET', `/api/v1/visits${query}`),
    correct: (id: string, body: object) => send('PATCH', `/api/v1/visits/${id}`, body),
    remove: (id: string, version: number | string) =>
      send('DELETE', `/api/v1/visits/${id}?version=${version}`),
    send,
  }
}

/** A visit at the main point in Jakobstad: Swedish, about work, at 10:30 on 2 March 2026 in Helsinki. */
export function visitBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    at: '2026-03-02T10:30:00+02:00',
    location: 'jakobstad',
    language: 'sv',
    topics: ['work'],
    ...overrides,
  }
}

/** A directory entry, as the directory's own routes would store it. */
export async function insertDirectoryEntry(db: Queryable, id: string, kind = 'third-sector') {
  const now = new Date('2026-01-01T10:00:00Z')
  await db
    .insertInto('directory_entry')
    .values({
      id,
      kind,
      municipalities: [],
      names: JSON.stringify({ sv: `Fiktiv förening ${id}` }),
      descriptions: JSON.stringify({}),
      languages: [],
      created_at: now,
      updated_at: now,
    })
    .execute()
}

export async function visitCount(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom('visit')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
