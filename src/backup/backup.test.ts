import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminQuery, withDatabase } from '../../test/global-setup.js'
import { testDatabase } from '../../test/test-db.js'
import { type Database, openMemoryDatabase, openPostgres } from '../db/database.js'
import { loadMigrations, migrate } from '../db/migrate.js'
import { fillEveryTable, tableContents } from './backup.fixtures.js'
import { EXCLUDED_TABLES, writeBackup } from './backup.js'
import { BackupFileError, readBackup } from './backup-file.js'
import { schemaVersion } from './catalog.queries.js'
import { RestoreRefused, restoreBackup } from './restore.js'

// Round trips compared table by table, with the tables taken from the
// catalog: a table added by a later migration is compared too, and a table
// the fixtures leave empty fails the test, so every table is really covered.
// With DATABASE_URL set the run also crosses engines both ways.

const pgUrl = process.env.DATABASE_URL
const engine = pgUrl ? 'postgres' : 'pglite'
const dir = mkdtempSync(join(tmpdir(), 'porten-backup-'))
const opened: Database[] = []
let source: Database
let file: string

/** A new database on either engine: migrated to the latest version, or never migrated. */
async function newDatabase(
  kind: 'pglite' | 'postgres',
  { migrated }: { migrated: boolean },
): Promise<Database> {
  let database: Database
  if (migrated && kind === engine) {
    database = await testDatabase()
  } else if (kind === 'pglite') {
    database = await openMemoryDatabase(await neverMigrated())
    if (migrated) await migrate(database)
  } else {
    const url = pgUrl!
    const name = `porten_t_${process.ppid}_bk_${randomBytes(5).toString('hex')}`
    await adminQuery(url, `CREATE DATABASE ${name}`)
    const inner = openPostgres(withDatabase(url, name), 4)
    database = {
      ...inner,
      async close() {
        await inner.close()
        await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      },
    }
    if (migrated) await migrate(database)
  }
  opened.push(database)
  return database
}

// A new embedded database takes seconds to initialise; a copy of one is quicker.
let emptyDump: Promise<Blob> | undefined
function neverMigrated(): Promise<Blob> {
  emptyDump ??= openMemoryDatabase().then(async (database) => {
    const dump = await database.pglite!.dumpDataDir('gzip')
    await database.close()
    return dump
  })
  return emptyDump
}

async function expectSameData(from: Database, to: Database) {
  const expected = await tableContents(from)
  const actual = await tableContents(to)
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort())
  expect(Object.entries(expected).filter(([, rows]) => rows.length === 0)).toEqual([])
  for (const [table, rows] of Object.entries(expected)) {
    if (table in EXCLUDED_TABLES) expect(actual[table], table).toEqual([])
    else expect(actual[table], table).toEqual(rows)
  }
}

/** Rewrites a backup's lines and gives it a correct checksum again. */
function rewritten(from: string, edit: (lines: string[]) => void): string {
  const lines = gunzipSync(readFileSync(from)).toString('utf8').split('\n')
  lines.pop()
  edit(lines)
  const trailer = JSON.parse(lines.pop()!)
  trailer.sha256 = createHash('sha256')
    .update(lines.map((l) => `${l}\n`).join(''))
    .digest('hex')
  lines.push(JSON.stringify(trailer))
  const to = join(dir, `edited-${randomBytes(4).toString('hex')}.gz`)
  writeFileSync(to, gzipSync(`${lines.join('\n')}\n`))
  return to
}

async function dataTables(database: Database): Promise<string[]> {
  const rows = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`.execute(database.db)
  const found: string[] = []
  for (const { name } of rows.rows) {
    if (['schema_migration', 'organisation', 'directory_entry', 'directory_change'].includes(name))
      continue
    const n = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(name)}`.execute(
      database.db,
    )
    if (Number(n.rows[0]!.n) > 0) found.push(name)
  }
  return found
}

beforeAll(async () => {
  source = await newDatabase(engine, { migrated: true })
  await fillEveryTable(source.db)
  file = join(dir, 'porten.backup.gz')
  await writeBackup(source, file)
})

