import { expect } from 'vitest'
import type { Check } from './checks.js'
import {
  call,
  customerBody,
  type Env,
  inParallel,
  type ServerProcess,
  startServer,
  userWithToken,
  visitBody,
} from './harness.js'

// Issue 7: "the server killed with SIGKILL during concurrent writes loses no
// write it had acknowledged, on both databases". Several clients write
// customers and visits as fast as the server takes them; the server is
// killed while requests are in flight, started again on the same database,
// and every write it had answered 201 must be there, whole. Shared by the
// PGlite and the PostgreSQL test files.

export const ROUNDS = 2
export const ACKS_BEFORE_KILL = 300
const WRITERS = 8

export interface Acknowledged {
  kind: 'customer' | 'visit'
  id: string
  n: number
}

let nextCustomer = 1
/**
 * Writers loop until the server stops answering; the server is SIGKILLed once
 * `ACKS_BEFORE_KILL` writes of this round were acknowledged.
 */
async function writeUntilKilled(server: ServerProcess, token: string, acked: Acknowledged[]) {
  let ackedThisRound = 0
  let inFlight = 0
  let inFlightAtKill = -1
  const unexpected: string[] = []
  const writer = async (w: number) => {
    for (let i = 0; ; i++) {
      const kind = (i + w) % 2 === 0 ? 'customer' : 'visit'
      const n = nextCustomer++
      inFlight++
      const answer =
        kind === 'customer'
          ? await call(server.base, 'POST', '/api/v1/customers', { token, body: customerBody(n) })
          : await call(server.base, 'POST', '/api/v1/visits', { token, body: visitBody() })
      inFlight--
      if (answer.status === 201) {
        // Acknowledged: from here on it must survive the kill.
        acked.push({ kind, id: (answer.body as { id: string }).id, n })
        if (++ackedThisRound === ACKS_BEFORE_KILL) {
          inFlightAtKill = inFlight
          server.child.kill('SIGKILL')
        }
      } else if (answer.status === 0) {
        // No answer: the kill. The write may or may not have happened.
        return
      } else {
        unexpected.push(`${answer.status} ${JSON.stringify(answer.body)}`)
        return
      }
    }
  }
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)))
  const { signal } = await server.exited
  expect(unexpected).toEqual([])
  expect(signal).toBe('SIGKILL')
  expect(ackedThisRound).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL)
  // Killed mid-stream: other writers' requests were on their way.
  expect(inFlightAtKill).toBeGreaterThan(0)
}

/** Every acknowledged write, read back through the restarted server. */
async function expectAllThere(server: ServerProcess, token: string, acked: Acknowledged[]) {
  const customers = acked.filter((a) => a.kind === 'customer')
  const missing: string[] = []
  await inParallel(customers, 8, async ({ id, n }) => {
    const answer = await call(server.base, 'GET', `/api/v1/customers/${id}`, { token })
    const body = answer.body as Record<string, unknown>
    const sent = customerBody(n)
    if (
      answer.status !== 200 ||
      body.firstName !== sent.firstName ||
      body.lastName !== sent.lastName ||
      body.address !== sent.address
    )
      missing.push(`${id}: ${answer.status}`)
  })
  expect(missing).toEqual([])
}

/** Every acknowledged write in the database itself, with its audit entry. */
export async function expectAllStored(db: Check, acked: Acknowledged[]) {
  const customers = acked.filter((a) => a.kind === 'customer')
  const visits = acked.filter((a) => a.kind === 'visit')
  const rows = await db.query<{ id: string; first_name: string; address: string; created: number }>(
    `SELECT c.id, c.first_name, c.address,
            (SELECT count(*)::int FROM audit_log a WHERE a.customer_id = c.id AND a.action = 'customer.create') AS created
       FROM customer c WHERE c.id = ANY($1::uuid[])`,
    [customers.map((c) => c.id)],
  )
  const byId = new Map(rows.map((r) => [r.id, r]))
  for (const { id, n } of customers) {
    expect(byId.get(id), `customer ${id}`).toMatchObject({
      first_name: customerBody(n).firstName,
      address: customerBody(n).address,
      created: 1,
    })
  }
  const [visitRows] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM visit WHERE id = ANY($1::uuid[]) AND location = 'jakobstad' AND language = 'sv' AND topics = '{work}'",
    [visits.map((v) => v.id)],
  )
  expect(visitRows?.n).toBe(visits.length)
}

export async function killRounds(env: Env): Promise<Acknowledged[]> {
  const token = await userWithToken(env)
  const acked: Acknowledged[] = []
  let previousRound: Acknowledged[] = []
  for (let round = 0; round <= ROUNDS; round++) {
    // Starting again on the killed server's database: for PGlite this takes
    // over the lock the dead process left behind and recovers from the log.
    const server = await startServer(env)
    try {
      await expectAllThere(server, token, previousRound)
      if (round === ROUNDS) break
      const before = acked.length
      await writeUntilKilled(server, token, acked)
      previousRound = acked.slice(before)
    } finally {
      if (round === ROUNDS) await server.stop()
      else {
        server.child.kill('SIGKILL')
        await server.exited
      }
    }
  }
  return acked
}
