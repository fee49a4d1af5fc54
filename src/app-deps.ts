import type { ThrottlePolicy } from './auth/sign-in-throttle.js'
import type { Config } from './config.js'
import type { Database } from './db/database.js'
import type { Clock } from './shared/time/clock.js'

/** What the HTTP layer needs from the outside world; tests pass their own. */
export interface AppDeps {
  readonly database: Database
  readonly clock: Clock
  readonly config: Config
  readonly signInThrottle?: Partial<ThrottlePolicy>
  readonly routingRateLimit?: { max: number; timeWindow: string }
}