afterAll(async () => {
  for (const database of opened) await database.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('porten backup', () => {
  it('writes every table but sessions and sign-in failures, parents first, readable only by its owner', async () => {
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const tables: string[] = []
    let header: { tables: string[]; engine: string; schemaVersion: number } | undefined
    for await (const event of readBackup(file)) {
      if (event.kind === 'header') header = event.header
      if (event.kind === 'table') tables.push(event.table.table)
    }
    expect(header).toMatchObject({ engine, schemaVersion: loadMigrations().at(-1)!.version })
    expect(tables).toEqual(header!.tables)
    const all = Object.keys(await tableContents(source))
    expect([...tables, ...Object.keys(EXCLUDED_TABLES)].sort()).toEqual(all.sort())

    const foreignKeys = await sql<{ child: string; parent: string }>`
      SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
      JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      WHERE k.contype = 'f' AND c.relname <> p.relname`.execute(source.db)
    expect(foreignKeys.rows.length).toBeGreaterThan(10)
    for (const { child, parent } of foreignKeys.rows) {
      if (child in EXCLUDED_TABLES) continue
      expect(tables.indexOf(parent), `${parent} before ${child}`).toBeLessThan(
        tables.indexOf(child),
      )
    }
  })

  it('never replaces an existing file unless forced', async () => {
    await expect(writeBackup(source, file)).rejects.toThrow(/exists already/)
    const again = join(dir, 'forced.gz')
    writeFileSync(again, 'an older file')
    const summary = await writeBackup(source, again, { force: true })
    expect(summary.totalRows).toBeGreaterThan(100)
    expect(statSync(again).mode & 0o777).toBe(0o600)
    expect(readFileSync(again).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]))
  })

  it.runIf(pgUrl)('is one consistent snapshot while the server goes on writing', async () => {
    const busy = await newDatabase('postgres', { migrated: true })
    await fillEveryTable(busy.db)
    const before = await tableContents(busy)
    const snapshot = join(dir, 'snapshot.gz')
    let wrote = false
    await writeBackup(busy, snapshot, {
      pageSize: 1,
      async onProgress({ table }) {
        if (table !== 'customer' || wrote) return
        wrote = true
        // Other connections of the pool, outside the backup's transaction.
        await busy.db.updateTable('customer').set({ first_name: 'Changed' }).execute()
        await busy.db
          .insertInto('customer')
          .values({
            id: '00000000-0000-4000-8000-000000000002',
            first_name: 'Ny',
            last_name: 'Kund',
            birth_date: '2000-01-31',
            municipality: 'larsmo',
            job_seeker_status: 'not',
            categories: [],
            needs_coordination: false,
            interpreter_needed: false,
            responsible_organisations: ['integration-unit'],
            languages: '[]',
            created_at: new Date(),
            updated_at: new Date(),
          })
          .execute()
      },
    })
    expect(wrote).toBe(true)
    expect((await tableContents(busy)).customer).toHaveLength(before.customer!.length + 1)
    const copy = await newDatabase('postgres', { migrated: false })
    await restoreBackup(copy, snapshot)
    expect((await tableContents(copy)).customer).toEqual(before.customer)
  })
})

