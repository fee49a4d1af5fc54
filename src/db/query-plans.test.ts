import type { FastifyInstance } from 'fastify'
import {
  CompiledQuery,
  createQueryId,
  type KyselyPlugin,
  type RootOperationNode,
  sql,
} from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabase } from '../../test/test-db.js'
import { buildApp } from '../app.js'
import { createApiToken, createSession } from '../auth/auth.queries.js'
import { loadConfig } from '../config.js'
import { FixedClock } from '../shared/time/clock.js'
import type { Database } from './database.js'

// Issue 7: every query on a hot path has an index its plan uses. The app
// runs its real routes over a database with a register's worth of rows
// (seedVolume below, then ANALYZE); every query a request sends is captured
// as Kysely compiled it (a plugin), and EXPLAINed with its parameters. The
// plans must use the indexes named for the path and read no large table
// whole, except where a path says which and why.
//
// PostgreSQL only (describe.skipIf without DATABASE_URL): plans are what
// production runs on PostgreSQL, and its planner statistics come from
// ANALYZE on a server; the embedded engine skips this file.

const onPostgres = Boolean(process.env.DATABASE_URL)

interface Captured {
  sql: string
  parameters: readonly unknown[]
}

interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  Plans?: PlanNode[]
}

let database: Database
let app: FastifyInstance
let volume: Volume
let captured: Captured[] = []
const clock = FixedClock.at('2026-03-02T09:00:00Z')

/** Records each query as compiled for the database, then lets it run. */
function captureQueries(db: Database['db']): KyselyPlugin {
  return {
    transformQuery({ node }: { node: RootOperationNode }) {
      const compiled = db.getExecutor().compileQuery(node, createQueryId())
      captured.push({ sql: compiled.sql, parameters: compiled.parameters })
      return node
    },
    async transformResult({ result }) {
      return result
    },
  }
}

beforeAll(async () => {
  if (!onPostgres) return
  database = await testDatabase()
  volume = await seedVolume(database.db)
  await sql`ANALYZE`.execute(database.db)
  const db = database.db.withPlugin(captureQueries(database.db))
  app = await buildApp(
    {
      database: { ...database, db },
      clock,
      config: { ...loadConfig({}), secureCookies: false as const },
    },
    { logger: false, staffAppRoot: '/nonexistent' },
  )
  await app.ready()
}, 180_000)

afterAll(async () => {
  await app?.close()
  await database?.close()
})

/** The plans of every query a request sends. */
async function plansOf(request: {
  url: string
  token?: string | undefined
  cookie?: string
}): Promise<Array<{ sql: string; plan: PlanNode }>> {
  captured = []
  const response = await app.inject({
    method: 'GET',
    url: request.url,
    headers: {
      ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
      ...(request.cookie ? { cookie: request.cookie } : {}),
    },
  })
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200)
  const plans = []
  for (const query of captured) {
    const explained = await database.db.executeQuery<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
      CompiledQuery.raw(`EXPLAIN (FORMAT JSON) ${query.sql}`, [...query.parameters]),
    )
    plans.push({ sql: query.sql, plan: explained.rows[0]!['QUERY PLAN'][0]!.Plan })
  }
  return plans
}

function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)]
}

function describePlan(plan: PlanNode, depth = 0): string {
  const here = `${'  '.repeat(depth)}${plan['Node Type']}${plan['Relation Name'] ? ` on ${plan['Relation Name']}` : ''}${plan['Index Name'] ? ` using ${plan['Index Name']}` : ''}`
  return [here, ...(plan.Plans ?? []).map((p) => describePlan(p, depth + 1))].join('\n')
}

// ---------------------------------------------------------------------------
// A register's worth of rows

const ORGS = sql`ARRAY['integration-unit','employment-jakobstad','employment-ostrobothnia','wellbeing-ostrobothnia']`

interface Volume {
  counselorId: string
  frontDeskId: string
  managerId: string
  adminId: string
  customerId: string
  planId: string
  identityCode: string
  birthDate: string
}

