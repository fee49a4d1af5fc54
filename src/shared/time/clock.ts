import { HELSINKI, LocalDate } from './local-date.js'

// The one source of "now". Handlers and rules take a Clock so tests can set
// today (STYLE.md rule 6); nothing reads `new Date()` for business logic.
export interface Clock {
  /** The current instant. */
  now(): Date
  /** Today's calendar date in Europe/Helsinki. */
  today(): LocalDate
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => LocalDate.fromInstant(new Date(), HELSINKI),
}

/** A clock stopped at one instant, movable by tests. */
export class FixedClock implements Clock {
  constructor(private instant: Date) {}

  static at(iso: string): FixedClock {
    return new FixedClock(new Date(iso))
  }

  now(): Date {
    return new Date(this.instant.getTime())
  }

  today(): LocalDate {
    return LocalDate.fromInstant(this.instant, HELSINKI)
  }

  set(iso: string): void {
    this.instant = new Date(iso)
  }

  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms)
  }
}
