import type { Queryable } from '../db/database.js'
import { clearFailures, recentFailures, recordFailure } from './auth.queries.js'
import { sha256 } from './secrets.js'

// Repeated failed sign-ins are first slowed, then refused with 429 (issue 2).
// Failures are kept in the database, so the limit holds across restarts and
// across several server processes on PostgreSQL. Keys are hashes: the table
// never holds an e-mail address or a client address in clear.

export interface ThrottlePolicy {
  /** Failures per e-mail within the window before answers are slowed. */
  slowAfter: number
  /** Failures per e-mail within the window before sign-in is refused. */
  refuseAfter: number
  /** Failures per client address within the window before sign-in is refused. */
  refuseAfterPerAddress: number
  windowMinutes: number
  baseDelayMs: number
  maxDelayMs: number
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  slowAfter: 3,
  refuseAfter: 8,
  refuseAfterPerAddress: 40,
  windowMinutes: 15,
  baseDelayMs: 250,
  maxDelayMs: 4_000,
}

export type ThrottleVerdict =
  | { kind: 'refuse'; retryAfterSeconds: number }
  | { kind: 'proceed'; delayMs: number }

export class SignInThrottle {
  constructor(readonly policy: ThrottlePolicy) {}

  keys(email: string, address: string) {
    return { email: `email:${sha256(email.toLowerCase())}`, address: `addr:${sha256(address)}` }
  }

  async check(db: Queryable, email: string, address: string, now: Date): Promise<ThrottleVerdict> {
    const keys = this.keys(email, address)
    const since = new Date(now.getTime() - this.policy.windowMinutes * 60_000)
    const [byEmail, byAddress] = await Promise.all([
      recentFailures(db, keys.email, since),
      recentFailures(db, keys.address, since),
    ])
    const retryAt = [
      refusedUntil(byEmail, this.policy.refuseAfter, this.policy.windowMinutes),
      refusedUntil(byAddress, this.policy.refuseAfterPerAddress, this.policy.windowMinutes),
    ].filter((d): d is Date => d !== undefined)
    if (retryAt.length > 0) {
      const until = Math.max(...retryAt.map((d) => d.getTime()))
      return {
        kind: 'refuse',
        retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / 1000)),
      }
    }
    const over = byEmail.length - this.policy.slowAfter
    const delayMs =
      over < 0 ? 0 : Math.min(this.policy.baseDelayMs * 2 ** over, this.policy.maxDelayMs)
    return { kind: 'proceed', delayMs }
  }

  async failed(db: Queryable, email: string, address: string, now: Date) {
    const keys = this.keys(email, address)
    const forgetBefore = new Date(now.getTime() - this.policy.windowMinutes * 60_000)
    await recordFailure(db, [keys.email, keys.address], now, forgetBefore)
  }

  async succeeded(db: Queryable, email: string, address: string) {
    await clearFailures(db, this.keys(email, address).email)
  }
}

/** When enough failures will have aged out of the window to allow another try. */
function refusedUntil(failures: Date[], limit: number, windowMinutes: number): Date | undefined {
  if (failures.length < limit) return undefined
  const deciding = failures[failures.length - limit]!
  return new Date(deciding.getTime() + windowMinutes * 60_000)
}
