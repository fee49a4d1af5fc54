import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { z } from 'zod'
import { runPorten } from '../../test/porten-command.js'
import { createTestApp, type TestApp } from '../../test/test-app.js'
import { testDatabase } from '../../test/test-db.js'
import { proposeOrganisations } from '../customers/customers.js'
import { checkIdentityCode } from '../shared/identity-code.js'
import {
  type CefrLevel,
  type CustomerCategory,
  compareCefr,
  type JobSeekerStatus,
  type MunicipalityId,
} from '../shared/programme/definitions.js'
import { nextReviewDue, primaryGoalOn } from '../shared/programme/plan-clock.js'
import { route } from '../shared/programme/routing.js'
import { defaultSettings } from '../shared/programme/settings.js'
import { LocalDate } from '../shared/time/local-date.js'
import type { User } from '../users/users.js'
import { visitDateOf } from '../visits/visits.js'
import { loadSyntheticData, type SyntheticCounts } from './synthetic.command.js'
import { routingMemo, type SyntheticOptions, syntheticCase } from './synthetic.js'

// `porten seed --synthetic N` (issue 7): plausible, deterministic histories
// that every CHECK accepts, that the API serves, and that keep the
// programme's invariants. The data are generated as on 2026-03-15.

const TODAY = LocalDate.of(2026, 3, 15)
const NOW = '2026-03-15T10:00:00Z'
const N = 200
const staff: SyntheticOptions['staff'] = {
  'integration-unit': '00000000-0000-4000-8000-000000000001',
  'employment-jakobstad': '00000000-0000-4000-8000-000000000002',
  'employment-ostrobothnia': '00000000-0000-4000-8000-000000000003',
  'wellbeing-ostrobothnia': '00000000-0000-4000-8000-000000000004',
}
const options = (seed: number): SyntheticOptions => ({
  seed,
  today: TODAY,
  staff,
  routing: routingMemo(defaultSettings),
})
const cases = (seed: number, count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => syntheticCase(from + i, options(seed)))

describe('the synthetic data set (pure)', () => {
  it('is the same for the same seed, ids included, and differs for another seed', () => {
    const first = cases(1, N)
    expect(cases(1, N)).toEqual(first)
    // Customer i does not depend on how many are generated.
    expect(cases(1, 10, 150)).toEqual(first.slice(150, 160))
    const other = cases(2, N)
    expect(other.map((c) => c.customer.id)).not.toEqual(first.map((c) => c.customer.id))
    expect(other.map((c) => c.customer.last_name)).not.toEqual(
      first.map((c) => c.customer.last_name),
    )
  })

  it('gives every record a distinct version 4 UUID', () => {
    const ids = cases(7, 2_000).flatMap((c) => [
      c.customer.id,
      ...c.assessments.map((a) => a.id),
      ...c.plans.map((p) => p.id),
      ...c.reviews.map((r) => r.id),
      ...c.participations.map((p) => p.id),
      ...c.languageTests.map((t) => t.id),
      ...c.visits.map((v) => v.id),
    ])
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids.slice(0, 500)) expect(z.uuidv4().safeParse(id).success, id).toBe(true)
  })

  it("routes each customer as route() does on their own dates (the memo's premise)", () => {
    for (const { customer, assessments, plans } of cases(3, 2_000)) {
      const facts = {
        birthDate: customer.birth_date,
        municipality: customer.municipality,
        unemployedJobSeeker: customer.job_seeker_status === 'unemployed',
        jobSeekerStatus: customer.job_seeker_status,
        categories: customer.categories,
        needsCoordination: customer.needs_coordination,
        arrivedOn: customer.arrived_on,
        residencePermitOn: customer.residence_permit_on,
        interpreterNeeded: customer.interpreter_needed,
        interpreterLanguage: customer.interpreter_language,
      }
      const registeredOn = LocalDate.fromInstant(new Date(customer.created_at))
      expect(customer.responsible_organisations).toEqual(
        proposeOrganisations(facts, registeredOn, defaultSettings),
      )
      const assessment = assessments[0]
      if (!assessment) continue
      const onDate = LocalDate.parse(assessment.completed_on)
      const answer = route({
        birthDate: LocalDate.parse(customer.birth_date),
        municipality: customer.municipality,
        unemployedJobSeeker: facts.unemployedJobSeeker,
        jobSeekerStatus: customer.job_seeker_status,
        categories: customer.categories,
        needsCoordination: customer.needs_coordination,
        onDate,
      })
      expect(assessment.kind).toBe(answer.services.assessment.kind)
      for (const plan of plans) {
        expect(plan.plan_type).toBe(answer.services['integration-plan'].planType)
      }
    }
  })

  it('spreads customers over the five municipalities, Jakobstad the most, and over the years', () => {
    const all = cases(4, 5_000).map((c) => c.customer)
    const share = (m: MunicipalityId) => all.filter((c) => c.municipality === m).length / all.length
    expect(share('jakobstad')).toBeGreaterThan(0.3)
    for (const m of ['kronoby', 'larsmo', 'nykarleby', 'pedersore'] as const) {
      expect(share(m)).toBeGreaterThan(0.05)
      expect(share(m)).toBeLessThan(share('jakobstad'))
    }
    const years = new Set(all.map((c) => c.arrived_on.slice(0, 4)))
    expect([...years].sort()).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ])
    for (const c of all) {
      expect(c.birth_date >= '1950-01-01' && c.birth_date <= '2008-12-31').toBe(true)
      expect(c.arrived_on <= TODAY.toString()).toBe(true)
    }
    expect(new Set(all.flatMap((c) => c.languages.map((l) => l.code))).size).toBeGreaterThan(8)
    expect(all.some((c) => c.closed_on !== null)).toBe(true)
    expect(all.some((c) => c.closed_on === null)).toBe(true)
  })
})

