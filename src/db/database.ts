import type { PGlite } from '@electric-sql/pglite'
import { Kysely, PGliteDialect, PostgresDialect, type Transaction } from 'kysely'
import pg from 'pg'
import type { DatabaseConfig } from '../config.js'
import { acquireDataDirLock, type DataDirLock } from './datadir-lock.js'
import { checkDataDir, DataDirError, EmbeddedEngine, type StorageWatch } from './embedded-engine.js'
import type { DB } from './schema.js'

// One SQL dialect over two engines: PostgreSQL through `pg` when DATABASE_URL
// is set, otherwise PGlite (PostgreSQL in WebAssembly) in a data directory.
// Kysely 0.29's built-in PGlite dialect is used rather than kysely-pglite,
// which would pull Kysely back to 0.27: one fewer dependency, kept by the
// Kysely maintainers, and the same Kysely for both engines. The embedded
// engine's disk watch (stop on a storage fault, reopen) is in embedded-engine.ts.

export {
  checkDataDir,
  DataDirError,
  REOPEN_MIN_FREE_BYTES,
  type StorageEvent,
  type StorageFault,
  StorageFaultError,
  type StorageProblem,
  type StorageWatch,
} from './embedded-engine.js'

export type Db = Kysely<DB>
export type Tx = Transaction<DB>
/** A database handle or an open transaction: queries take either (STYLE.md rule 4). */
export type Queryable = Kysely<DB> | Transaction<DB>

/** Runs a multi-statement SQL script (migrations) inside one transaction. */
export interface ScriptRunner {
  exec(sql: string): Promise<void>
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>
}

export interface Database {
  readonly kind: 'pglite' | 'postgres'
  readonly db: Db
  /** For messages: the data directory or the server (without credentials). */
  readonly location: string
  inScriptTransaction<T>(fn: (runner: ScriptRunner) => Promise<T>): Promise<T>
  /** The embedded engine, for backups and test templates; undefined on PostgreSQL. */
  readonly pglite?: PGlite
  /** The embedded engine's disk; undefined on PostgreSQL (its disk is its administrator's). */
  readonly storage?: StorageWatch
  close(): Promise<void>
}

// Calendar dates stay 'YYYY-MM-DD' strings (never JS Dates, which carry a
// zone); int8 and numeric counts become numbers.
const DATE_OID = 1082
const INT8_OID = 20
const NUMERIC_OID = 1700
const identity = (value: string) => value

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl)
  checkDataDir(config.dataDir)
  const lock = acquireDataDirLock(config.dataDir)
  try {
    const engine = await EmbeddedEngine.open(config.dataDir, { parsers: pgliteParsers })
    return wrapPGlite(engine, config.dataDir, lock)
  } catch (error) {
    lock.release()
    if (error instanceof DataDirError) throw error
    throw new DataDirError(
      `The embedded database in ${config.dataDir} could not be opened (${error instanceof Error ? error.message : String(error)}). ` +
        'Check that the disk has free space and is writable, and that the directory holds a Porten database.',
      { cause: error },
    )
  }
}

/** An in-memory PGlite, optionally from a dump made by `dumpDataDir` (tests). */
export async function openMemoryDatabase(loadDataDir?: Blob): Promise<Database> {
  const engine = await EmbeddedEngine.open(undefined, {
    parsers: pgliteParsers,
    ...(loadDataDir ? { loadDataDir } : {}),
  })
  return wrapPGlite(engine, 'memory')
}

const pgliteParsers = {
  [DATE_OID]: identity,
  [INT8_OID]: (v: string) => Number(v),
  [NUMERIC_OID]: (v: string) => Number(v),
}

function wrapPGlite(engine: EmbeddedEngine, location: string, lock?: DataDirLock): Database {
  const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite: engine.forKysely() }) })
  let closed = false
  return {
    kind: 'pglite',
    db,
    location,
    get pglite() {
      return engine.current
    },
    ...(engine.dataDir ? { storage: engine } : {}),
    async inScriptTransaction(fn) {
      return engine.transaction(async (tx) =>
        fn({
          exec: async (sql) => {
            await tx.exec(sql)
          },
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await tx.query<Row>(sql, params)).rows,
        }),
      )
    },
    async close() {
      if (closed) return
      closed = true
      try {
        await db.destroy()
        await engine.close()
      } finally {
        lock?.release()
      }
    },
  }
}

// --- PostgreSQL --------------------------------------------------------------

export function openPostgres(url: string, poolSize = 10): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return identity
        if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v)
        return pg.types.getTypeParser(oid, format)
      }) as typeof pg.types.getTypeParser,
    },
  })
  // An idle client losing its server (a restart) must not crash the process;
  // the next query gets a fresh connection.
  pool.on('error', () => {})
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) })
  return {
    kind: 'postgres',
    db,
    location: describePostgres(url),
    async inScriptTransaction(fn) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await fn({
          exec: async (sql) => {
            await client.query(sql)
          },
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params)).rows as Row[],
        })
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {})
        throw error
      } finally {
        client.release()
      }
    },
    async close() {
      await db.destroy()
      // Kysely ends the pool only if it ever used it; migrations may have alone.
      if (!pool.ended) await pool.end()
    },
  }
}

function describePostgres(url: string): string {
  try {
    const u = new URL(url)
    return `postgres://${u.hostname}:${u.port || 5432}${u.pathname}`
  } catch {
    return 'postgres'
  }
}
