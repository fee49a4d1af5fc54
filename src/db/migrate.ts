import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../package-root.js'
import type { Database } from './database.js'

// Numbered plain-SQL migrations (migrations/NNNN_name.sql), one set for both
// engines, applied in order inside one transaction. On PostgreSQL an advisory
// lock keeps two starting processes from applying them twice.

export interface Migration {
  version: number
  name: string
  sql: string
}

const FILE = /^(\d{4})_([a-z0-9_-]+)\.sql$/

export function loadMigrations(dir = join(packageRoot, 'migrations')): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const m = FILE.exec(file)
      if (!m) throw new Error(`Migration file name must be NNNN_name.sql: ${file}`)
      return { version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') }
    })
    .sort((a, b) => a.version - b.version)
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`Migrations must be numbered 1, 2, 3…: found ${m.version} at ${i + 1}`)
  })
  return migrations
}

/** Applies pending migrations; returns the ones applied now. */
export async function migrate(
  database: Database,
  migrations = loadMigrations(),
): Promise<Migration[]> {
  return database.inScriptTransaction(async (runner) => {
    if (database.kind === 'postgres') {
      await runner.query("SELECT pg_advisory_xact_lock(hashtext('porten:migrate'))")
    }
    await runner.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`)
    const applied = new Set(
      (await runner.query<{ version: number }>('SELECT version FROM schema_migration')).map((r) =>
        Number(r.version),
      ),
    )
    const latestKnown = migrations.at(-1)?.version ?? 0
    const newest = Math.max(0, ...applied)
    if (newest > latestKnown) {
      throw new Error(
        `The database has migration ${newest} but this Porten knows only up to ${latestKnown}: upgrade Porten.`,
      )
    }
    const pending = migrations.filter((m) => !applied.has(m.version))
    for (const m of pending) {
      await runner.exec(m.sql)
      await runner.query('INSERT INTO schema_migration (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ])
    }
    return pending
  })
}
