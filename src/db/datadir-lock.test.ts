import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acquireDataDirLock, DataDirLockedError } from './datadir-lock.js'

const freshDir = () => mkdtempSync(join(tmpdir(), 'porten-lock-'))

describe('the data directory lock', () => {
  it('lets one holder in and names it to the next', () => {
    const dir = freshDir()
    const lock = acquireDataDirLock(dir, 'porten serve')
    try {
      acquireDataDirLock(dir, 'porten migrate')
      expect.unreachable('a second lock was granted')
    } catch (error) {
      expect(error).toBeInstanceOf(DataDirLockedError)
      const message = (error as Error).message
      expect(message).toContain(dir)
      expect(message).toContain(`process ${process.pid}`)
      expect(message).toContain('porten serve')
    }
    lock.release()
    acquireDataDirLock(dir).release()
  })

  it('takes over the lock of a process that is gone (a hard kill)', async () => {
    const dir = freshDir()
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'])
    const deadPid = child.pid!
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    writeFileSync(
      join(dir, 'porten.lock'),
      JSON.stringify({
        pid: deadPid,
        startTime: '1',
        command: 'porten serve',
        since: '2026-01-01T00:00:00Z',
      }),
    )
    const lock = acquireDataDirLock(dir)
    expect(JSON.parse(readFileSync(lock.path, 'utf8')).pid).toBe(process.pid)
    lock.release()
  })

  it('does not mistake a reused process id for the holder', () => {
    const dir = freshDir()
    // Our own pid, but a start time that is not ours: the holder is gone.
    writeFileSync(
      join(dir, 'porten.lock'),
      JSON.stringify({
        pid: process.pid,
        startTime: '1',
        command: 'old',
        since: '2026-01-01T00:00:00Z',
      }),
    )
    acquireDataDirLock(dir).release()
  })
})
