import { sql } from 'kysely'
import type { Database, Queryable } from '../db/database.js'
import { loadMigrations, type Migration, migrate } from '../db/migrate.js'
import { EXCLUDED_TABLES } from './backup.js'
import { BackupFileError, type BackupHeader, readBackup } from './backup-file.js'
import {
  countRows,
  describeTables,
  schemaVersion,
  type TableInfo,
  tablesWithRows,
} from './catalog.queries.js'

// `porten restore FILE`: loads a backup into a new, empty database, all or
// nothing. The whole file is checked first (format, checksum, schema
// version), so a damaged file changes nothing at all. Then, in ONE
// transaction, the rows go in parents first, in multi-row inserts that let
// PostgreSQL parse the JSON (json_populate_recordset: the same on both
// engines, every column type handled by PostgreSQL itself); identity
// sequences move past the restored ids; the row counts must equal the file's.
//
// Schema versions: a backup from a newer Porten is refused. A database never
// migrated is migrated up to the backup's version, restored, and then brought
// up to this Porten's version by the remaining migrations, exactly as the
// original database would have been. A database already migrated must be at
// the backup's version (it cannot go back).
//
// "Empty" means no rows except those the migrations themselves insert (the
// organisations, the programme's directory): those tables are replaced by
// the backup's, which hold the installation's own edits.

export class RestoreRefused extends Error {
  override name = 'RestoreRefused'
}

export interface RestoreSummary {
  header: BackupHeader
  rows: Record<string, number>
  totalRows: number
  /** Migrations applied after the restore, to bring an older backup up to date. */
  migratedAfter: Migration[]
}

export interface CheckedBackup {
  header: BackupHeader
  columns: Map<string, string[]>
  rows: Record<string, number>
  /** The file's schema_migration rows: version and name. */
  migrations: Array<{ version: number; name: string }>
}

const MIGRATIONS_TABLE = 'schema_migration'

export async function restoreBackup(
  database: Database,
  file: string,
  { migrations = loadMigrations() }: { migrations?: Migration[] } = {},
): Promise<RestoreSummary> {
  const backup = await checkBackup(file, migrations)
  const { header } = backup
  const version = header.schemaVersion
  const current = await schemaVersion(database.db)
  if (current > version) {
    throw new RestoreRefused(
      `The database is at schema version ${current}, newer than the backup's ${version}. ` +
        'Restore into a new database that was never migrated: Porten migrates it to the backup’s version, restores, then applies the later migrations.',
    )
  }
  if (current === 0) {
    const tables = await describeTables(database.db)
    if (tables.length > 0) {
      throw new RestoreRefused(
        `The database at ${database.location} has tables but no Porten migrations; restore into an empty database.`,
      )
    }
  } else {
    await refuseIfHoldsData(database.db, database.location, migrations.slice(0, current))
  }
  if (current < version) await migrate(database, migrations.slice(0, version))

  await database.db.transaction().execute(async (tx) => {
    const tables = (await describeTables(tx)).filter((t) => !(t.name in EXCLUDED_TABLES))
    expectSameTables(tables, backup)
    // Nobody else writes while the rows go in (a server on the same PostgreSQL).
    await sql`LOCK TABLE ${sql.join(tables.map((t) => sql.table(t.name)))} IN ACCESS EXCLUSIVE MODE`.execute(
      tx,
    )
    await refuseIfHoldsData(tx, database.location, migrations.slice(0, version))
    const here = await tx
      .selectFrom('schema_migration')
      .select(['version', 'name'])
      .orderBy('version')
      .execute()
    if (JSON.stringify(here) !== JSON.stringify(backup.migrations)) {
      throw new RestoreRefused("The database's migrations differ from the backup's.")
    }
    const seeded = seededTables(migrations.slice(0, version))
    for (const table of [...tables].reverse()) {
      if (seeded.has(table.name)) await sql`DELETE FROM ${sql.table(table.name)}`.execute(tx)
    }

    for await (const event of readBackup(file)) {
      if (event.kind !== 'rows' || event.table === MIGRATIONS_TABLE) continue
      const columns = sql.join(backup.columns.get(event.table)!.map((c) => sql.id(c)))
      try {
        await sql`
          INSERT INTO ${sql.table(event.table)} (${columns}) OVERRIDING SYSTEM VALUE
          SELECT ${columns}
          FROM json_populate_recordset(NULL::${sql.table(event.table)}, ${`[${event.rows.join(',')}]`}::json)`.execute(
          tx,
        )
      } catch (error) {
        throw new Error(
          `Restoring ${event.table} failed (${withoutValues(error)}); everything was rolled back.`,
          { cause: error },
        )
      }
    }

    for (const table of tables) {
      for (const column of table.columns) {
        if (column.sequence) await resetSequence(tx, table.name, column.name, column.sequence)
      }
      if (table.name === MIGRATIONS_TABLE) continue
      const restored = await countRows(tx, table.name)
      if (restored !== backup.rows[table.name]) {
        throw new Error(
          `${table.name}: ${restored} rows restored, the file has ${backup.rows[table.name]}.`,
        )
      }
    }
  })

  const migratedAfter =
    version < (migrations.at(-1)?.version ?? 0) ? await migrate(database, migrations) : []
  // schema_migration counts as restored: its rows were checked equal.
  const totalRows = Object.values(backup.rows).reduce((a, b) => a + b, 0)
  return { header, rows: backup.rows, totalRows, migratedAfter }
}

