import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { openMemoryDatabase, openPostgres } from '../src/db/database.js'
import { migrate } from '../src/db/migrate.js'
import { packageRoot } from '../src/package-root.js'

// Builds one migrated template database per run; every test file then gets
// its own copy (STYLE.md rule 9). On PostgreSQL (DATABASE_URL set) the copy
// is CREATE DATABASE … TEMPLATE; on PGlite it is a dump loaded into memory.

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase:
      | { kind: 'postgres'; adminUrl: string; template: string }
      | { kind: 'pglite'; dumpPath: string }
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL
  if (url) {
    const template = `porten_tpl_${process.pid}`
    await adminQuery(url, `DROP DATABASE IF EXISTS ${template}`)
    await adminQuery(url, `CREATE DATABASE ${template}`)
    const database = openPostgres(withDatabase(url, template), 2)
    await migrate(database)
    await database.close()
    // A closed connection's server process ends a moment later; CREATE
    // DATABASE … TEMPLATE refuses while it lingers.
    for (let i = 0; i < 50; i++) {
      const rows = await adminQuery(
        url,
        `SELECT 1 FROM pg_stat_activity WHERE datname = '${template}'`,
      )
      if (rows.length === 0) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    project.provide('testDatabase', { kind: 'postgres', adminUrl: url, template })
    return async () => {
      const leftovers = await adminQuery(
        url,
        `SELECT datname FROM pg_database WHERE datname LIKE 'porten_t\\_${process.pid}\\_%'`,
      )
      for (const row of leftovers)
        await adminQuery(url, `DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`)
      await adminQuery(url, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`)
    }
  }
  const database = await openMemoryDatabase()
  await migrate(database)
  const dump = await database.pglite!.dumpDataDir('gzip')
  await database.close()
  const dir = join(packageRoot, '.tmp')
  mkdirSync(dir, { recursive: true })
  const dumpPath = join(dir, `pglite-template-${process.pid}.tar.gz`)
  writeFileSync(dumpPath, Buffer.from(await dump.arrayBuffer()))
  project.provide('testDatabase', { kind: 'pglite', dumpPath })
}

export async function adminQuery(
  url: string,
  text: string,
): Promise<Array<Record<string, string>>> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(text)).rows
  } finally {
    await client.end()
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}
