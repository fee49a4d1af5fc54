import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync } from 'node:fs'
import { link, open, rename, stat, unlink } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import { sql } from 'kysely'
import type { Database, Queryable } from '../db/database.js'
import {
  type BackupHeader,
  contentHash,
  FORMAT,
  FORMAT_VERSION,
  type TableLine,
  type TrailerLine,
} from './backup-file.js'
import { countRows, describeTables, schemaVersion, type TableInfo } from './catalog.queries.js'

// `porten backup FILE`: every table, read inside one REPEATABLE READ,
// READ ONLY transaction, so the file is one consistent moment of the
// database even while the server goes on writing (PostgreSQL; the embedded
// database has one connection, held by this process alone). Rows are read a
// page at a time by primary key (keyset paging) and streamed through gzip,
// so a database of any size never sits in memory.
//
// The file holds personal data. It is created with mode 0600, written under
// a temporary name and only then linked to FILE, so a failed or interrupted
// backup never leaves a half file that looks like a backup.

/**
 * Left out of every backup. Sessions would be stale after a restore and are
 * credentials for as long as they last; sign-in failures only matter for 15
 * minutes. API tokens are kept: machine clients must go on working after a
 * restore, and their revocations must survive it (only hashes are stored).
 */
export const EXCLUDED_TABLES: Readonly<Record<string, string>> = {
  user_session: 'sign-in sessions: stale after a restore, and credentials while they last',
  sign_in_failure: 'sign-in throttling: matters for 15 minutes only',
}

export interface BackupOptions {
  /** Replace FILE if it exists. */
  force?: boolean
  /** Rows read per query. */
  pageSize?: number
  /** Called after each page (and once for an empty table). */
  onProgress?: (progress: { table: string; rows: number; of: number }) => void | Promise<void>
}

export interface BackupSummary {
  schemaVersion: number
  rows: Record<string, number>
  totalRows: number
  bytes: number
}

export async function writeBackup(
  database: Database,
  file: string,
  { force = false, pageSize = 5000, onProgress }: BackupOptions = {},
): Promise<BackupSummary> {
  if (!force && existsSync(file)) {
    throw new Error(`${file} exists already: choose another name, or pass --force to replace it.`)
  }
  const partial = `${file}.partial-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    const summary = await database.db.transaction().execute(async (tx) => {
      // Must be the transaction's first statement.
      await sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`.execute(tx)
      // Timestamps come out in UTC, whatever the server's zone: same data, same file.
      await sql`SET LOCAL TimeZone = 'UTC'`.execute(tx)
      const version = await schemaVersion(tx)
      if (version === 0) {
        throw new Error(`The database at ${database.location} has no Porten tables to back up.`)
      }
      const tables = (await describeTables(tx)).filter((t) => !(t.name in EXCLUDED_TABLES))
      const header: BackupHeader = {
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        schemaVersion: version,
        createdAt: new Date().toISOString(),
        engine: database.kind,
        tables: tables.map((t) => t.name),
        excluded: EXCLUDED_TABLES,
      }
      const rows: Record<string, number> = {}
      await pipeline(
        Readable.from(backupLines(tx, header, tables, rows, pageSize, onProgress)),
        createGzip(),
        createWriteStream(partial, { flags: 'wx', mode: 0o600 }),
      )
      return { schemaVersion: version, rows }
    })
    await syncToDisk(partial)
    const { size } = await stat(partial)
    if (force) {
      await rename(partial, file)
    } else {
      // link(2) fails if FILE appeared meanwhile: never overwrite without --force.
      await link(partial, file)
      await unlink(partial)
    }
    const totalRows = Object.values(summary.rows).reduce((a, b) => a + b, 0)
    return { ...summary, totalRows, bytes: size }
  } catch (error) {
    await unlink(partial).catch(() => {})
    throw error
  }
}

async function* backupLines(
  tx: Queryable,
  header: BackupHeader,
  tables: TableInfo[],
  counts: Record<string, number>,
  pageSize: number,
  onProgress: BackupOptions['onProgress'],
): AsyncGenerator<string> {
  const hash = contentHash()
  const emit = (text: string) => {
    hash.update(text)
    return text
  }
  yield emit(`${JSON.stringify(header)}\n`)
  for (const table of tables) {
    const expected = await countRows(tx, table.name)
    const line: TableLine = {
      table: table.name,
      columns: table.columns.map((c) => c.name),
      rows: expected,
    }
    yield emit(`${JSON.stringify(line)}\n`)
    let written = 0
    for await (const page of tablePages(tx, table, pageSize)) {
      written += page.length
      yield emit(`${page.join('\n')}\n`)
      await onProgress?.({ table: table.name, rows: written, of: expected })
    }
    if (expected === 0) await onProgress?.({ table: table.name, rows: 0, of: 0 })
    if (written !== expected) {
      // Cannot happen inside one snapshot; checked so a file is never wrong silently.
      throw new Error(`${table.name} changed during the backup (${written} rows, not ${expected}).`)
    }
    counts[table.name] = written
  }
  const trailer: TrailerLine = { end: FORMAT, rows: counts, sha256: hash.digest('hex') }
  yield `${JSON.stringify(trailer)}\n`
}

const ROW = 'porten_backup_row'

/** A table's rows as JSON text, a page at a time in primary-key order. */
async function* tablePages(
  tx: Queryable,
  table: TableInfo,
  pageSize: number,
): AsyncGenerator<string[]> {
  // A table without a primary key (none in Porten) is paged by its physical
  // row address, which is stable inside the snapshot.
  const keys = table.primaryKey.length
    ? table.primaryKey.map((name) => ({
        name,
        type: table.columns.find((c) => c.name === name)!.type,
      }))
    : [{ name: 'ctid', type: 'tid' }]
  const keyRefs = sql.join(keys.map((k) => sql.id(ROW, k.name)))
  let after: string[] | undefined
  for (;;) {
    const page = await sql<Record<string, string>>`
      SELECT ${sql.join(keys.map((k, i) => sql`${sql.id(ROW, k.name)}::text AS ${sql.id(`k${i}`)}`))},
        to_json(${sql.id(ROW)})::text AS ${sql.id(ROW)}
      FROM ${sql.table(table.name)} AS ${sql.id(ROW)}
      ${
        after
          ? sql`WHERE (${keyRefs}) > (${sql.join(
              after.map((value, i) => sql`CAST(${value} AS ${sql.raw(keys[i]!.type)})`),
            )})`
          : sql``
      }
      ORDER BY ${keyRefs}
      LIMIT ${pageSize}`.execute(tx)
    if (page.rows.length === 0) return
    // A json (not jsonb) column keeps its input's whitespace, newlines too;
    // outside strings they mean nothing and inside they are always escaped.
    yield page.rows.map((r) => r[ROW]!.replaceAll('\n', ' '))
    if (page.rows.length < pageSize) return
    const last = page.rows.at(-1)!
    after = keys.map((_, i) => last[`k${i}`]!)
  }
}

async function syncToDisk(path: string) {
  const handle = await open(path, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
