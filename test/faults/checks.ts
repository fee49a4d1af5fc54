import { PGlite } from '@electric-sql/pglite'
import { amcheck } from '@electric-sql/pglite/contrib/amcheck'
import pg from 'pg'
import { expect } from 'vitest'

// After a fault: is every row readable and does every index agree with its
// table? On either engine, once Porten has stopped.

export interface Check {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>
}

/**
 * Reads every row of every table and checks every B-tree index against its
 * table (amcheck, heapallindexed): a torn page or a lost index entry fails.
 */
export async function consistencyCheck(db: Check): Promise<Record<string, number>> {
  const tables = await db.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  )
  const counts: Record<string, number> = {}
  for (const { name } of tables) {
    const [row] = await db.query<{ n: number; bytes: number }>(
      `SELECT count(*)::int AS n, coalesce(sum(length(t::text)), 0)::int AS bytes FROM "${name}" t`,
    )
    counts[name] = row?.n ?? -1
  }
  await db.query('CREATE EXTENSION IF NOT EXISTS amcheck')
  const indexes = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam
      WHERE n.nspname = 'public' AND a.amname = 'btree'`,
  )
  expect(indexes.length).toBeGreaterThan(10)
  for (const { name } of indexes)
    await db.query(`SELECT bt_index_check('"${name}"'::regclass, true)`)
  return counts
}

/** Opens a stopped server's data directory with amcheck (PGlite). */
export async function openDataDirForCheck(dataDir: string) {
  const pglite = await PGlite.create(dataDir, { extensions: { amcheck } })
  return {
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await pglite.query<Row>(sql, params)).rows,
    close: () => pglite.close(),
  }
}

export async function openPostgresForCheck(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    query: async <Row>(sql: string, params?: unknown[]) =>
      (await client.query(sql, params)).rows as Row[],
    close: () => client.end(),
  }
}
