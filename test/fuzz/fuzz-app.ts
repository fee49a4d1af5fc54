import fc from 'fast-check'
import type { LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import { createSession } from '../../src/auth/auth.queries.js'
import { createTestApp, type TestApp } from '../test-app.js'
import { type KnownGoodRequest, knownGoodRequests, seedRecords } from './fuzz-fixtures.js'
import { discoverRoutes, type RouteSpec, routeOf } from './fuzz-routes.js'
import { type Known, SchemaArbitraries } from './json-schema-arbitrary.js'

// The fuzz tests' app (issue 7): seeded records, a caller for each role, the
// routes as the app lists them, and the checks every answer must pass:
// never a 5xx, every 4xx a problem document, no polluted prototype, and a
// refused request (or a read) changes no table beyond what is documented.

export const NOW = '2026-03-02T09:00:00Z'

/** FUZZ_SEED reproduces a run; FUZZ_RUNS scales every property's number of runs. */
export const fuzzSeed = Number(process.env.FUZZ_SEED ?? 20260302)
export const runScale = Number(process.env.FUZZ_RUNS ?? 1)

export const principalNames = [
  'signed-out',
  'counselor',
  'counselor-session',
  'manager',
  'admin',
  'front-desk',
] as const
export type PrincipalName = (typeof principalNames)[number]

export interface FuzzRequest {
  principal: PrincipalName
  method: string
  url: string
  /** Besides the principal's credentials, which are added when it is sent; these win. */
  headers: Record<string, string>
  payload?: string | Buffer
  /** What kind of input this is, for the failure message. */
  kind: string
}

export interface FuzzApp {
  t: TestApp
  known: Known
  arbitraries: SchemaArbitraries
  routes: RouteSpec[]
  /** Per route name, requests known to succeed on the seeded records. */
  knownGood: Record<string, fc.Arbitrary<KnownGoodRequest>>
  /** Sends one request and applies every check; returns the answer. */
  exercise(request: FuzzRequest): Promise<LightMyRequestResponse>
  /** Answers by route and status class, for FUZZ_STATS=1. */
  statistics: Map<string, Record<string, number>>
}

export async function startFuzzApp(): Promise<FuzzApp> {
  const t = await createTestApp({
    now: NOW,
    // The rate limit is tested in its own file; here it would only answer 429.
    routingRateLimit: { max: 1_000_000, timeWindow: '1 minute' },
  })
  const db = t.database.db
  const counselor = await t.user('counselor', 'integration-unit')
  const sessionCounselor = await t.user('counselor', 'integration-unit')
  const bearer = async (role: 'counselor' | 'manager' | 'admin' | 'front-desk') => {
    const user = role === 'counselor' ? counselor : await t.user(role, 'integration-unit')
    return { authorization: `Bearer ${await t.token(user)}` }
  }
  const newSession = async () => ({
    cookie: `porten_session=${await createSession(db, sessionCounselor.id, t.clock.now(), 10)}`,
  })
  const principals: Record<PrincipalName, Record<string, string>> = {
    'signed-out': {},
    counselor: await bearer('counselor'),
    'counselor-session': await newSession(),
    manager: await bearer('manager'),
    admin: await bearer('admin'),
    'front-desk': await bearer('front-desk'),
  }

  const seeded = await seedRecords(t, principals, counselor.email)
  const slugs = (
    await db.selectFrom('directory_entry').select('id').orderBy('id').limit(6).execute()
  ).map((r) => r.id)
  const known: Known = {
    uuids: Object.values(seeded.ids).flat(),
    idsByName: {
      ...seeded.ids,
      customerId: seeded.ids.customers ?? [],
      assessmentId: seeded.ids.assessments ?? [],
    },
    slugs: [...new Set([...slugs, seeded.entry, seeded.retirableEntry])],
    today: NOW.slice(0, 10),
    now: new Date(NOW),
  }
  const routes = await discoverRoutes(t)
  const tables = await tableNames(t)
  let baseline = await fingerprint(t, tables)
  let lastTransaction = await nextTransactionId(t)
  const statistics = new Map<string, Record<string, number>>()
  // The version of every record an answer showed, so known-good saves name the current one.
  const versions = new Map<string, number>()

  return {
    t,
    known,
    arbitraries: new SchemaArbitraries(known),
    routes,
    knownGood: knownGoodRequests(seeded, (id) => versions.get(id) ?? 1),
    statistics,
    async exercise(request) {
      const response = await t.app.inject({
        method: request.method as 'GET',
        url: request.url,
        // The caller's credentials as they are now (a session is renewed after a sign-out).
        headers: { ...principals[request.principal], ...request.headers },
        ...(request.payload === undefined ? {} : { payload: request.payload }),
      })
      const status = response.statusCode
      count(statistics, `${request.method} ${routeOf(request.url, routes)}`, status)
      if (status < 300) noteVersion(versions, response)
      const context = () =>
        `${request.method} ${shorten(request.url)} as ${request.principal} (${request.kind}) → ${status}: ${shorten(response.body)}`

      if (status >= 500 && !isDocumentedUnavailable(request, response)) {
        throw new Error(`server error: ${context()}`)
      }
      if (status >= 400 && request.method !== 'HEAD') expectProblemDocument(response, context)
      if ('polluted' in {} || Object.keys(Object.prototype).length > 0) {
        throw new Error(`Object.prototype was polluted: ${context()}`)
      }

      // No transaction id handed out since the last look: nothing was written.
      const transaction = await nextTransactionId(t)
      if (transaction !== lastTransaction) {
        lastTransaction = transaction
        const after = await fingerprint(t, tables)
        const changed = Object.keys(after).filter((table) => after[table] !== baseline[table])
        const allowed = allowedWrites(request, status)
        const unexpected = changed.filter((table) => !allowed.includes(table))
        if (unexpected.length > 0 && (status >= 400 || isSafe(request.method))) {
          const why = status >= 400 ? `it was refused with ${status}` : 'it only reads'
          throw new Error(`changed ${unexpected.join(', ')} although ${why}: ${context()}`)
        }
        baseline = after
      }
      // Signing out ends the session caller's session: start a new one.
      if (
        request.principal === 'counselor-session' &&
        request.method === 'DELETE' &&
        request.url.startsWith('/api/v1/session') &&
        status === 204
      ) {
        principals['counselor-session'] = await newSession()
        baseline = await fingerprint(t, tables)
        lastTransaction = await nextTransactionId(t)
      }
      return response
    },
  }
}

// ---------------------------------------------------------------------------
// Checks

function expectProblemDocument(response: LightMyRequestResponse, context: () => string) {
  const type = String(response.headers['content-type'] ?? '')
  if (!type.startsWith('application/problem+json')) {
    throw new Error(`a ${response.statusCode} that is not problem+json (${type}): ${context()}`)
  }
  const body = response.json() as { status?: unknown; title?: unknown }
  if (body.status !== response.statusCode || typeof body.title !== 'string' || !body.title) {
    throw new Error(`a malformed problem document: ${context()}`)
  }
}

/** The test app has no staff app build: /app/ says so with 503 (src/http/staff-app.ts). */
function isDocumentedUnavailable(request: FuzzRequest, response: LightMyRequestResponse) {
  return (
    response.statusCode === 503 &&
    request.url.startsWith('/app') &&
    (request.method === 'HEAD' ||
      response.json<{ title?: string }>().title === 'Staff app not built')
  )
}

function isSafe(method: string) {
  return method === 'GET' || method === 'HEAD'
}

/**
 * The writes a request may make although it was refused or only read:
 * - a failed sign-in (401) is recorded in sign_in_failure, so the throttle
 *   holds across restarts and processes (decisions.md, "Sign-in");
 * - a read that succeeds is audited (decisions.md, "Reads are audited too");
 * - signing out removes the session, and expired ones with it.
 */
function allowedWrites(request: FuzzRequest, status: number): string[] {
  const path = request.url.split('?')[0]
  if (path === '/api/v1/session' && request.method === 'POST' && status === 401) {
    return ['sign_in_failure']
  }
  if (path === '/api/v1/session' && request.method === 'DELETE' && status === 204) {
    return ['user_session']
  }
  if (isSafe(request.method) && status < 300) return ['audit_log']
  return []
}

async function tableNames(t: TestApp): Promise<string[]> {
  const result = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(
    t.database.db,
  )
  return result.rows.map((r) => r.name)
}

/**
 * The next transaction id PostgreSQL will hand out. Every write, even one
 * rolled back, takes an id; so while this stays the same no table changed and
 * the fingerprint need not be taken. (On a shared server other databases'
 * transactions move it too: that only costs a fingerprint.)
 */
async function nextTransactionId(t: TestApp): Promise<string> {
  const result = await sql<{ next: string }>`
    select pg_snapshot_xmax(pg_current_snapshot())::text as next`.execute(t.database.db)
  return result.rows[0]!.next
}

/** Row count and a hash of every row, per table: cheap enough to take after every write. */
async function fingerprint(t: TestApp, tables: readonly string[]) {
  const parts = tables.map(
    (table) =>
      `select '${table}' as name, count(*)::text || ':' || md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as print from "${table}" t`,
  )
  const result = await sql
    .raw<{ name: string; print: string }>(parts.join(' union all '))
    .execute(t.database.db)
  return Object.fromEntries(result.rows.map((r) => [r.name, r.print])) as Record<string, string>
}

function noteVersion(versions: Map<string, number>, response: LightMyRequestResponse) {
  const type = String(response.headers['content-type'])
  if (!type.startsWith('application/json') || response.body === '') return
  const body = response.json() as { id?: unknown; version?: unknown }
  if (typeof body.id === 'string' && typeof body.version === 'number') {
    versions.set(body.id, body.version)
  }
}

// ---------------------------------------------------------------------------
// Reporting

function count(statistics: FuzzApp['statistics'], route: string, status: number) {
  const counts = statistics.get(route) ?? {}
  const key = `${Math.floor(status / 100)}xx`
  counts[key] = (counts[key] ?? 0) + 1
  statistics.set(route, counts)
}

/** Answers per route and status class. */
export function summary(fuzz: FuzzApp): string {
  return [...fuzz.statistics]
    .map(([route, counts]) => `${route.padEnd(55)} ${JSON.stringify(counts)}`)
    .join('\n')
}

/** Counterexamples print shortened: a hostile request can be a megabyte. */
export function printable(request: FuzzRequest): FuzzRequest {
  return Object.assign(request, {
    [fc.toStringMethod]: () =>
      JSON.stringify({
        ...request,
        url: shorten(request.url),
        headers: Object.fromEntries(
          Object.entries(request.headers).map(([k, v]) => [k, shorten(v)]),
        ),
        ...(request.payload === undefined ? {} : { payload: shorten(String(request.payload)) }),
      }),
  })
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text
}

/** A property's settings: a seed per route, so a CI run is reproducible. */
export function runSettings(routeName: string, numRuns: number): fc.Parameters<unknown> {
  let seed = fuzzSeed
  for (const c of routeName) seed = (Math.imul(seed, 31) + c.charCodeAt(0)) | 0
  return { seed, numRuns: Math.max(1, Math.round(numRuns * runScale)) }
}
