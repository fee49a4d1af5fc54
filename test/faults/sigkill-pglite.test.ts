import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { consistencyCheck, openDataDirForCheck } from './checks.js'
import { killServers, portenEnv } from './harness.js'
import { ACKS_BEFORE_KILL, expectAllStored, killRounds, ROUNDS } from './kill-rounds.js'

// SIGKILL during concurrent writes, on the embedded database (issue 7). Runs
// in both passes: it needs nothing but a temporary directory.

let dataDir = ''
afterAll(async () => {
  await killServers()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('SIGKILL during concurrent writes on PGlite', () => {
  it('loses no acknowledged write, and the data directory opens cleanly', {
    timeout: 120_000,
  }, async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'porten-fault-kill-'))
    // Each restart takes over the lock the killed process left behind.
    const acked = await killRounds(portenEnv({ dataDir }))
    expect(acked.length).toBeGreaterThanOrEqual(ROUNDS * ACKS_BEFORE_KILL)

    const db = await openDataDirForCheck(dataDir)
    try {
      await expectAllStored(db, acked)
      const counts = await consistencyCheck(db)
      expect(counts.customer).toBeGreaterThanOrEqual(
        acked.filter((a) => a.kind === 'customer').length,
      )
    } finally {
      await db.close()
    }
  })
})
