import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { consistencyCheck, openDataDirForCheck } from './checks.js'
import {
  call,
  customerBody,
  killServers,
  porten,
  portenEnv,
  startServer,
  userWithToken,
} from './harness.js'
import { mountTmpfs, remount, tmpfsUnavailable, unmount } from './tmpfs.js'

// Issue 7: "a … read-only data directory gives a clear error, not a corrupt
// database". The embedded database lives on a tmpfs of its own, which is
// remounted read-only under it (root ignores permission bits, so a read-only
// mount is the honest test). PGlite pass only; needs root.

const skipReason = tmpfsUnavailable()
let mountPoint = ''
let dataDir = ''
let token = ''

beforeAll(async () => {
  if (skipReason) return
  mountPoint = mountTmpfs(128)
  dataDir = join(mountPoint, 'data')
  token = await userWithToken(portenEnv({ dataDir }))
}, 90_000)

afterAll(async () => {
  await killServers()
  if (mountPoint) unmount(mountPoint)
})

describe.skipIf(skipReason)(
  `A read-only data directory${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    it('stops serve and migrate at once with a message naming the directory', {
      timeout: 90_000,
    }, async () => {
      const env = portenEnv({ dataDir })
      remount(mountPoint, 'ro')
      try {
        for (const command of [['serve'], ['migrate']]) {
          const result = await porten(command, { ...env, PORT: '0' }, { timeoutMs: 30_000 })
          expect(result.code, result.stderr).toBe(1)
          // At once: the start of Node alone, no wait for a database that cannot open.
          expect(result.ms).toBeLessThan(20_000)
          expect(result.stderr).toContain(
            `The data directory ${dataDir} is on a read-only file system`,
          )
          expect(result.stderr).toMatch(/Remount it read-write/)
          // A message, not a stack trace; and it came before any attempt to open the database.
          expect(result.stderr).not.toMatch(/^\s+at /m)
          expect(result.stderr.trim().split('\n')).toHaveLength(1)
          expect(result.stdout).toBe('')
        }
      } finally {
        remount(mountPoint, 'rw')
      }

      // Writable again: the database opens with its data, and takes writes.
      const server = await startServer(env)
      try {
        const me = await call(server.base, 'GET', '/api/v1/session', { token })
        expect(me.status).toBe(200)
        expect(me.body).toMatchObject({ user: { email: 'kim.kraschtest@example.test' } })
        const created = await call(server.base, 'POST', '/api/v1/customers', {
          token,
          body: customerBody(1),
        })
        expect(created.status, JSON.stringify(created.body)).toBe(201)
      } finally {
        await server.stop()
      }
      expect((await server.exited).code).toBe(0)
      const db = await openDataDirForCheck(dataDir)
      try {
        expect(await consistencyCheck(db)).toMatchObject({ app_user: 1, customer: 1 })
      } finally {
        await db.close()
      }
    })
  },
)