/**
 * 20 000 customers over eight years (19 in 20 closed, as years of the
 * programme leave them), their assessments, plans, reviews, participations and tests, 40 000
 * visits, 200 000 audit entries, 5 000 sessions and tokens, 500 directory
 * entries: enough that the planner prefers an index wherever one helps.
 * Fictional: names are made up, identity codes use individual numbers 900–999.
 */
async function seedVolume(db: Database['db']): Promise<Volume> {
  const run = (query: ReturnType<typeof sql>) => query.execute(db)
  await run(sql`
    INSERT INTO app_user (id, email, name, organisation_id, role, created_at, updated_at)
    SELECT gen_random_uuid(), 'user' || i || '@example.test', 'Test user ' || i,
      (${ORGS})[1 + i % 4], (ARRAY['counselor','front-desk','manager','admin'])[1 + (i / 4) % 4],
      now(), now()
    FROM generate_series(0, 199) i`)
  await run(sql`
    INSERT INTO customer (id, first_name, last_name, birth_date, personal_identity_code,
      municipality, job_seeker_status, categories, languages, arrived_on,
      responsible_organisations, closed_on, closure_reason, created_at, updated_at)
    SELECT gen_random_uuid(),
      (ARRAY['Amina','Yusuf','Olena','Farid','Hodan','Taras','Leyla','Omid'])[1 + i % 8],
      (ARRAY['Testberg','Provinen','Exempelsson','Fiktiva','Mallström','Demodotter'])[1 + i % 6]
        || chr(97 + (i / 6) % 26) || (i / 156),
      date '1950-01-01' + i, to_char(date '1950-01-01' + i, 'DDMMYY') || '-9' || lpad((i % 100)::text, 2, '0') || 'A',
      (ARRAY['jakobstad','kronoby','larsmo','nykarleby','pedersore'])[1 + i % 5], 'not',
      ARRAY['international-protection'], '[{"code":"ar","native":true}]',
      date '2018-03-01' + i % 2920,
      CASE WHEN i % 10 < 6 THEN ARRAY['integration-unit']
        WHEN i % 10 < 8 THEN ARRAY['employment-jakobstad']
        WHEN i % 10 = 8 THEN ARRAY['integration-unit','wellbeing-ostrobothnia']
        ELSE ARRAY['employment-ostrobothnia'] END,
      CASE WHEN i % 20 = 0 THEN NULL ELSE date '2018-03-01' + i % 2920 + 400 END,
      CASE WHEN i % 20 = 0 THEN NULL ELSE 'moved-away' END,
      now(), now()
    FROM generate_series(0, 19999) i`)
  await run(sql`
    INSERT INTO family_link (customer_id, relative_id, relation)
    SELECT a.id, b.id, 'spouse'
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM customer) a
      JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM customer) b ON b.n = a.n + 1
    WHERE a.n % 4 = 0`)
  const creator = sql`(SELECT id FROM app_user WHERE role = 'counselor' LIMIT 1)`
  await run(sql`
    INSERT INTO assessment (id, customer_id, kind, completed_on, organisations, created_by,
      created_at, updated_at)
    SELECT gen_random_uuid(), c.id, 'standard', c.arrived_on + 20, c.responsible_organisations,
      ${creator}, now(), now()
    FROM customer c WHERE c.birth_date - date '1950-01-01' < 16000`)
  await run(sql`
    INSERT INTO plan (id, customer_id, assessment_id, plan_type, starts_on, valid_until,
      next_review_due, primary_goal, organisations, ended_on, created_by, created_at, updated_at)
    SELECT gen_random_uuid(), a.customer_id, a.id, 'integration-plan', a.completed_on + 14,
      a.completed_on + 14 + 700, a.completed_on + 14 + 182, 'employment', a.organisations,
      CASE WHEN random() < 0.2 THEN a.completed_on + 200 END, ${creator}, now(), now()
    FROM assessment a WHERE random() < 0.75`)
  await run(sql`
    INSERT INTO plan_review (id, plan_id, reviewed_on, reason, created_by, created_at)
    SELECT gen_random_uuid(), p.id, p.starts_on + 180, 'scheduled', ${creator}, now()
    FROM plan p WHERE random() < 0.5`)
  await run(sql`
    INSERT INTO participation (id, customer_id, service, started_on, ended_on, created_by,
      created_at, updated_at)
    SELECT gen_random_uuid(), c.id,
      CASE WHEN random() < 0.5 THEN 'civic-orientation' ELSE 'integration-training' END,
      c.arrived_on + 40, CASE WHEN c.closed_on IS NOT NULL THEN c.arrived_on + 200 END, ${creator},
      now(), now()
    FROM customer c WHERE random() < 0.5`)
  await run(sql`
    INSERT INTO language_test (id, customer_id, taken_on, language, results, lowest_level,
      reached_target, created_by, created_at)
    SELECT gen_random_uuid(), c.id, c.arrived_on + 300, 'sv', '{"reading":"B1.1"}', 'B1.1',
      true, ${creator}, now()
    FROM customer c WHERE random() < 0.3`)
  await run(sql`
    INSERT INTO visit (id, at, visit_date, location, language, topics, recorded_by,
      recorded_at, updated_at)
    SELECT gen_random_uuid(), (date '2024-03-02' + i % 731)::timestamptz + interval '10 hours',
      date '2024-03-02' + i % 731, (ARRAY['jakobstad','nykarleby','kronoby','romporten'])[1 + i % 4],
      'sv', ARRAY['work'], desk.ids[1 + i % cardinality(desk.ids)], now(), now()
    FROM generate_series(0, 39999) i,
      (SELECT array_agg(id ORDER BY id) AS ids FROM app_user WHERE role = 'front-desk') desk`)
  await run(sql`
    INSERT INTO audit_log (at, actor_user_id, actor_email, actor_name, actor_organisation_id,
      actor_role, customer_id, action, access)
    SELECT now() - i * interval '1 minute', u.id, u.email, u.name, u.organisation_id, u.role,
      customers.ids[1 + i % cardinality(customers.ids)], 'customer.read', 'read'
    FROM generate_series(0, 199999) i,
      (SELECT array_agg(id ORDER BY id) AS ids FROM customer) customers,
      (SELECT * FROM app_user WHERE role = 'counselor' LIMIT 1) u`)
  await run(sql`
    INSERT INTO user_session (id_hash, user_id, created_at, last_seen_at, expires_at)
    SELECT md5('session' || i), u.id, now(), now(), now() + interval '10 hours'
    FROM generate_series(0, 4999) i CROSS JOIN (SELECT id FROM app_user LIMIT 1) u`)
  await run(sql`
    INSERT INTO api_token (id, token_hash, user_id, created_at)
    SELECT gen_random_uuid(), md5('token' || i), u.id, now()
    FROM generate_series(0, 4999) i CROSS JOIN (SELECT id FROM app_user LIMIT 1) u`)
  await run(sql`
    INSERT INTO directory_entry (id, kind, names, created_at, updated_at)
    SELECT 'fiktiv-post-' || i, 'third-sector', jsonb_build_object('sv', 'Fiktiv förening ' || i),
      now(), now()
    FROM generate_series(0, 499) i`)

  const one = async <T>(query: ReturnType<typeof sql<T>>) => (await query.execute(db)).rows[0]!
  const counselor = await one(sql<{ id: string }>`
    SELECT id FROM app_user WHERE role = 'counselor' AND organisation_id = 'integration-unit' LIMIT 1`)
  const frontDesk = await one(sql<{ id: string }>`
    SELECT id FROM app_user WHERE role = 'front-desk' LIMIT 1`)
  const manager = await one(sql<{ id: string }>`
    SELECT id FROM app_user WHERE role = 'manager' LIMIT 1`)
  const admin = await one(sql<{ id: string }>`
    SELECT id FROM app_user WHERE role = 'admin' LIMIT 1`)
  const customer = await one(sql<{ id: string; code: string; birth: string }>`
    SELECT c.id, c.personal_identity_code AS code, c.birth_date::text AS birth
    FROM customer c JOIN plan p ON p.customer_id = c.id
    WHERE c.closed_on IS NULL AND 'integration-unit' = ANY(c.responsible_organisations)
    LIMIT 1`)
  const plan = await one(sql<{ id: string }>`
    SELECT id FROM plan WHERE customer_id = ${customer.id} LIMIT 1`)
  // A customer read often: every read leaves an entry, and the log pages by key.
  await run(sql`
    INSERT INTO audit_log (at, actor_email, actor_name, actor_organisation_id, actor_role,
      customer_id, action, access)
    SELECT now() - i * interval '1 minute', 'user0@example.test', 'Test user 0',
      'integration-unit', 'counselor', ${customer.id}, 'customer.read', 'read'
    FROM generate_series(0, 999) i`)
  return {
    counselorId: counselor.id,
    frontDeskId: frontDesk.id,
    managerId: manager.id,
    adminId: admin.id,
    customerId: customer.id,
    planId: plan.id,
    identityCode: customer.code,
    birthDate: customer.birth,
  }
}

