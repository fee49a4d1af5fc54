import { mkdirSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite, type PGliteOptions, type Transaction as PGliteTx } from '@electric-sql/pglite'

// The embedded engine (PGlite) and its disk: the data directory's checks, and
// a PGlite that watches its own file writes, stops on a storage fault (full,
// read-only or failing disk) and reopens the directory by itself once the disk
// is usable again. database.ts wraps it as a `Database` and re-exports what
// callers need (DataDirError, checkDataDir, StorageFaultError, the storage
// types), so import those from database.ts.

/** Why the data directory cannot be used: always a message for the operator. */
export class DataDirError extends Error {
  override name = 'DataDirError'
}

/**
 * Fails at once, with a message naming the directory, when the data directory
 * cannot be created or written: PGlite itself says only "failed to initialize".
 * Root ignores permission bits, so a read-only mount is the case that matters.
 */
export function checkDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true })
    if (!statSync(dataDir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' })
    const probe = join(dataDir, `.porten-write-check-${process.pid}`)
    try {
      writeFileSync(probe, 'Porten checks that it can write here.\n')
    } finally {
      rmSync(probe, { force: true })
    }
  } catch (error) {
    throw new DataDirError(describeDiskError(dataDir, (error as NodeJS.ErrnoException).code), {
      cause: error,
    })
  }
}

function describeDiskError(dataDir: string, code: string | undefined): string {
  const where = `The data directory ${dataDir}`
  const otherwise =
    'or set PORTEN_DATA_DIR to another directory (or DATABASE_URL to use PostgreSQL).'
  switch (code) {
    case 'EROFS':
      return `${where} is on a read-only file system, so the database cannot be written. Remount it read-write, ${otherwise}`
    case 'EACCES':
    case 'EPERM':
      return `${where} is not writable by this user (uid ${process.getuid?.() ?? '?'}). Give it to the user that runs Porten, ${otherwise}`
    case 'ENOSPC':
    case 'EDQUOT':
      return `${where} is on a full disk. Free some space and start Porten again, ${otherwise}`
    case 'ENOTDIR':
    case 'EEXIST':
      return `${where} is not a directory. Move that file away, ${otherwise}`
    default:
      return `${where} cannot be written (${code ?? 'unknown error'}). Check the disk, ${otherwise}`
  }
}

export type StorageProblem = 'full' | 'read-only' | 'failing'

export interface StorageFault {
  readonly problem: StorageProblem
  /** The file the engine failed to write, relative to the data directory. */
  readonly file: string
  readonly since: string
}

export type StorageEvent =
  | { kind: 'stopped'; fault: StorageFault }
  | { kind: 'reopened'; fault: StorageFault }
  | { kind: 'reopen-failed'; message: string }

export interface StorageWatch {
  /** Set while the engine is stopped after a storage fault, until it reopens by itself. */
  fault(): StorageFault | undefined
  onEvent(listener: (event: StorageEvent) => void): void
}

/** A request refused because the engine stopped after a storage fault. */
export class StorageFaultError extends Error {
  override name = 'StorageFaultError'
  /** SQLSTATE, as PostgreSQL would say it: 53100 disk_full, 58030 io_error. */
  readonly code: string
  readonly storageProblem: StorageProblem
  constructor(fault: StorageFault) {
    super(`The embedded database stopped: ${fault.problem} disk (writing ${fault.file}).`)
    this.storageProblem = fault.problem
    this.code = fault.problem === 'full' ? '53100' : '58030'
  }
}

// Emscripten's errno numbers (WASI), as PGlite's file system reports them.
const STORAGE_ERRNOS: Readonly<Record<number, StorageProblem>> = {
  51: 'full', // ENOSPC
  19: 'full', // EDQUOT
  69: 'read-only', // EROFS
  29: 'failing', // EIO
}
const WRITING_FS_CALLS = ['write', 'open', 'truncate', 'ftruncate', 'rename', 'mkdir', 'unlink']
const REOPEN_CHECK_MS = 1_000
/** Room for a few write-ahead log segments (16 MiB each) before reopening. */
export const REOPEN_MIN_FREE_BYTES = 64 * 2 ** 20

interface Watched {
  readonly pglite: PGlite
  fault?: StorageFault
}

/**
 * PGlite with a watch on its disk. PostgreSQL answers a full disk while a
 * table or index grows with an ordinary error and carries on. But when the
 * write-ahead log cannot get its next segment, the WebAssembly engine spins
 * on its next statement, synchronously, and the whole process freezes, even
 * after space is freed (found for issue 7; test/faults/full-disk.test.ts).
 * Any other failed write (commit log, control file), and any read-only or
 * failing disk, is treated the same way, to be safe. Such a fault stops the
 * instance before it runs another statement; requests get 503/507 at once,
 * and when the disk is writable with room again a fresh instance opens the
 * directory (crash recovery, as after a kill) and takes over.
 */
export class EmbeddedEngine implements StorageWatch {
  #watched: Watched
  readonly #listeners = new Set<(event: StorageEvent) => void>()
  #retry: NodeJS.Timeout | undefined
  #reopening = false
  #reopenFailedOnce = false
  #closed = false

  private constructor(
    readonly dataDir: string | undefined,
    private readonly options: PGliteOptions,
    pglite: PGlite,
  ) {
    this.#watched = this.#watch(pglite)
  }

