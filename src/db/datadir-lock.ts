import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// The embedded database is one process's: PGlite has no lock of its own and
// two writers would corrupt the directory. A lock file names the holder (its
// process id and start time, so a reused id after a hard kill is not taken
// for the holder). It is created with link(2), which is atomic and fails if
// the file exists, so its content is always complete.

export interface LockHolder {
  pid: number
  startTime: string | null
  command: string
  since: string
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}). ` +
        'Only one process may open the embedded database: stop that process first, or set DATABASE_URL to use PostgreSQL.',
    )
    this.name = 'DataDirLockedError'
  }
}

export interface DataDirLock {
  readonly path: string
  release(): void
}

const LOCK_FILE = 'porten.lock'

export function acquireDataDirLock(dataDir: string, command = describeCommand()): DataDirLock {
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, LOCK_FILE)
  const me: LockHolder = {
    pid: process.pid,
    startTime: processStat(process.pid)?.startTime ?? null,
    command,
    since: new Date().toISOString(),
  }
  const content = JSON.stringify(me)
  for (let attempt = 0; attempt < 5; attempt++) {
    const tmp = `${path}.${process.pid}.${attempt}.tmp`
    writeFileSync(tmp, content, { mode: 0o600 })
    try {
      linkSync(tmp, path)
      return ownLock(path, content)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    } finally {
      unlinkSync(tmp)
    }
    const holder = readHolder(path)
    if (holder && isRunning(holder)) throw new DataDirLockedError(dataDir, holder)
    // The holder is gone (a hard kill, a crash): move its lock aside atomically
    // so that of two processes racing here only one proceeds.
    try {
      renameSync(path, `${path}.stale.${process.pid}`)
      unlinkSync(`${path}.stale.${process.pid}`)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
  }
  throw new Error(`Could not lock the data directory ${dataDir}`)
}

function ownLock(path: string, content: string): DataDirLock {
  let held = true
  const release = () => {
    if (!held) return
    held = false
    process.off('exit', release)
    try {
      if (readFileSync(path, 'utf8') === content) unlinkSync(path)
    } catch {
      // Already gone: nothing to release.
    }
  }
  process.on('exit', release)
  return { path, release }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>
    if (typeof parsed.pid !== 'number') return undefined
    return {
      pid: parsed.pid,
      startTime: parsed.startTime ?? null,
      command: String(parsed.command ?? 'unknown'),
      since: String(parsed.since ?? 'unknown'),
    }
  } catch {
    return undefined
  }
}

function isRunning(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  const stat = processStat(holder.pid)
  if (!stat) return true
  // A killed process that its parent has not reaped yet is a zombie: gone.
  if (stat.state === 'Z' || stat.state === 'X') return false
  // A different start time means the id now belongs to another process.
  return !(holder.startTime && holder.startTime !== stat.startTime)
}

/** A process's state and kernel start time (Linux), or undefined where /proc is missing. */
function processStat(pid: number): { state: string; startTime: string } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields 3 and 22; the command name (field 2) may hold spaces, so count from its ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { state: fields[0] ?? '', startTime: fields[19] ?? '' }
  } catch {
    return undefined
  }
}

function describeCommand(): string {
  const script = process.argv[1]?.split('/').slice(-2).join('/') ?? 'node'
  const args = process.argv.slice(2, 4).join(' ')
  return `${script} ${args}`.trim()
}