// ---------------------------------------------------------------------------
// The hot paths

interface HotPath {
  name: string
  /** The request, made once the volume is seeded. */
  request: () => Promise<{ url: string; token?: string; cookie?: string }>
  /** Indexes the plans must use. */
  indexes: string[]
  /** Large tables a plan may read whole, and why. */
  readsWhole?: Record<string, string>
}

const as =
  (role: 'counselorId' | 'frontDeskId' | 'managerId' | 'adminId', url: () => string) =>
  async () => ({ url: url(), token: await createApiToken(database.db, volume[role], clock.now()) })
const counselor = (url: () => string) => as('counselorId', url)
/** A cursor as the search gives it: the sort key of the last customer on a page. */
const cursor = () =>
  Buffer.from(JSON.stringify(['fiktivam3', 'amina', volume.customerId])).toString('base64url')

const hotPaths: HotPath[] = [
  {
    name: 'a session cookie’s user',
    request: async () => ({
      url: '/api/v1/session',
      cookie: `porten_session=${await createSession(database.db, volume.counselorId, clock.now(), 10)}`,
    }),
    indexes: ['user_session_pkey'],
  },
  {
    name: 'a bearer token’s user, and a customer by id with the access check and family',
    request: counselor(() => `/api/v1/customers/${volume.customerId}`),
    indexes: ['api_token_hash_key', 'customer_pkey', 'family_link_pkey'],
  },
  {
    name: 'customer search by last-name prefix',
    request: counselor(() => '/api/v1/customers?q=exe'),
    indexes: ['customer_name_order_idx'],
  },
  {
    name: 'customer search by first-name prefix',
    request: counselor(() => '/api/v1/customers?q=amina'),
    indexes: ['customer_name_order_idx'],
  },
  {
    name: 'customer search, the next page by key',
    request: counselor(() => `/api/v1/customers?q=exe&cursor=${cursor()}`),
    indexes: ['customer_name_order_idx'],
  },
  {
    name: 'the customer list, the next page by key',
    request: counselor(() => `/api/v1/customers?cursor=${cursor()}`),
    indexes: ['customer_name_order_idx'],
  },
  {
    name: 'customer search by identity code',
    request: counselor(() => `/api/v1/customers?q=${volume.identityCode}`),
    indexes: ['customer_identity_code_key'],
  },
  {
    name: 'customer search by birth date',
    request: counselor(() => `/api/v1/customers?q=${volume.birthDate}`),
    indexes: ['customer_birth_date_idx'],
  },
  {
    name: 'a customer’s timeline',
    request: counselor(() => `/api/v1/customers/${volume.customerId}/timeline`),
    indexes: [
      'customer_pkey',
      'assessment_customer_idx',
      'plan_customer_idx',
      'plan_review_plan_idx',
      'participation_customer_idx',
      'language_test_customer_idx',
    ],
  },
  {
    name: 'a customer’s plans',
    request: counselor(() => `/api/v1/customers/${volume.customerId}/plans`),
    indexes: ['plan_customer_idx', 'plan_review_plan_idx'],
  },
  {
    name: 'a plan by id',
    request: counselor(() => `/api/v1/plans/${volume.planId}`),
    indexes: ['plan_pkey', 'customer_pkey', 'plan_review_plan_idx'],
  },
  {
    name: 'the work queue',
    request: counselor(() => '/api/v1/work-queue'),
    indexes: ['customer_open_organisations_idx', 'plan_valid_idx', 'assessment_customer_idx'],
    // Every open customer of the organisation is checked (the programme
    // rules run in TypeScript): for hundreds of them the planner rightly
    // hashes these tables once (about 10 ms here) rather than probing an
    // index hundreds of times.
    readsWhole: {
      plan: 'assessments without a plan: a hashed anti-join',
      assessment: 'open customers for routing: has_assessment, a hashed EXISTS',
      participation: 'open customers for routing: has_civic_orientation, a hashed EXISTS',
    },
  },
  {
    name: 'the visits a front-desk worker recorded on a day',
    request: as('frontDeskId', () => '/api/v1/visits?date=2026-03-01'),
    indexes: ['visit_recorded_by_idx'],
  },
  {
    // The whole directory is the answer (the programme's list, a few
    // hundred entries): read whole, not paged, and small.
    name: 'the directory, as administrators list it',
    request: as('adminId', () => '/api/v1/directory/entries'),
    indexes: [],
  },
  {
    name: 'the directory, as the guide shows it',
    request: async () => ({ url: '/sv/directory' }),
    indexes: [],
  },
  {
    name: 'a customer’s audit log, the first page',
    request: as('adminId', () => `/api/v1/audit?customerId=${volume.customerId}`),
    indexes: ['audit_log_customer_idx'],
  },
  {
    name: 'a customer’s audit log, the next page by key',
    request: as('adminId', () => `/api/v1/audit?customerId=${volume.customerId}&before=150000`),
    indexes: ['audit_log_customer_idx'],
  },
  {
    name: 'the follow-up report for a month',
    request: as('managerId', () => '/api/v1/reports/follow-up?from=2026-02-01&to=2026-02-28'),
    indexes: [
      'assessment_completed_idx',
      'visit_date_location_idx',
      'participation_ended_idx',
      'language_test_taken_idx',
      'plan_valid_idx',
      'plan_review_reviewed_idx',
    ],
    // Each figure's own table is bounded by the period's index; a month of
    // a register this size still touches enough customers, plans and
    // assessments that hashing the joined table beats probing it.
    readsWhole: {
      customer: 'joined for municipality and language: a hash join',
      plan: 'reviews in the period, joined to their plans: a hash join',
      assessment: 'the first-assessment check (NOT EXISTS): a hashed anti-join',
    },
  },
]

