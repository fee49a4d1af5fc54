import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import { createApiToken } from '../src/auth/auth.queries.js'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/database.js'
import { insertUser } from '../src/users/users.queries.js'
import { porten } from './processes.js'

// A fresh database per engine and size, loaded with `porten seed --synthetic
// N`, and what the workloads need from it, read before the server starts
// (the server then holds the embedded database's lock).

export type Engine = 'pglite' | 'postgres'

export const ADMIN_URL =
  process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

export interface DataSet {
  readonly engine: Engine
  readonly size: number
  /** The environment that points `porten` at this database. */
  readonly env: NodeJS.ProcessEnv
  readonly seedSeconds: number
  /** A counsellor of the Integration Unit, and a manager for the reports. */
  readonly counsellorToken: string
  readonly managerToken: string
  /** Customers the Integration Unit serves, so the counsellor may read them. */
  readonly customerIds: readonly string[]
  /** Common three-letter prefixes of those customers' family names. */
  readonly namePrefixes: readonly string[]
  drop(): Promise<void>
}

export async function postgresReachable(): Promise<boolean> {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  try {
    await admin.connect()
    return true
  } catch {
    return false
  } finally {
    await admin.end().catch(() => {})
  }
}

async function adminQuery(text: string) {
  const admin = new pg.Client({ connectionString: ADMIN_URL })
  await admin.connect()
  try {
    await admin.query(text)
  } finally {
    await admin.end()
  }
}

export async function createDataSet(engine: Engine, size: number): Promise<DataSet> {
  let env: NodeJS.ProcessEnv
  let drop: () => Promise<void>
  if (engine === 'postgres') {
    const name = `porten_bench_${process.pid}_${size}`
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await adminQuery(`CREATE DATABASE ${name}`)
    const url = new URL(ADMIN_URL)
    url.pathname = `/${name}`
    env = { ...process.env, DATABASE_URL: url.toString() }
    drop = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'porten-bench-'))
    env = { ...process.env, DATABASE_URL: '', PORTEN_DATA_DIR: dataDir }
    drop = async () => rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    const started = performance.now()
    await porten(['seed', '--synthetic', String(size)], env)
    const seedSeconds = (performance.now() - started) / 1000
    return { engine, size, env, seedSeconds, ...(await prepare(env)), drop }
  } catch (error) {
    await drop()
    throw error
  }
}

async function prepare(env: NodeJS.ProcessEnv) {
  const database = await openDatabase(loadConfig(env))
  try {
    const db = database.db
    const now = new Date()
    const counsellor = await insertUser(
      db,
      {
        email: 'bench.counsellor@porten.invalid',
        name: 'Bench Counsellor',
        org: 'integration-unit',
        role: 'counselor',
        passwordHash: null,
      },
      now,
    )
    const manager = await insertUser(
      db,
      {
        email: 'bench.manager@porten.invalid',
        name: 'Bench Manager',
        org: 'integration-unit',
        role: 'manager',
        passwordHash: null,
      },
      now,
    )
    const servedByUnit = sql<boolean>`responsible_organisations @> ARRAY['integration-unit']`
    const customers = await db
      .selectFrom('customer')
      .select('id')
      .where(servedByUnit)
      .orderBy('id')
      .limit(5_000)
      .execute()
    const prefixes = await db
      .selectFrom('customer')
      .select(sql<string>`lower(left(last_name, 3))`.as('prefix'))
      .where(servedByUnit)
      .groupBy(sql`lower(left(last_name, 3))`)
      .orderBy(sql`count(*)`, 'desc')
      .limit(20)
      .execute()
    return {
      counsellorToken: await createApiToken(db, counsellor.id, now),
      managerToken: await createApiToken(db, manager.id, now),
      customerIds: customers.map((c) => c.id),
      namePrefixes: prefixes.map((p) => p.prefix),
    }
  } finally {
    await database.close()
  }
}
