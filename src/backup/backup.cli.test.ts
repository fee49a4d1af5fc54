import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runPorten } from '../../test/porten-command.js'
import { loadConfig } from '../config.js'
import { type Database, openDatabase } from '../db/database.js'
import { loadMigrations, migrate } from '../db/migrate.js'
import { fillEveryTable, tableContents } from './backup.fixtures.js'
import { EXCLUDED_TABLES } from './backup.js'

// `porten backup FILE` and `porten restore FILE` as operators run them: a
// separate process on an embedded data directory (and, with DATABASE_URL,
// from PostgreSQL into an embedded one).

const pgUrl = process.env.DATABASE_URL
vi.setConfig({ testTimeout: 180_000 })
const dir = mkdtempSync(join(tmpdir(), 'porten-backup-cli-'))
const sourceDir = join(dir, 'source')

function porten(args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _, ...inherited } = process.env
  return runPorten(args, { ...inherited, LOG_LEVEL: 'warn', ...env })
}

const embedded = (dataDir: string) => ({ PORTEN_DATA_DIR: dataDir })

async function withEmbedded<T>(dataDir: string, fn: (database: Database) => Promise<T>) {
  const database = await openDatabase(loadConfig(embedded(dataDir)))
  try {
    return await fn(database)
  } finally {
    await database.close()
  }
}

beforeAll(async () => {
  await withEmbedded(sourceDir, async (database) => {
    await migrate(database)
    await fillEveryTable(database.db)
  })
}, 120_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('porten backup and restore (command line)', () => {
  it('round-trips an embedded data directory', async () => {
    const file = join(dir, 'porten.backup.gz')
    const backup = await porten(['backup', file], embedded(sourceDir))
    expect(backup.stderr).toContain('personal data')
    expect(backup.code).toBe(0)
    expect(backup.stdout).toMatch(
      new RegExp(
        `^Backed up 15 tables, \\d+ rows \\(schema version ${loadMigrations().at(-1)!.version}\\)`,
      ),
    )
    expect(statSync(file).mode & 0o777).toBe(0o600)

    const targetDir = join(dir, 'target')
    const restore = await porten(['restore', file], embedded(targetDir))
    expect(restore.stderr).toBe('')
    expect(restore.code).toBe(0)
    expect(restore.stdout).toMatch(/^Restored 15 tables, \d+ rows into .*target from .*\(pglite/)

    const expected = await withEmbedded(sourceDir, tableContents)
    const actual = await withEmbedded(targetDir, tableContents)
    for (const table of Object.keys(EXCLUDED_TABLES)) {
      expect(expected[table]!.length).toBeGreaterThan(0)
      expected[table] = []
    }
    expect(actual).toEqual(expected)

    const again = await porten(['restore', file], embedded(targetDir))
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/^porten: The database at .* already holds data/)
    const overwrite = await porten(['backup', file], embedded(sourceDir))
    expect(overwrite.code).toBe(1)
    expect(overwrite.stderr).toContain('exists already')
    expect((await porten(['backup', file, '--force'], embedded(sourceDir))).code).toBe(0)
  })

  it('fails at once while another process holds the data directory', async () => {
    const file = join(dir, 'while-serving.gz')
    await withEmbedded(sourceDir, async () => {
      const backup = await porten(['backup', file], embedded(sourceDir))
      expect(backup.code).toBe(1)
      expect(backup.stderr).toContain(`in use by process ${process.pid}`)
      console.info(`backup refused by the lock after ${backup.ms} ms (process start included)`)
    })
    expect(existsSync(file)).toBe(false)
  })

  it('answers a wrong command line with exit code 2', async () => {
    const env = embedded(join(dir, 'unused'))
    for (const args of [['backup'], ['restore', 'a.gz', 'b.gz'], ['backup', 'x.gz', '--bogus']]) {
      const result = await porten(args, env)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toContain('Usage: porten')
    }
    const missing = await porten(['restore', join(dir, 'nothing.gz')], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('no such file')
    expect(existsSync(join(dir, 'unused'))).toBe(false)
  })

  it.runIf(pgUrl)('backs up PostgreSQL and restores into an embedded directory', async () => {
    const { adminQuery, withDatabase } = await import('../../test/global-setup.js')
    const name = `porten_t_${process.ppid}_bkcli`
    await adminQuery(pgUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await adminQuery(pgUrl!, `CREATE DATABASE ${name}`)
    const url = withDatabase(pgUrl!, name)
    try {
      const source = await openDatabase(loadConfig({ DATABASE_URL: url }))
      await migrate(source)
      await fillEveryTable(source.db)
      const file = join(dir, 'from-postgres.gz')
      const backup = await porten(['backup', file], { DATABASE_URL: url })
      expect(backup.code).toBe(0)
      const targetDir = join(dir, 'from-postgres')
      const restore = await porten(['restore', file], embedded(targetDir))
      expect(restore.code).toBe(0)
      expect(restore.stdout).toContain('(postgres backup of')
      const expected = await tableContents(source)
      await source.close()
      const actual = await withEmbedded(targetDir, tableContents)
      for (const table of Object.keys(EXCLUDED_TABLES)) expected[table] = []
      expect(actual).toEqual(expected)
    } finally {
      await adminQuery(pgUrl!, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    }
  })
})
