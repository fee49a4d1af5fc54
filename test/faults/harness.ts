import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { expect } from 'vitest'
import { createApiToken } from '../../src/auth/auth.queries.js'
import { loadConfig } from '../../src/config.js'
import { openDatabase } from '../../src/db/database.js'
import { migrate } from '../../src/db/migrate.js'
import { packageRoot } from '../../src/package-root.js'
import type { User } from '../../src/users/users.js'
import { insertUser } from '../../src/users/users.queries.js'
import { type CommandResult, runPorten } from '../porten-command.js'

// The fault tests run Porten the way operators do: `porten serve` as a child
// process on a real database, killed, starved or cut off from outside.

export type Env = NodeJS.ProcessEnv

/** The environment for Porten on a data directory (PGlite) or a PostgreSQL URL. */
export function portenEnv(database: { dataDir: string } | { url: string }): Env {
  return {
    ...process.env,
    LOG_LEVEL: 'warn',
    ...('url' in database
      ? { DATABASE_URL: database.url, PORTEN_DATA_DIR: '' }
      : { DATABASE_URL: '', PORTEN_DATA_DIR: database.dataDir }),
  }
}

export type { CommandResult }

/** Runs one `porten` command to its end (killed after timeoutMs). */
export const porten = runPorten

/**
 * Migrates the database and adds a staff user with a bearer token, in this
 * process (faster than two `porten` commands), before any server holds it.
 */
export async function userWithToken(
  env: Env,
  user: Omit<User, 'id'> = {
    email: 'kim.kraschtest@example.test',
    name: 'Kim Kraschtest',
    org: 'integration-unit',
    role: 'counselor',
  },
): Promise<string> {
  const database = await openDatabase(loadConfig(env))
  try {
    await migrate(database)
    const now = new Date()
    const created = await insertUser(database.db, { ...user, passwordHash: null }, now)
    return await createApiToken(database.db, created.id, now)
  } finally {
    await database.close()
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      )
    })
  })
}

export interface ServerProcess {
  readonly child: ChildProcess
  readonly pid: number
  readonly base: string
  /** Everything the server wrote (stdout and stderr: its log and its messages). */
  output(): string
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  isRunning(): boolean
  /** SIGTERM and wait; SIGKILL after a few seconds. */
  stop(): Promise<void>
}

// Servers this test process started: none may outlive it, even after a timeout.
const spawned = new Set<ChildProcess>()
process.on('exit', () => {
  for (const child of spawned) child.kill('SIGKILL')
})

/** Kills (SIGKILL) every server this test file started that still runs: for afterAll. */
export async function killServers() {
  const running = [...spawned]
  for (const child of running) child.kill('SIGKILL')
  await Promise.all(
    running.map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null || child.signalCode !== null
            ? resolve(null)
            : child.once('exit', resolve),
        ),
    ),
  )
}

export function spawnServer(env: Env, port: number): ServerProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(packageRoot, 'src/main.ts'), 'serve'],
    { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, cwd: packageRoot },
  )
  spawned.add(child)
  child.once('exit', () => spawned.delete(child))
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  let running = true
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      running = false
      resolve({ code, signal })
    }),
  )
  return {
    child,
    pid: child.pid ?? -1,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    isRunning: () => running,
    async stop() {
      if (!running) return
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Starts `porten serve` and waits until /healthz answers 200. */
export async function startServer(env: Env, timeoutMs = 45_000): Promise<ServerProcess> {
  const server = spawnServer(env, await freePort())
  try {
    await waitFor(
      async () => {
        if (!server.isRunning()) throw new Error(`porten serve exited:\n${server.output()}`)
        const health = await call(server.base, 'GET', '/healthz', { timeoutMs: 2_000 })
        return health.status === 200
      },
      { timeoutMs, what: 'porten serve to answer /healthz' },
    )
    return server
  } catch (error) {
    server.child.kill('SIGKILL')
    throw error
  }
}

/** Runs fn over the items, `width` at a time. */
export async function inParallel<T>(items: T[], width: number, fn: (item: T) => Promise<void>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) await fn(items[next++] as T)
  }
  await Promise.all(Array.from({ length: width }, worker))
}

/** Polls until the condition holds; a thrown error ends the wait at once. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  { timeoutMs, what, intervalMs = 100 }: { timeoutMs: number; what: string; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

export interface Answer {
  /** 0 when no answer came (connection refused or reset, or the deadline passed). */
  status: number
  headers: Headers
  body: unknown
  ms: number
  error?: string
}

/** One HTTP request with a deadline; never throws. */
export async function call(
  base: string,
  method: string,
  path: string,
  { token, body, timeoutMs = 10_000 }: { token?: string; body?: unknown; timeoutMs?: number } = {},
): Promise<Answer> {
  const started = Date.now()
  try {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // Not JSON: kept as text.
    }
    return {
      status: response.status,
      headers: response.headers,
      body: parsed,
      ms: Date.now() - started,
    }
  } catch (error) {
    return {
      status: 0,
      headers: new Headers(),
      body: undefined,
      ms: Date.now() - started,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    }
  }
}

/** A problem+json answer with the status, and Retry-After where asked. */
export function expectProblemAnswer(answer: Answer, status: number, retryAfter = false) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status)
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  expect(answer.body).toMatchObject({
    status,
    title: expect.any(String),
    detail: expect.any(String),
  })
  if (retryAfter) expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0)
}

// Fictional customers (no identity codes needed) and anonymous visits.
const FIRST = ['Testa', 'Provia', 'Exempla', 'Fiktiva', 'Demona', 'Modella']
const LAST = ['Exempelsson', 'Provberg', 'Testström', 'Påhittsdotter', 'Låtsasgård']

export function customerBody(n: number) {
  return {
    firstName: `${FIRST[n % FIRST.length]} ${n}`,
    lastName: LAST[n % LAST.length] ?? 'Exempelsson',
    birthDate: '1990-01-01',
    municipality: 'jakobstad',
    unemployedJobSeeker: false,
    categories: ['international-protection'],
    languages: [{ code: 'ar', native: true }, { code: 'sv' }],
    arrivedOn: '2025-11-01',
    address: `Påhittad gata ${n}, 68600 Jakobstad`,
  }
}

export function visitBody() {
  return { at: new Date().toISOString(), location: 'jakobstad', language: 'sv', topics: ['work'] }
}