describe.skipIf(!onPostgres)('query plans of the hot paths (PostgreSQL)', () => {
  let large: string[]
  beforeAll(async () => {
    const result = await sql<{ name: string }>`
      SELECT relname AS name FROM pg_class
      WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace AND reltuples > 1000`.execute(
      database.db,
    )
    large = result.rows.map((r) => r.name)
  })

  it('has a register’s worth of rows to plan for', () => {
    expect(large).toEqual(
      expect.arrayContaining(['customer', 'plan', 'assessment', 'visit', 'audit_log']),
    )
  })

  it.each(hotPaths)('$name', async ({ request, indexes, readsWhole = {} }) => {
    const plans = await plansOf(await request())
    const nodes = plans.flatMap((p) => nodesOf(p.plan))
    const used = new Set(nodes.flatMap((n) => (n['Index Name'] ? [n['Index Name']] : [])))
    const shown = () => plans.map((p) => `${p.sql}\n${describePlan(p.plan)}`).join('\n\n')
    expect([...used], shown()).toEqual(expect.arrayContaining(indexes))
    const readWhole = nodes
      .filter((n) => n['Node Type'] === 'Seq Scan' && large.includes(n['Relation Name'] ?? ''))
      .map((n) => n['Relation Name']!)
      .filter((table) => !(table in readsWhole))
    expect(readWhole, shown()).toEqual([])
  })
})
