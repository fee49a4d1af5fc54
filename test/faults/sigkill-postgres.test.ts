import { afterAll, describe, expect, it } from 'vitest'
import { adminQuery, withDatabase } from '../global-setup.js'
import { consistencyCheck, openPostgresForCheck } from './checks.js'
import { killServers, portenEnv } from './harness.js'
import { ACKS_BEFORE_KILL, expectAllStored, killRounds, ROUNDS } from './kill-rounds.js'

// SIGKILL during concurrent writes, on PostgreSQL (issue 7). Runs when
// DATABASE_URL is set (the CI's PostgreSQL pass), on a database of its own on
// that server, dropped afterwards. Only Porten is killed, never the server.

const pgUrl = process.env.DATABASE_URL
const name = `porten_t_${process.ppid}_faults_kill`

afterAll(async () => {
  await killServers()
  if (pgUrl) await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
})

describe.skipIf(!pgUrl)(
  `SIGKILL during concurrent writes on PostgreSQL${pgUrl ? '' : ' (skipped: runs when DATABASE_URL is set)'}`,
  () => {
    it('loses no acknowledged write', { timeout: 120_000 }, async () => {
      const adminUrl = pgUrl as string
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await adminQuery(adminUrl, `CREATE DATABASE ${name}`)
      const url = withDatabase(adminUrl, name)
      const acked = await killRounds(portenEnv({ url }))
      expect(acked.length).toBeGreaterThanOrEqual(ROUNDS * ACKS_BEFORE_KILL)

      const db = await openPostgresForCheck(url)
      try {
        await expectAllStored(db, acked)
        await consistencyCheck(db)
      } finally {
        await db.close()
      }
    })
  },
)
