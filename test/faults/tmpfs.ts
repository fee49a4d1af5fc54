import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statfsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Small file systems of their own (tmpfs), to fill up or make read-only
// without touching the machine's disks. Root only.

/** Why the disk fault tests cannot run here, or undefined when they can. */
export function tmpfsUnavailable(): string | undefined {
  if (process.env.DATABASE_URL) return 'runs in the PGlite pass (DATABASE_URL unset)'
  if (process.getuid?.() !== 0) return 'needs root, to mount a tmpfs'
  const dir = mkdtempSync(join(tmpdir(), 'porten-fault-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'pipe' })
    execFileSync('umount', [dir], { stdio: 'pipe' })
    return undefined
  } catch (error) {
    return `mounting a tmpfs is not permitted here (${error instanceof Error ? error.message.split('\n')[0] : error})`
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// Mounts this test process made: none may outlive it, even without its hooks.
const mounted = new Set<string>()
process.on('exit', () => {
  for (const dir of mounted) {
    try {
      unmount(dir)
    } catch {
      // Nothing more to do on the way out.
    }
  }
})

export function mountTmpfs(sizeMiB: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'porten-fault-disk-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMiB}m,mode=0755`, 'tmpfs', dir], {
    stdio: 'pipe',
  })
  mounted.add(dir)
  return dir
}

export function remount(dir: string, mode: 'ro' | 'rw') {
  execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'pipe' })
}

/** Unmounts (lazily if a process still holds a file there) and removes the mount point. */
export function unmount(dir: string) {
  mounted.delete(dir)
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' })
  } catch {
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' })
  }
  rmSync(dir, { recursive: true, force: true })
}

export function freeBytes(dir: string): number {
  const { bavail, bsize } = statfsSync(dir)
  return bavail * bsize
}