  static async open(dataDir: string | undefined, options: PGliteOptions) {
    const pglite = dataDir ? await PGlite.create(dataDir, options) : await PGlite.create(options)
    return new EmbeddedEngine(dataDir, options, pglite)
  }

  get current(): PGlite {
    return this.#watched.pglite
  }

  fault(): StorageFault | undefined {
    return this.#watched.fault
  }

  onEvent(listener: (event: StorageEvent) => void) {
    this.#listeners.add(listener)
  }

  /** The instance to use now; throws (synchronously) while stopped after a fault. */
  #live(): PGlite {
    const { pglite, fault } = this.#watched
    if (fault) throw new StorageFaultError(fault)
    return pglite
  }

  transaction<T>(fn: (tx: PGliteTx) => Promise<T>): Promise<T> {
    let began = false
    return this.#live()
      .transaction((tx) => {
        began = true
        return fn(tx)
      })
      .catch(async (error: unknown) => {
        // Kysely's PGlite driver waits for the callback to start; a BEGIN
        // refused after a fault would leave it (and the request) waiting forever.
        if (!began) await fn(refusingTransaction(error)).catch(() => {})
        throw error
      })
  }

  /** What Kysely's PGlite dialect needs, always on the current instance. */
  forKysely() {
    const engine = this
    return {
      get closed() {
        return engine.#closed || engine.current.closed
      },
      get ready() {
        return engine.current.ready
      },
      get waitReady() {
        return engine.current.waitReady
      },
      query: <Row>(sql: string, params?: unknown[], options?: object) =>
        engine.#live().query<Row>(sql, params, options),
      transaction: <T>(fn: (tx: PGliteTx) => Promise<T>) => engine.transaction(fn),
      close: () => engine.close(),
    }
  }

  async close() {
    this.#closed = true
    clearInterval(this.#retry)
    const { pglite, fault } = this.#watched
    if (fault) abandon(pglite)
    else if (!pglite.closed) await pglite.close()
  }

  #watch(pglite: PGlite): Watched {
    const watched: Watched = { pglite }
    const fs = pglite.Module.FS as unknown as Record<string, unknown>
    for (const call of WRITING_FS_CALLS) {
      const original = fs[call]
      if (typeof original !== 'function') continue
      fs[call] = (...args: unknown[]) => {
        try {
          return original.apply(fs, args)
        } catch (error) {
          this.#notice(watched, args[0], error)
          throw error
        }
      }
    }
    const run = pglite.execProtocolRawSync.bind(pglite)
    pglite.execProtocolRawSync = (message: Uint8Array) => {
      if (watched.fault) throw new StorageFaultError(watched.fault)
      return run(message)
    }
    return watched
  }

  #notice(watched: Watched, target: unknown, error: unknown) {
    const problem = STORAGE_ERRNOS[(error as { errno?: number } | undefined)?.errno ?? -1]
    if (!problem || watched.fault) return
    const file = fileOf(target)
    // A table or index that cannot grow: PostgreSQL's own error, and it carries on.
    if (problem === 'full' && file.startsWith('base/')) return
    const fault = { problem, file, since: new Date().toISOString() }
    watched.fault = fault
    if (watched !== this.#watched || !this.dataDir) return
    // Inside the engine's own call stack: tell the listeners a moment later.
    setImmediate(() => this.#emit({ kind: 'stopped', fault }))
    this.#reopenFailedOnce = false
    this.#retry ??= setInterval(() => void this.#tryReopen(), REOPEN_CHECK_MS)
    this.#retry.unref()
  }

  async #tryReopen() {
    const { fault } = this.#watched
    if (!fault || !this.dataDir || this.#reopening || this.#closed) return
    if (!hasRoom(this.dataDir)) return
    this.#reopening = true
    try {
      const pglite = await PGlite.create(this.dataDir, this.options)
      if (this.#closed) {
        await pglite.close()
        return
      }
      const stopped = this.#watched.pglite
      this.#watched = this.#watch(pglite)
      abandon(stopped)
      clearInterval(this.#retry)
      this.#retry = undefined
      this.#emit({ kind: 'reopened', fault })
    } catch (error) {
      if (!this.#reopenFailedOnce)
        this.#emit({
          kind: 'reopen-failed',
          message: error instanceof Error ? error.message : String(error),
        })
      this.#reopenFailedOnce = true
    } finally {
      this.#reopening = false
    }
  }

  #emit(event: StorageEvent) {
    for (const listener of this.#listeners) listener(event)
  }
}

function fileOf(target: unknown): string {
  const path =
    typeof target === 'string' ? target : String((target as { path?: unknown })?.path ?? '?')
  const root = `${PGlite.paths.PGDATA}/`
  return path.startsWith(root) ? path.slice(root.length) : path
}

/** Whether the data directory is writable and has room for the engine to start again. */
function hasRoom(dataDir: string): boolean {
  try {
    const { bavail, bsize } = statfsSync(dataDir)
    if (bavail * bsize < REOPEN_MIN_FREE_BYTES) return false
    checkDataDir(dataDir)
    return true
  } catch {
    return false
  }
}

/** Lets a stopped instance go without running it again; closes its files. */
function abandon(pglite: PGlite) {
  try {
    pglite.Module.FS.quit()
  } catch {
    // Its files close with the process at the latest.
  }
}

function refusingTransaction(error: unknown): PGliteTx {
  const refuse = () => Promise.reject(error)
  return {
    query: refuse,
    sql: refuse,
    exec: refuse,
    rollback: refuse,
    listen: refuse,
    closed: true,
  }
}
