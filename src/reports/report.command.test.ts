import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runPorten } from '../../test/porten-command.js'
import { buildApp } from '../app.js'
import { createApiToken } from '../auth/auth.queries.js'
import { loadConfig } from '../config.js'
import { type Database, openDatabase } from '../db/database.js'
import { migrate } from '../db/migrate.js'
import { systemClock } from '../shared/time/clock.js'
import { insertUser } from '../users/users.queries.js'
import { allSkills, historyBuilder } from './follow-up.fixtures.js'

// `porten report follow-up` run as operators run it, a process of its own, on
// the engine of this test run; its output must be exactly the API's for the
// same data. The period lies in the past, so "today" is the same for both.

const pgUrl = process.env.DATABASE_URL
vi.setConfig({ testTimeout: 120_000 })
let env: NodeJS.ProcessEnv
const databaseName = `porten_t_${process.ppid}_report_cli`

const porten = (args: string[]) => runPorten(args, env)

async function withOpenDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig(env))
  try {
    return await fn(database)
  } finally {
    await database.close()
  }
}

/** The API's answer for the same data, through a token of a manager. */
async function apiAnswer(query: string) {
  return withOpenDatabase(async (database) => {
    const app = await buildApp(
      { database, clock: systemClock, config: loadConfig(env) },
      { logger: false, staffAppRoot: '/nonexistent' },
    )
    try {
      const manager = await database.db
        .selectFrom('app_user')
        .select('id')
        .where('role', '=', 'manager')
        .executeTakeFirstOrThrow()
      const token = await createApiToken(database.db, manager.id, new Date())
      const response = await app.inject({
        method: 'GET',
        url: `/api/v1/reports/follow-up?${query}`,
        headers: { authorization: `Bearer ${token}` },
      })
      expect(response.statusCode, response.body).toBe(200)
      return response.body
    } finally {
      await app.close()
    }
  })
}

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'porten-report-cli-'))
  env = { ...process.env, PORTEN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }
  if (pgUrl) {
    const { adminQuery, withDatabase } = await import('../../test/global-setup.js')
    await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`)
    await adminQuery(pgUrl, `CREATE DATABASE ${databaseName}`)
    env.DATABASE_URL = withDatabase(pgUrl, databaseName)
  } else {
    delete env.DATABASE_URL
  }
  await withOpenDatabase(async (database) => {
    await migrate(database)
    const now = new Date('2026-01-01T10:00:00Z')
    const user = (role: 'counselor' | 'manager') =>
      insertUser(
        database.db,
        {
          email: `${role}@example.test`,
          name: `Test ${role}`,
          org: 'integration-unit',
          role,
          passwordHash: null,
        },
        now,
      )
    const counselor = await user('counselor')
    await user('manager')
    const history = historyBuilder(database.db, counselor.id)
    for (let i = 0; i < 6; i++) {
      const id = await history.customer({
        municipality: i < 4 ? 'jakobstad' : 'larsmo',
        languages: [{ code: 'ar', native: true }],
        arrivedOn: '2024-12-01',
      })
      await history.assessment(id, `2025-0${i + 1}-10`)
      await history.participation(id, 'integration-training', '2025-03-01')
      await history.languageTest(id, '2025-11-20', allSkills(i < 3 ? 'B1.1' : 'A2.2'))
    }
    for (let i = 0; i < 7; i++) {
      await history.visit({
        at: `2025-12-3${i % 2}T22:30:00Z`,
        location: i < 5 ? 'jakobstad' : 'nykarleby',
      })
    }
  })
}, 120_000)

afterAll(async () => {
  if (pgUrl) {
    const { adminQuery } = await import('../../test/global-setup.js')
    await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`)
  }
})

describe('porten report follow-up', () => {
  it('prints the same JSON as the API (the default format)', async () => {
    const run = await porten(['report', 'follow-up', '--from', '2025-01-01', '--to', '2025-12-31'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const api = await apiAnswer('from=2025-01-01&to=2025-12-31')
    expect(run.stdout).toBe(`${api}\n`)
    const report = JSON.parse(run.stdout)
    expect(report.metrics).toMatchObject({
      assessments: 6,
      'integration-training-participants': 6,
      'integration-training-reached-b1-1': 3,
      // 22:30 UTC on 30 and 31 December: only the 30th is still 2025 in Helsinki.
      'integrationsporten-visits': 4,
    })
  })

  it('prints exactly the API’s CSV, with the filters and publication mode', async () => {
    const run = await porten([
      'report',
      'follow-up',
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--municipality',
      'jakobstad',
      '--organisation',
      'integration-unit',
      '--publication',
      '--format',
      'csv',
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const api = await apiAnswer(
      'from=2025-01-01&to=2025-12-31&municipality=jakobstad&organisation=integration-unit&publication=true&format=csv',
    )
    expect(run.stdout).toBe(api)
    expect(run.stdout).toContain('metrics,total,,assessments,<5\r\n')
  })

  it('refuses a bad command line with exit code 2 and says why', async () => {
    const missing = await porten(['report', 'follow-up', '--from', '2025-01-01'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--to: required')
    const tooLong = await porten([
      'report',
      'follow-up',
      '--from',
      '2010-01-01',
      '--to',
      '2025-12-31',
    ])
    expect(tooLong.code).toBe(2)
    expect(tooLong.stderr).toContain('--to: the period may be at most 10 years')
    const xlsx = await porten([
      'report',
      'follow-up',
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
      '--format',
      'xlsx',
    ])
    expect(xlsx.code).toBe(2)
    expect((await porten(['report', 'yearly'])).code).toBe(2)
  })
})
