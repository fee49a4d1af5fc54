// npm run bench: throughput and latency of Porten's hot paths on both
// databases, each printed with its ratio to a baseline measured in the same
// run (GET /healthz, one trivial query), so figures from different machines
// can be compared. Not part of the tests. Later issues add workloads here.
//
//   npm run bench                 both engines (PostgreSQL if reachable)
//   BENCH_SECONDS=5 npm run bench shorter runs
//   BENCH_ENGINES=pglite npm run bench

import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import pg from 'pg'
import { packageRoot } from '../src/package-root.js'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 20
const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',')

interface Result {
  engine: string
  workload: string
  rps: number
  p99: number
  ratio: number | null
  rssMiB: number
}

const results: Result[] = []

function porten(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(packageRoot, 'src/main.ts'), ...args],
      { env },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.stdin.end('benchmark password 123\n')
    child.on('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`porten ${args[0]}: ${stderr}`)),
    )
  })
}

async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['--import', 'tsx', join(packageRoot, 'src/main.ts'), 'serve'],
    {
      env: { ...env, PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return server
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  server.kill('SIGKILL')
  throw new Error('server did not start')
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  return Math.round(kb / 1024)
}

async function load(url: string, headers: Record<string, string> = {}) {
  // A short warm-up so the JIT and the connection pool are settled.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers })
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers })
  if (r.non2xx > 0 || r.errors > 0)
    throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`)
  return { rps: Math.round(r.requests.average), p99: r.latency.p99 }
}

async function benchEngine(engine: string, env: NodeJS.ProcessEnv, port: number) {
  await porten(['migrate'], env)
  await porten(
    [
      'user',
      'add',
      '--email',
      'bench@example.test',
      '--name',
      'Bench',
      '--org',
      'integration-unit',
      '--role',
      'counselor',
      '--password-stdin',
    ],
    env,
  )
  const token = (await porten(['token', 'create', '--email', 'bench@example.test'], env))
    .trim()
    .split('\n')
    .at(-1)!
  const server = await startServer(env, port)
  try {
    const base = `http://127.0.0.1:${port}`
    const health = await load(`${base}/healthz`)
    results.push({
      engine,
      workload: 'GET /healthz (baseline)',
      ...health,
      ratio: 1,
      rssMiB: rssMiB(server.pid!),
    })
    const session = await load(`${base}/api/v1/session`, { authorization: `Bearer ${token}` })
    results.push({
      engine,
      workload: 'GET /api/v1/session (token lookup: indexed join)',
      ...session,
      ratio: session.rps / health.rps,
      rssMiB: rssMiB(server.pid!),
    })
  } finally {
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
  }
}

async function main() {
  if (ENGINES.includes('pglite')) {
    const dataDir = mkdtempSync(join(tmpdir(), 'porten-bench-'))
    await benchEngine(
      'pglite',
      { ...process.env, DATABASE_URL: '', PORTEN_DATA_DIR: dataDir },
      3901,
    )
  }
  if (ENGINES.includes('postgres')) {
    const name = `porten_bench_${process.pid}`
    const admin = new pg.Client({ connectionString: ADMIN_URL })
    try {
      await admin.connect()
    } catch {
      console.log(`PostgreSQL not reachable at ${ADMIN_URL}: skipped`)
    }
    if ((admin as unknown as { _connected: boolean })._connected) {
      await admin.query(`CREATE DATABASE ${name}`)
      const url = new URL(ADMIN_URL)
      url.pathname = `/${name}`
      try {
        await benchEngine('postgres', { ...process.env, DATABASE_URL: url.toString() }, 3902)
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await admin.end()
      }
    }
  }
  console.log(
    `\nPorten benchmark: ${CONNECTIONS} connections, ${SECONDS} s per workload, Node ${process.version}\n`,
  )
  console.log(
    'engine    workload                                            req/s   p99 ms   ratio   RSS MiB',
  )
  for (const r of results) {
    console.log(
      `${r.engine.padEnd(9)} ${r.workload.padEnd(50)} ${String(r.rps).padStart(7)} ${String(r.p99).padStart(8)} ${(r.ratio ?? 0).toFixed(2).padStart(7)} ${String(r.rssMiB).padStart(9)}`,
    )
  }
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