describe('porten restore', () => {
  it('restores into a never-migrated database of the same engine, every table equal', async () => {
    const target = await newDatabase(engine, { migrated: false })
    const summary = await restoreBackup(target, file)
    expect(summary.migratedAfter).toEqual([])
    expect(summary.totalRows).toBeGreaterThan(100)
    await expectSameData(source, target)
  })

  it('restores into a migrated, empty database, replacing the rows the migrations put there', async () => {
    const target = await newDatabase(engine, { migrated: true })
    await restoreBackup(target, file)
    await expectSameData(source, target)
  })

  it('gives the same data when read a row at a time', async () => {
    const small = join(dir, 'paged.gz')
    await writeBackup(source, small, { pageSize: 1 })
    const target = await newDatabase(engine, { migrated: false })
    await restoreBackup(target, small)
    await expectSameData(source, target)
  })

  it.runIf(pgUrl)('restores a PostgreSQL backup into the embedded database', async () => {
    const target = await newDatabase('pglite', { migrated: false })
    await restoreBackup(target, file)
    await expectSameData(source, target)
  })

  it.runIf(pgUrl)('restores an embedded database’s backup into PostgreSQL', async () => {
    const embedded = await newDatabase('pglite', { migrated: true })
    await fillEveryTable(embedded.db)
    const embeddedFile = join(dir, 'embedded.gz')
    await writeBackup(embedded, embeddedFile)
    const target = await newDatabase('postgres', { migrated: false })
    await restoreBackup(target, embeddedFile)
    await expectSameData(embedded, target)
  })

  it('continues identity sequences after the restored ids', async () => {
    const target = await newDatabase(engine, { migrated: false })
    await restoreBackup(target, file)
    const maxId = async (table: 'audit_log' | 'directory_change') =>
      Number(
        (
          await target.db
            .selectFrom(table)
            .select((eb) => eb.fn.max('id').as('id'))
            .executeTakeFirst()
        )?.id,
      )
    const restoredMax = await maxId('audit_log')
    const added = await target.db
      .insertInto('audit_log')
      .values({
        at: new Date(),
        actor_email: 'x@example.test',
        actor_name: 'X',
        actor_organisation_id: 'integration-unit',
        actor_role: 'admin',
        action: 'test',
        access: 'read',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    expect(added.id).toBe(restoredMax + 1)
    const before = await maxId('directory_change')
    await target.db
      .insertInto('directory_change')
      .values({
        entry_id: 'optima',
        changed_at: new Date(),
        change: 'update',
        fields: [],
        snapshot: '{}',
      })
      .execute()
    expect(await maxId('directory_change')).toBe(before + 1)
  })

  it('refuses a truncated or altered file and changes nothing', async () => {
    const bytes = readFileSync(file)
    const truncated = join(dir, 'truncated.gz')
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
    const flipped = join(dir, 'flipped.gz')
    const copy = Buffer.from(bytes)
    copy[Math.floor(copy.length / 2)]! ^= 0x01
    writeFileSync(flipped, copy)
    // Valid gzip around one changed character: only the checksum notices.
    const text = gunzipSync(bytes).toString('utf8')
    const edited = join(dir, 'edited.gz')
    writeFileSync(edited, gzipSync(text.replace('Amina', 'Amine')))
    const spliced = join(dir, 'spliced.gz')
    writeFileSync(spliced, gzipSync(text.slice(0, text.lastIndexOf('{"end"'))))

    const target = await newDatabase(engine, { migrated: false })
    for (const [bad, message] of [
      [truncated, /damaged or incomplete/],
      [flipped, /damaged|checksum/],
      [edited, /checksum does not match/],
      [spliced, /ends too early/],
    ] as const) {
      await expect(restoreBackup(target, bad), bad).rejects.toThrow(message)
      await expect(restoreBackup(target, bad)).rejects.toBeInstanceOf(BackupFileError)
    }
    expect(await schemaVersion(target.db)).toBe(0)

    const migrated = await newDatabase(engine, { migrated: true })
    await expect(restoreBackup(migrated, edited)).rejects.toThrow(/checksum/)
    expect(await dataTables(migrated)).toEqual([])
  })

  it('refuses files that are not Porten backups', async () => {
    const target = await newDatabase(engine, { migrated: true })
    const plain = join(dir, 'dump.sql')
    writeFileSync(plain, 'CREATE TABLE customer ();\n')
    await expect(restoreBackup(target, plain)).rejects.toThrow(/not a Porten backup/)
    const other = join(dir, 'other.json.gz')
    writeFileSync(other, gzipSync('{"format":"something-else"}\n'))
    await expect(restoreBackup(target, other)).rejects.toThrow(/not a Porten backup/)
    const future = rewritten(file, (lines) => {
      lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), formatVersion: 2 })
    })
    await expect(restoreBackup(target, future)).rejects.toThrow(/format version 2/)
  })

  it('refuses a backup from a newer schema version', async () => {
    const newer = rewritten(file, (lines) => {
      lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), schemaVersion: 99 })
    })
    const target = await newDatabase(engine, { migrated: false })
    const refusal = restoreBackup(target, newer)
    await expect(refusal).rejects.toBeInstanceOf(RestoreRefused)
    await expect(restoreBackup(target, newer)).rejects.toThrow(/schema version 99.*upgrade Porten/)
    expect(await schemaVersion(target.db)).toBe(0)
  })

  it('refuses a database that already holds data, changing nothing', async () => {
    const before = await tableContents(source)
    await expect(restoreBackup(source, file)).rejects.toThrow(/already holds data \(.*customer/)
    expect(await tableContents(source)).toEqual(before)
  })

  it('rolls everything back when a row is refused halfway', async () => {
    const broken = rewritten(file, (lines) => {
      const i = lines.findIndex((l) => l.includes('"reason":"scheduled"'))
      lines[i] = lines[i]!.replace('"reason":"scheduled"', '"reason":"whim"')
    })
    const target = await newDatabase(engine, { migrated: true })
    const directory = (await tableContents(target)).directory_entry
    await expect(restoreBackup(target, broken)).rejects.toThrow(
      /Restoring plan_review failed \(.*plan_review_reason_check.*\); everything was rolled back/,
    )
    expect(await dataTables(target)).toEqual([])
    expect((await tableContents(target)).directory_entry).toEqual(directory)

    // A value PostgreSQL cannot read is not repeated in the message.
    const badDate = rewritten(file, (lines) => {
      const i = lines.findIndex((l) => l.includes('"birth_date":"1992-02-29"'))
      lines[i] = lines[i]!.replace('"birth_date":"1992-02-29"', '"birth_date":"Amina Secret"')
    })
    const refusal = await restoreBackup(target, badDate).catch((error: Error) => error)
    expect(String(refusal)).toMatch(
      /Restoring customer failed \(invalid input syntax for type date\)/,
    )
    expect(String(refusal)).not.toContain('Secret')
    expect(await dataTables(target)).toEqual([])
  })

  it('restores an older backup, then applies the later migrations', async () => {
    const migrations = loadMigrations()
    const older = await newDatabase(engine, { migrated: false })
    await migrate(older, migrations.slice(0, 3))
    await older.db
      .insertInto('app_user')
      .values({
        id: '00000000-0000-4000-8000-000000000001',
        email: 'old@example.test',
        name: 'Gammal Användare',
        organisation_id: 'integration-unit',
        role: 'admin',
        created_at: '2024-01-31T00:00:00Z',
        updated_at: '2024-01-31T00:00:00Z',
      })
      .execute()
    const olderFile = join(dir, 'version-3.gz')
    await writeBackup(older, olderFile)

    const upToDate = await newDatabase(engine, { migrated: true })
    await expect(restoreBackup(upToDate, olderFile)).rejects.toThrow(
      `schema version ${migrations.at(-1)!.version}, newer than the backup's 3`,
    )

    const target = await newDatabase(engine, { migrated: false })
    const summary = await restoreBackup(target, olderFile)
    expect(summary.migratedAfter.map((m) => m.version)).toEqual(
      migrations.slice(3).map((m) => m.version),
    )
    expect(await schemaVersion(target.db)).toBe(migrations.at(-1)!.version)
    expect(await target.db.selectFrom('app_user').select('email').execute()).toEqual([
      { email: 'old@example.test' },
    ])
    expect((await tableContents(target)).directory_entry!.length).toBeGreaterThan(10)
  })

  it('includes a table it was never told about, even one without a primary key', async () => {
    const extra = sql`CREATE TABLE later_note (
      customer_id uuid NOT NULL REFERENCES customer (id), note text, noted_on date)`
    const withExtra = await newDatabase(engine, { migrated: true })
    await fillEveryTable(withExtra.db)
    await extra.execute(withExtra.db)
    await sql`INSERT INTO later_note SELECT id, first_name, '2025-01-31' FROM customer`.execute(
      withExtra.db,
    )
    await sql`INSERT INTO later_note SELECT id, first_name, '2025-01-31' FROM customer`.execute(
      withExtra.db,
    )
    const extraFile = join(dir, 'extra.gz')
    await writeBackup(withExtra, extraFile, { pageSize: 1 })

    const target = await newDatabase(engine, { migrated: true })
    await expect(restoreBackup(target, extraFile)).rejects.toThrow(/missing here: later_note/)
    await extra.execute(target.db)
    await restoreBackup(target, extraFile)
    expect((await tableContents(target)).later_note).toHaveLength(4)
    await expectSameData(withExtra, target)
  })
})
