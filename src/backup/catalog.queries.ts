import { sql } from 'kysely'
import type { Queryable } from '../db/database.js'

// What to back up comes from the database's own catalog, not a list kept by
// hand: a table added by a later migration is in the next backup without a
// change here. Tables are ordered parents first along their foreign keys, so
// a restore can insert them in that order with every constraint checked.

export interface ColumnInfo {
  name: string
  /** format_type(): how to cast a key value back from text. */
  type: string
  /** The identity or serial sequence behind the column, to reset after a restore. */
  sequence: string | null
}

export interface TableInfo {
  name: string
  /** In table order, without generated columns (PostgreSQL computes those). */
  columns: ColumnInfo[]
  /** Primary-key columns in key order; empty when the table has none. */
  primaryKey: string[]
  /** Tables this one's foreign keys point to (itself excluded). */
  references: string[]
}

/** Every ordinary table in the public schema, parents before children. */
export async function describeTables(db: Queryable): Promise<TableInfo[]> {
  const columns = await sql<{
    table: string
    column: string
    type: string
    sequence: string | null
  }>`
    SELECT c.relname AS "table", a.attname AS "column",
      format_type(a.atttypid, a.atttypmod) AS "type",
      pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname) AS "sequence"
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`.execute(db)
  const keys = await sql<{ table: string; column: string }>`
    SELECT c.relname AS "table", a.attname AS "column"
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
    WHERE con.contype = 'p' AND n.nspname = 'public'
    ORDER BY c.relname, k.position`.execute(db)
  const foreignKeys = await sql<{ table: string; references: string }>`
    SELECT DISTINCT c.relname AS "table", r.relname AS "references"
    FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_class r ON r.oid = con.confrelid
    JOIN pg_namespace rn ON rn.oid = r.relnamespace
    WHERE con.contype = 'f' AND n.nspname = 'public' AND rn.nspname = 'public'
      AND con.conrelid <> con.confrelid`.execute(db)

  const tables = new Map<string, TableInfo>()
  for (const c of columns.rows) {
    let table = tables.get(c.table)
    if (!table) {
      table = { name: c.table, columns: [], primaryKey: [], references: [] }
      tables.set(c.table, table)
    }
    table.columns.push({ name: c.column, type: c.type, sequence: c.sequence })
  }
  for (const k of keys.rows) tables.get(k.table)?.primaryKey.push(k.column)
  for (const f of foreignKeys.rows) tables.get(f.table)?.references.push(f.references)
  return dependencyOrder([...tables.values()])
}

/**
 * Parents before children; among tables free to go, alphabetical, so the
 * order is the same on every run. A cycle of foreign keys cannot be restored
 * with checked constraints, so it is refused with the tables named.
 */
export function dependencyOrder<T extends { name: string; references: string[] }>(
  tables: T[],
): T[] {
  const byName = new Map(tables.map((t) => [t.name, t]))
  const waitingFor = new Map(
    tables.map((t) => [t.name, new Set(t.references.filter((r) => byName.has(r)))]),
  )
  const ordered: T[] = []
  while (waitingFor.size > 0) {
    const ready = [...waitingFor]
      .filter(([, parents]) => parents.size === 0)
      .map(([name]) => name)
      .sort()
    if (ready.length === 0) {
      throw new Error(
        `Foreign keys form a cycle among: ${[...waitingFor.keys()].sort().join(', ')}`,
      )
    }
    for (const name of ready) {
      ordered.push(byName.get(name)!)
      waitingFor.delete(name)
      for (const parents of waitingFor.values()) parents.delete(name)
    }
  }
  return ordered
}

/** The highest migration applied, 0 for a database never migrated. */
export async function schemaVersion(db: Queryable): Promise<number> {
  const exists = await sql<{ exists: boolean }>`
    SELECT to_regclass('public.schema_migration') IS NOT NULL AS "exists"`.execute(db)
  if (!exists.rows[0]?.exists) return 0
  const version = await sql<{ version: number | null }>`
    SELECT max(version) AS version FROM schema_migration`.execute(db)
  return Number(version.rows[0]?.version ?? 0)
}

/** The named tables that hold at least one row. */
export async function tablesWithRows(db: Queryable, tables: string[]): Promise<string[]> {
  const found: string[] = []
  for (const table of tables) {
    const result = await sql<{ any: boolean }>`
      SELECT EXISTS (SELECT 1 FROM ${sql.table(table)}) AS "any"`.execute(db)
    if (result.rows[0]?.any) found.push(table)
  }
  return found
}

export async function countRows(db: Queryable, table: string): Promise<number> {
  const result = await sql<{ n: number }>`
    SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)
  return Number(result.rows[0]?.n ?? 0)
}