/**
 * Reads the whole file once and checks it against this Porten: format,
 * checksum, and a schema this Porten knows under the same migrations.
 */
export async function checkBackup(file: string, migrations: Migration[]): Promise<CheckedBackup> {
  let header: BackupHeader | undefined
  const columns = new Map<string, string[]>()
  const applied: Array<{ version: number; name: string }> = []
  let rows: Record<string, number> = {}
  for await (const event of readBackup(file)) {
    if (event.kind === 'header') {
      header = event.header
      const latest = migrations.at(-1)?.version ?? 0
      if (header.schemaVersion > latest) {
        throw new RestoreRefused(
          `The backup is from schema version ${header.schemaVersion}; this Porten knows only up to ${latest}: upgrade Porten first.`,
        )
      }
    } else if (event.kind === 'table') {
      columns.set(event.table.table, event.table.columns)
    } else if (event.kind === 'rows' && event.table === MIGRATIONS_TABLE) {
      for (const row of event.rows) applied.push(JSON.parse(row))
    } else if (event.kind === 'end') {
      rows = event.trailer.rows
    }
  }
  if (!header || !columns.has(MIGRATIONS_TABLE)) {
    throw new BackupFileError('The file has no schema_migration table.')
  }
  const versions = applied.map((m) => m.version).sort((a, b) => a - b)
  if (versions.at(-1) !== header.schemaVersion || versions.some((v, i) => v !== i + 1)) {
    throw new BackupFileError("The file's migrations do not match its schema version.")
  }
  for (const m of applied) {
    const known = migrations[m.version - 1]
    if (known?.name !== m.name) {
      throw new RestoreRefused(
        `The backup's migration ${m.version} is "${m.name}", this Porten's is "${known?.name}": it was made by a different Porten.`,
      )
    }
  }
  return {
    header,
    columns,
    rows,
    migrations: applied
      .map((m) => ({ version: m.version, name: m.name }))
      .sort((a, b) => a.version - b.version),
  }
}

function expectSameTables(tables: TableInfo[], backup: CheckedBackup) {
  const here = new Set(tables.map((t) => t.name))
  const missing = backup.header.tables.filter((t) => !here.has(t))
  const extra = [...here].filter((t) => !backup.columns.has(t))
  if (missing.length || extra.length) {
    throw new RestoreRefused(
      `The database's tables differ from the backup's (${[
        ...missing.map((t) => `missing here: ${t}`),
        ...extra.map((t) => `not in the backup: ${t}`),
      ].join(', ')}).`,
    )
  }
  for (const table of tables) {
    const ours = table.columns.map((c) => c.name).sort()
    const theirs = [...backup.columns.get(table.name)!].sort()
    if (ours.join() !== theirs.join()) {
      throw new RestoreRefused(`The table ${table.name} has other columns than in the backup.`)
    }
  }
}

async function refuseIfHoldsData(db: Queryable, location: string, migrations: Migration[]) {
  const seeded = seededTables(migrations)
  const candidates = (await describeTables(db))
    .map((t) => t.name)
    .filter((t) => t !== MIGRATIONS_TABLE && !(t in EXCLUDED_TABLES) && !seeded.has(t))
  const holding = await tablesWithRows(db, candidates)
  if (holding.length > 0) {
    throw new RestoreRefused(
      `The database at ${location} already holds data (${holding.join(', ')}). ` +
        'Restore only into a new, empty database; nothing was changed.',
    )
  }
}

/** Tables the migrations themselves fill (reference data), found in their SQL. */
export function seededTables(migrations: Migration[]): Set<string> {
  const tables = new Set<string>()
  for (const m of migrations) {
    const code = m.sql.replace(/--.*$/gm, '')
    for (const match of code.matchAll(/\bINSERT\s+INTO\s+"?([A-Za-z_][A-Za-z0-9_]*)"?/gi)) {
      tables.add(match[1]!.toLowerCase())
    }
  }
  return tables
}

async function resetSequence(tx: Queryable, table: string, column: string, sequence: string) {
  await sql`
    SELECT setval(CAST(${sequence} AS regclass), coalesce(max(${sql.id(column)}), 1), max(${sql.id(column)}) IS NOT NULL)
    FROM ${sql.table(table)}`.execute(tx)
}

/**
 * PostgreSQL's message names the constraint or column; only its complaints
 * about a value's syntax quote the value, which could be personal data.
 */
function withoutValues(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/(invalid input (?:syntax|value) for [^:]*):.*$/s, '$1')
}
