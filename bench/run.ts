// npm run bench: throughput and latency of Porten's hot paths on both
// databases over synthetic data sets (`porten seed --synthetic N`), each
// figure printed with its ratio to a baseline measured in the same run
// (GET /healthz), so figures from different machines can be compared. Not
// part of the tests.
//
//   npm run bench                          both engines, 10,000 and 100,000 customers
//   BENCH_SIZES=2000 BENCH_SECONDS=5 npm run bench   a quick run
//   BENCH_ENGINES=postgres npm run bench   one engine (PostgreSQL if reachable)
//
// Files: data-set.ts makes and loads the databases, processes.ts runs the
// server, load.ts measures, this file names the workloads and prints.

import { createDataSet, type DataSet, type Engine, postgresReachable } from './data-set.js'
import {
  CONNECTIONS,
  type Latency,
  type Request,
  SECONDS,
  sequentialLatency,
  type Throughput,
  throughput,
} from './load.js'
import { type Server, startServer } from './processes.js'

const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as Engine[]
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number)

interface Row {
  engine: Engine
  size: number
  workload: string
  rps: number | null
  p50: number
  p99: number
  ratio: number | null
  rssMiB: number
  note: string
}

const rows: Row[] = []
const seeding: string[] = []
const goals: string[] = []

/** Cycles through a list: each call the next item. */
function cycle<T>(items: readonly T[]): () => T {
  let i = 0
  return () => items[i++ % items.length]!
}

async function benchDataSet(data: DataSet, port: number) {
  const server = await startServer(data.env, port)
  const add = (row: Omit<Row, 'engine' | 'size' | 'rssMiB'>) =>
    rows.push({ engine: data.engine, size: data.size, rssMiB: server.rssMiB(), ...row })
  try {
    const counsellor = { authorization: `Bearer ${data.counsellorToken}` }
    const health = await throughput(server.baseUrl, () => ({ path: '/healthz' }))
    add({ workload: 'GET /healthz (baseline)', ...health, ratio: 1, note: failures(health) })
    const measure = async (workload: string, next: () => Request) => {
      const r = await throughput(server.baseUrl, next)
      add({ workload, ...r, ratio: r.rps / health.rps, note: failures(r) })
      return r
    }

    await measure('GET /api/v1/session', () => ({ path: '/api/v1/session', headers: counsellor }))
    const customer = cycle(data.customerIds)
    const read = await measure('GET /api/v1/customers/{id}', () => ({
      path: `/api/v1/customers/${customer()}`,
      headers: counsellor,
    }))
    const prefix = cycle(data.namePrefixes)
    await measure('GET /api/v1/customers?q=<prefix>', () => ({
      path: `/api/v1/customers?q=${encodeURIComponent(prefix())}`,
      headers: counsellor,
    }))
    // A visit happening now: within the last week and not in the future for the whole run.
    const visit = JSON.stringify({
      at: new Date().toISOString(),
      location: 'jakobstad',
      language: 'other',
      interpreterLanguage: 'ar',
      topics: ['housing', 'work'],
      referredTo: ['kela'],
    })
    await measure('POST /api/v1/visits', () => ({
      method: 'POST',
      path: '/api/v1/visits',
      headers: { ...counsellor, 'content-type': 'application/json' },
      body: visit,
    }))
    const report = await benchReport(server, data)
    addSequential(add, 'GET /api/v1/reports/follow-up (last year), one at a time', report)
    // Last: at 100,000 customers 20 work queues at once outlast the run by far.
    await measure('GET /api/v1/work-queue', () => ({
      path: '/api/v1/work-queue',
      headers: counsellor,
    }))
    const workQueue = await sequentialLatency(
      server.baseUrl,
      {
        path: '/api/v1/work-queue',
        headers: counsellor,
      },
      5,
      1,
    )
    addSequential(add, 'GET /api/v1/work-queue, one at a time', workQueue)

    if (data.engine === 'postgres') {
      const ratio = read.rps / health.rps
      goals.push(
        `${data.size} customers, PostgreSQL: customer read ${ratio.toFixed(2)} of /healthz (goal ≥ 0.5: ${ratio >= 0.5 ? 'met' : 'MISSED'}), ` +
          `p99 ${read.p99} ms (goal < 50 ms: ${read.p99 < 50 ? 'met' : 'MISSED'})`,
      )
      if (data.size >= 100_000) {
        goals.push(
          report.status === 404
            ? `${data.size} customers, PostgreSQL: year's report: report route missing, goal not measured`
            : `${data.size} customers, PostgreSQL: year's report median ${report.median} ms, p95 ${report.p95} ms (goal < 300 ms: ${report.p95 < 300 ? 'met' : report.median < 300 ? 'median met, p95 MISSED' : 'MISSED'})`,
        )
      }
    }
  } finally {
    await server.stop()
  }
}