describe('loading the synthetic data set', () => {
  let t: TestApp
  let counts: SyntheticCounts
  let counsellor: User

  beforeAll(async () => {
    t = await createTestApp({ now: NOW })
    counts = await loadSyntheticData(t.database.db, {
      count: N,
      seed: 1,
      today: TODAY,
      now: new Date(NOW),
    })
    counsellor = await t.user('counselor', 'integration-unit')
  }, 120_000)
  afterAll(() => t.close())

  const db = () => t.database.db

  it('inserts every table in plausible numbers (the CHECKs accepted each row)', async () => {
    const count = async (table: 'customer' | 'visit') =>
      Number(
        (
          await db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    expect(counts.customers).toBe(N)
    expect(await count('customer')).toBe(N)
    expect(await count('visit')).toBe(counts.visits)
    expect(counts.assessments).toBeGreaterThan(0.75 * N)
    expect(counts.assessments).toBeLessThanOrEqual(N)
    expect(counts.plans).toBeGreaterThan(0.6 * N)
    expect(counts.plans).toBeLessThan(1.1 * N)
    expect(counts.reviews).toBeGreaterThan(0.8 * N)
    expect(counts.reviews).toBeLessThan(2.5 * N)
    expect(counts.participations).toBeGreaterThan(0.6 * N)
    expect(counts.participations).toBeLessThan(1.6 * N)
    expect(counts.languageTests).toBeGreaterThan(0.1 * N)
    expect(counts.languageTests).toBeLessThan(0.6 * N)
    expect(counts.visits).toBeGreaterThan(1.6 * N)
    expect(counts.visits).toBeLessThan(2.5 * N)
    const staffUsers = await db()
      .selectFrom('app_user')
      .select(['email', 'password_hash', 'role'])
      .where('email', 'like', 'synthetic.%@porten.invalid')
      .orderBy('email')
      .execute()
    expect(staffUsers.map((u) => [u.email, u.password_hash, u.role])).toEqual(
      [
        'employment-jakobstad',
        'employment-ostrobothnia',
        'integration-unit',
        'wellbeing-ostrobothnia',
      ].map((org) => [`synthetic.${org}@porten.invalid`, null, 'counselor']),
    )
  })

  it('gives each customer the organisations the programme routes them to', async () => {
    const rows = await db().selectFrom('customer').selectAll().execute()
    const multisectoral = new Set(
      (
        await db()
          .selectFrom('assessment')
          .select('customer_id')
          .where('kind', '=', 'multisectoral')
          .execute()
      ).map((a) => a.customer_id),
    )
    for (const c of rows) {
      const facts = {
        birthDate: c.birth_date,
        municipality: c.municipality as MunicipalityId,
        unemployedJobSeeker: c.job_seeker_status === 'unemployed',
        jobSeekerStatus: c.job_seeker_status as JobSeekerStatus,
        categories: c.categories as CustomerCategory[],
        needsCoordination: c.needs_coordination,
        arrivedOn: c.arrived_on,
        residencePermitOn: c.residence_permit_on,
        interpreterNeeded: c.interpreter_needed,
        interpreterLanguage: c.interpreter_language,
      }
      expect(c.responsible_organisations).toEqual(
        proposeOrganisations(facts, TODAY, defaultSettings),
      )
      // A multisectoral assessment shares the case with the wellbeing county (L149, L155).
      if (multisectoral.has(c.id))
        expect(c.responsible_organisations).toContain('wellbeing-ostrobothnia')
      if (c.personal_identity_code !== null) {
        const check = checkIdentityCode(c.personal_identity_code)
        expect(check.ok && check.birthDate.toString()).toBe(c.birth_date)
        expect(check.ok && check.individualNumber).toBeGreaterThanOrEqual(900)
      }
      const native = c.languages.filter((l) => l.native)
      expect(native).toHaveLength(1)
    }
    expect(rows.filter((c) => c.personal_identity_code !== null)).toHaveLength(N / 50)
  })

  it('keeps plans, reviews and closures consistent with the plan clock', async () => {
    const plans = await db()
      .selectFrom('plan')
      .innerJoin('customer', 'customer.id', 'plan.customer_id')
      .innerJoin('assessment', 'assessment.id', 'plan.assessment_id')
      .select([
        'plan.id',
        'plan.customer_id',
        'plan.starts_on',
        'plan.valid_until',
        'plan.next_review_due',
        'plan.primary_goal',
        'plan.ended_on',
        'customer.birth_date',
        'customer.closed_on',
        'assessment.completed_on',
        'assessment.customer_id as assessed_customer',
      ])
      .orderBy('plan.customer_id')
      .orderBy('plan.starts_on')
      .execute()
    const reviews = await db()
      .selectFrom('plan_review')
      .select(['plan_id', 'reviewed_on'])
      .execute()
    const today = TODAY.toString()
    let previous: (typeof plans)[number] | undefined
    for (const p of plans) {
      const own = reviews
        .filter((r) => r.plan_id === p.id)
        .map((r) => r.reviewed_on)
        .sort()
      const starts = LocalDate.parse(p.starts_on)
      const last = own.length > 0 ? LocalDate.parse(own.at(-1)!) : undefined
      expect(p.assessed_customer).toBe(p.customer_id)
      expect(p.starts_on >= p.completed_on).toBe(true)
      expect(p.next_review_due).toBe(nextReviewDue(starts, last).toString())
      expect(p.primary_goal).toBe(primaryGoalOn(LocalDate.parse(p.birth_date), last ?? starts))
      const end = p.ended_on ?? p.valid_until
      for (const r of own) expect(r > p.starts_on && r <= end && r <= today).toBe(true)
      if (p.closed_on !== null) {
        expect(p.starts_on <= p.closed_on).toBe(true)
        // A plan in force at the closure ends with the case, or had ended before it.
        if (p.closed_on < p.valid_until) {
          expect(p.ended_on !== null && p.ended_on <= p.closed_on).toBe(true)
        }
      }
      // One plan in force at a time.
      if (previous?.customer_id === p.customer_id) {
        expect((previous.ended_on ?? previous.valid_until) < p.starts_on).toBe(true)
      }
      previous = p
    }
    expect(
      plans.some((p) => p.next_review_due < today && p.ended_on === null && p.valid_until > today),
    ).toBe(true)
    expect(plans.some((p) => p.ended_on !== null)).toBe(true)
    expect(plans.some((p) => p.primary_goal === 'education')).toBe(true)
  })

  it('keeps participations, tests and visits consistent', async () => {
    const participations = await db()
      .selectFrom('participation')
      .innerJoin('customer', 'customer.id', 'participation.customer_id')
      .select(['started_on', 'ended_on', 'interrupted', 'service', 'closed_on'])
      .execute()
    for (const p of participations) {
      if (p.closed_on !== null) expect(p.ended_on !== null && p.ended_on <= p.closed_on).toBe(true)
      if (p.ended_on !== null) expect(p.ended_on <= TODAY.toString()).toBe(true)
    }
    for (const service of ['civic-orientation', 'integration-training']) {
      const own = participations.filter((p) => p.service === service)
      expect(own.some((p) => p.ended_on === null)).toBe(true)
      expect(own.some((p) => p.ended_on !== null && !p.interrupted)).toBe(true)
    }
    expect(participations.some((p) => p.interrupted)).toBe(true)

    const tests = await db().selectFrom('language_test').selectAll().execute()
    for (const test of tests) {
      const levels = Object.values(test.results) as CefrLevel[]
      expect(Object.keys(test.results).sort()).toEqual([
        'listening',
        'reading',
        'speaking',
        'writing',
      ])
      const lowest = levels.reduce((a, b) => (compareCefr(a, b) <= 0 ? a : b))
      expect(test.lowest_level).toBe(lowest)
      expect(test.reached_target).toBe(compareCefr(lowest, 'B1.1') >= 0)
    }
    expect(tests.some((t) => t.reached_target)).toBe(true)
    expect(tests.some((t) => !t.reached_target)).toBe(true)

    const visits = await db().selectFrom('visit').select(['at', 'visit_date', 'topics']).execute()
    for (const v of visits) {
      expect(v.visit_date).toBe(visitDateOf(new Date(v.at)).toString())
      expect(v.topics.length).toBeGreaterThan(0)
      expect(v.visit_date < TODAY.toString()).toBe(true)
    }
  })

  it('serves the records through the API, the response schemas accepting them', async () => {
    const token = await t.token(counsellor)
    const ids = (
      await db()
        .selectFrom('customer')
        .select('id')
        .where((eb) => eb(eb.ref('responsible_organisations'), '@>', eb.val(['integration-unit'])))
        .orderBy('id')
        .limit(15)
        .execute()
    ).map((c) => c.id)
    expect(ids.length).toBe(15)
    const get = (url: string) =>
      t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } })
    for (const id of ids) {
      for (const path of [
        '',
        '/timeline',
        '/assessments',
        '/plans',
        '/participations',
        '/language-tests',
      ]) {
        const response = await get(`/api/v1/customers/${id}${path}`)
        expect(response.statusCode, `${path}: ${response.body}`).toBe(200)
      }
    }
    expect((await get('/api/v1/work-queue')).statusCode).toBe(200)
    const search = await get('/api/v1/customers?q=a')
    expect(search.statusCode).toBe(200)
    expect(search.json().items.length).toBeGreaterThan(0)
  })

  it('gives the same rows for the same seed in another database, and refuses a second set', async () => {
    const other = await testDatabase()
    try {
      await loadSyntheticData(other.db, { count: N, seed: 1, today: TODAY, now: new Date(NOW) })
      const snapshot = async (database: typeof other.db) =>
        database
          .selectFrom('customer')
          .select([
            'id',
            'first_name',
            'last_name',
            'birth_date',
            'closed_on',
            'responsible_organisations',
          ])
          .orderBy('id')
          .execute()
      expect(await snapshot(other.db)).toEqual(await snapshot(db()))
      const plans = (database: typeof other.db) =>
        database
          .selectFrom('plan')
          .select(['id', 'starts_on', 'next_review_due'])
          .orderBy('id')
          .execute()
      expect(await plans(other.db)).toEqual(await plans(db()))
      await expect(
        loadSyntheticData(other.db, { count: 5, seed: 2, today: TODAY, now: new Date(NOW) }),
      ).rejects.toThrow(/synthetic data set already/)
    } finally {
      await other.close()
    }
  })
})

