import autocannon from 'autocannon'

// Two ways of measuring a workload: throughput under load with autocannon
// (20 connections, as issue 7 asks), and the latency of requests made one at
// a time, for heavy reads such as the year's report.

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
export const CONNECTIONS = 20

export interface Request {
  readonly method?: 'GET' | 'POST'
  readonly path: string
  readonly headers?: Record<string, string>
  readonly body?: string
}

export interface Throughput {
  readonly rps: number
  readonly p50: number
  readonly p99: number
  /** Answers received within the run; 0 means every request took longer than the run. */
  readonly answered: number
  /** Non-2xx answers, connection errors and timeouts: the figure is suspect when > 0. */
  readonly failed: number
}

/**
 * Requests per second and latency over SECONDS, after a two-second warm-up
 * (the JIT, the connection pool). `next` gives each request, so a workload
 * can cycle through many customers.
 */
export async function throughput(
  baseUrl: string,
  next: () => Request,
  connections = CONNECTIONS,
): Promise<Throughput> {
  const run = (duration: number) =>
    autocannon({
      url: baseUrl,
      connections,
      duration,
      // A heavy request queued behind 19 others may take long; count it, do not drop it.
      timeout: 120,
      requests: [
        {
          setupRequest: (request) => {
            const r = next()
            return {
              ...request,
              method: r.method ?? 'GET',
              path: r.path,
              headers: { ...request.headers, ...r.headers },
              ...(r.body === undefined ? {} : { body: r.body }),
            }
          },
        },
      ],
    })
  // autocannon stops with requests in flight; the server still works them off.
  // Requests of the same kind queue behind them, so the next run (and the
  // next workload) starts on an idle server. An overloaded server may answer
  // 503 while its connection pool is exhausted: ask again until it answers.
  const drain = async () => {
    for (let i = 0; i < 600; i++) {
      const r = next()
      const response = await fetch(`${baseUrl}${r.path}`, {
        method: r.method ?? 'GET',
        headers: r.headers ?? {},
        ...(r.body === undefined ? {} : { body: r.body }),
      })
      await response.arrayBuffer()
      if (response.status < 500) return
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
  }
  await run(2)
  await drain()
  const r = await run(SECONDS)
  await drain()
  return {
    rps: Math.round(r.requests.average * 10) / 10,
    p50: r.latency.p50,
    p99: r.latency.p99,
    answered: r.requests.total,
    failed: r.non2xx + r.errors,
  }
}

export interface Latency {
  readonly median: number
  readonly p95: number
  readonly status: number
}

/** `count` requests one after another after `warmUps`: median and 95th percentile in ms. */
export async function sequentialLatency(
  baseUrl: string,
  request: Request,
  count = 20,
  warmUps = 3,
): Promise<Latency> {
  const once = async () => {
    const started = performance.now()
    const response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method ?? 'GET',
      headers: request.headers ?? {},
      ...(request.body === undefined ? {} : { body: request.body }),
    })
    await response.arrayBuffer()
    return { ms: performance.now() - started, status: response.status }
  }
  for (let i = 0; i < warmUps; i++) {
    const { status } = await once()
    if (status >= 300) return { median: 0, p95: 0, status }
  }
  const times: number[] = []
  let status = 200
  for (let i = 0; i < count; i++) {
    const result = await once()
    times.push(result.ms)
    if (result.status >= 300) status = result.status
  }
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!
  return { median: Math.round(at(0.5)), p95: Math.round(at(0.95)), status }
}