/** The year's follow-up report for last year, by a manager: skipped if the route is not there. */
async function benchReport(server: Server, data: DataSet): Promise<Latency> {
  const year = new Date().getFullYear() - 1
  return sequentialLatency(server.baseUrl, {
    path: `/api/v1/reports/follow-up?from=${year}-01-01&to=${year}-12-31`,
    headers: { authorization: `Bearer ${data.managerToken}` },
  })
}

function addSequential(
  add: (row: Omit<Row, 'engine' | 'size' | 'rssMiB'>) => void,
  workload: string,
  latency: Latency,
) {
  const missing = latency.status === 404
  add({
    workload,
    rps: null,
    p50: latency.median,
    p99: latency.p95,
    ratio: null,
    note: missing
      ? 'report route missing: skipped'
      : latency.status >= 300
        ? `answered ${latency.status}`
        : 'sequential: median and p95',
  })
}

function formatRps(rps: number | null): string {
  if (rps === null) return '-'
  return rps >= 100 ? String(Math.round(rps)) : rps.toFixed(1)
}

function failures(r: Throughput): string {
  if (r.answered === 0) return `no answer within ${SECONDS} s`
  return r.failed > 0 ? `${r.failed} of ${r.answered} answers not 2xx or errors` : ''
}

function printTable() {
  console.log(
    `\nPorten benchmark: ${CONNECTIONS} connections, ${SECONDS} s per workload, Node ${process.version}\n`,
  )
  for (const line of seeding) console.log(line)
  console.log(
    `\n${'engine'.padEnd(9)}${'size'.padStart(8)}  ${'workload'.padEnd(56)}${'req/s'.padStart(7)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'ratio'.padStart(7)}${'RSS MiB'.padStart(9)}  note`,
  )
  for (const r of rows) {
    console.log(
      `${r.engine.padEnd(9)}${String(r.size).padStart(8)}  ${r.workload.padEnd(56)}${formatRps(r.rps).padStart(7)}${String(r.p50).padStart(8)}${String(r.p99).padStart(8)}${(r.ratio === null ? '-' : r.ratio.toFixed(2)).padStart(7)}${String(r.rssMiB).padStart(9)}  ${r.note}`,
    )
  }
  console.log(
    '\nSequential rows: p50 is the median and p99 the 95th percentile of single requests.',
  )
  if (goals.length > 0) console.log(`\nGoals (issue 7):\n${goals.map((g) => `  ${g}`).join('\n')}`)
}

async function main() {
  let port = 3901
  for (const engine of ENGINES) {
    if (engine === 'postgres' && !(await postgresReachable())) {
      console.log('PostgreSQL not reachable: skipped')
      continue
    }
    for (const size of SIZES) {
      console.error(`${engine}, ${size} customers: seeding…`)
      const data = await createDataSet(engine, size)
      seeding.push(
        `${engine.padEnd(9)}${String(size).padStart(8)}  porten seed --synthetic ${size}: ${data.seedSeconds.toFixed(1)} s (whole command)`,
      )
      console.error(`  seeded in ${data.seedSeconds.toFixed(1)} s; measuring…`)
      try {
        await benchDataSet(data, port++)
      } finally {
        await data.drop()
      }
    }
  }
  printTable()
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