describe('porten seed --synthetic', () => {
  let env: NodeJS.ProcessEnv
  const target = inject('testDatabase')

  beforeAll(async () => {
    env = { ...process.env, LOG_LEVEL: 'warn' }
    delete env.DATABASE_URL
    env.PORTEN_DATA_DIR = mkdtempSync(join(tmpdir(), 'porten-synthetic-'))
    if (target.kind === 'postgres') {
      const { adminQuery, withDatabase } = await import('../../test/global-setup.js')
      const name = `porten_t_${process.ppid}_synthetic_cli`
      await adminQuery(target.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await adminQuery(target.adminUrl, `CREATE DATABASE ${name} TEMPLATE ${target.template}`)
      env.DATABASE_URL = withDatabase(target.adminUrl, name)
    }
  })
  afterAll(async () => {
    if (target.kind === 'postgres') {
      const { adminQuery } = await import('../../test/global-setup.js')
      await adminQuery(
        target.adminUrl,
        `DROP DATABASE IF EXISTS porten_t_${process.ppid}_synthetic_cli WITH (FORCE)`,
      )
    }
  })

  const porten = (args: string[]) => runPorten(args, env)

  it('loads N customers and says what it added', async () => {
    const result = await porten(['seed', '--synthetic', '50', '--seed', '9'])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Added 50 synthetic customers \(seed 9\) in [\d.]+ s:/)
    expect(result.stdout).toMatch(
      /\d+ assessments, \d+ plans, \d+ plan reviews, \d+ participations, \d+ language tests, \d+ visits/,
    )
  }, 120_000)

  it('refuses a count that is not 1 to 1,000,000 with a usage message (exit 2)', async () => {
    for (const count of ['0', 'abc', '1000001', '2.5']) {
      const result = await porten(['seed', '--synthetic', count])
      expect(result.code, count).toBe(2)
      expect(result.stderr).toContain('--synthetic must be a whole number from 1 to 1000000')
      expect(result.stderr).toContain('Usage: porten')
    }
    for (const args of [
      ['--synthetic'],
      ['--synthetic', '-5'],
      ['--synthetic', '5', '--seed', 'x'],
    ]) {
      const result = await porten(['seed', ...args])
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toContain('Usage: porten')
    }
  }, 120_000)
})
