import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { runPorten } from '../test/porten-command.js'
import { buildApp } from './app.js'
import { loadConfig } from './config.js'
import { openDatabase } from './db/database.js'
import { packageRoot } from './package-root.js'
import { systemClock } from './shared/time/clock.js'

// The contract's commands, run as a separate process the way operators run
// them, on the engine this test run uses (DATABASE_URL or a fresh data dir).

const pgUrl = process.env.DATABASE_URL
// Each command is a new process that opens the database: slow on purpose.
vi.setConfig({ testTimeout: 120_000 })
let env: NodeJS.ProcessEnv

const porten = (args: string[], stdin?: string) =>
  runPorten(args, env, stdin === undefined ? {} : { stdin })

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'porten-cli-'))
  env = { ...process.env, PORTEN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }
  if (pgUrl) {
    // A database of its own, so the CLI's users do not meet other tests'.
    const { adminQuery, withDatabase } = await import('../test/global-setup.js')
    const name = `porten_t_${process.ppid}_cli`
    await adminQuery(pgUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await adminQuery(pgUrl, `CREATE DATABASE ${name}`)
    env.DATABASE_URL = withDatabase(pgUrl, name)
  } else {
    delete env.DATABASE_URL
  }
}, 60_000)

afterAll(async () => {
  if (pgUrl) {
    const { adminQuery } = await import('../test/global-setup.js')
    await adminQuery(pgUrl, `DROP DATABASE IF EXISTS porten_t_${process.ppid}_cli WITH (FORCE)`)
  }
})

describe('porten CLI', () => {
  it('migrates, adds users and creates tokens that the API accepts', async () => {
    const migrated = await porten(['migrate'])
    expect(migrated.stderr).toBe('')
    expect(migrated.code).toBe(0)
    expect((await porten(['migrate'])).stdout).toContain('Up to date')

    const added = await porten(
      [
        'user',
        'add',
        '--email',
        'Rita.Radgivare@example.test',
        '--name',
        'Rita Rådgivare',
        '--org',
        'integration-unit',
        '--role',
        'counselor',
        '--password-stdin',
      ],
      'a long enough password\n',
    )
    expect(added.code).toBe(0)
    const again = await porten([
      'user',
      'add',
      '--email',
      'rita.radgivare@example.test',
      '--name',
      'R',
      '--org',
      'integration-unit',
      '--role',
      'counselor',
    ])
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('exists already')

    const token = await porten(['token', 'create', '--email', 'rita.radgivare@example.test'])
    expect(token.code).toBe(0)
    const lastLine = token.stdout.trim().split('\n').at(-1)!
    expect(lastLine).toMatch(/^prt_[A-Za-z0-9_-]{43}$/)

    const database = await openDatabase(loadConfig(env))
    try {
      const app = await buildApp(
        { database, clock: systemClock, config: loadConfig(env) },
        { logger: false, staffAppRoot: '/nonexistent' },
      )
      const me = await app.inject({
        method: 'GET',
        url: '/api/v1/session',
        headers: { authorization: `Bearer ${lastLine}` },
      })
      expect(me.json().user).toMatchObject({
        email: 'rita.radgivare@example.test',
        role: 'counselor',
        org: 'integration-unit',
      })
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'rita.radgivare@example.test', password: 'a long enough password' },
      })
      expect(signIn.statusCode).toBe(200)
      await app.close()
    } finally {
      await database.close()
    }
  })

  it('refuses bad command lines with exit code 2 and says why', async () => {
    const badRole = await porten([
      'user',
      'add',
      '--email',
      'x@example.test',
      '--name',
      'X',
      '--org',
      'integration-unit',
      '--role',
      'boss',
    ])
    expect(badRole.code).toBe(2)
    expect(badRole.stderr).toContain('--role')
    const badOrg = await porten([
      'user',
      'add',
      '--email',
      'x@example.test',
      '--name',
      'X',
      '--org',
      'kela',
      '--role',
      'admin',
    ])
    expect(badOrg.code).toBe(2)
    expect(badOrg.stderr).toContain('--org')
    expect((await porten(['frobnicate'])).code).toBe(2)
    expect((await porten(['token', 'create'])).code).toBe(2)
    expect((await porten(['token', 'create', '--email', 'nobody@example.test'])).code).toBe(1)
  })

  it('seeds the demo set idempotently', async () => {
    const first = await porten(['seed', '--demo'])
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('7 added')
    const added = Number(/Demo visits: (\d+) added/.exec(first.stdout)?.[1])
    expect(added).toBeGreaterThan(100)
    const second = await porten(['seed', '--demo'])
    expect(second.stdout).toContain('0 added, 7 already there')
    expect(second.stdout).toContain('Demo visits: 0 added')
  })

  it.skipIf(pgUrl !== undefined)(
    'fails at once, naming the directory and the process, while the server holds the embedded database',
    async () => {
      const server: ChildProcess = spawn(
        process.execPath,
        ['--import', 'tsx', join(packageRoot, 'src/main.ts'), 'serve'],
        {
          env: { ...env, PORT: '0', LOG_LEVEL: 'info' },
          cwd: packageRoot,
        },
      )
      try {
        await new Promise<void>((resolve, reject) => {
          let log = ''
          server.stdout!.on('data', (d) => {
            log += d
            if (log.includes('listening')) resolve()
          })
          server.once('exit', (code) => reject(new Error(`server exited ${code}`)))
        })
        const second = await porten(['migrate'])
        expect(second.code).toBe(1)
        expect(second.stderr).toContain(env.PORTEN_DATA_DIR!)
        expect(second.stderr).toContain(`process ${server.pid}`)
      } finally {
        server.kill('SIGKILL')
        await new Promise((resolve) => server.once('exit', resolve))
      }
      // After the hard kill the directory opens again, its data intact.
      const after = await porten(['token', 'create', '--email', 'rita.radgivare@example.test'])
      expect(after.code).toBe(0)
    },
  )
})
