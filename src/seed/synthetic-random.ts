// The randomness of the synthetic data set (`porten seed --synthetic N`):
// sfc32, a small pseudo-random generator seeded from (seed, customer number) so
// that each customer has a stream of their own; weighted picks from lists; and
// the record ids, version 4 UUIDs that are unique by construction and look
// random. Nothing here knows about the programme; the same seed always gives
// the same numbers, which is what keeps the data set deterministic.

/** lowbias32 (C. Wellons): a bijection on 32-bit integers that looks random. */
export function mix32(value: number): number {
  let x = value >>> 0
  x ^= x >>> 16
  x = Math.imul(x, 0x7feb352d)
  x ^= x >>> 15
  x = Math.imul(x, 0x846ca68b)
  x ^= x >>> 16
  return x >>> 0
}

/**
 * sfc32, seeded from (seed, customer number). mulberry32's 32-bit state would
 * give some of a million customers the same stream; sfc32's 128 bits do not.
 */
export class SyntheticRandom {
  private a: number
  private b: number
  private c: number
  private d = 1

  constructor(seed: number, stream: number) {
    this.a = mix32(seed ^ 0x5eed5eed)
    this.b = stream >>> 0
    this.c = mix32(seed + 0x9e3779b9)
    for (let i = 0; i < 12; i++) this.next32()
  }

  next32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next32() / 4294967296
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.float() * (hi - lo + 1))
  }

  chance(p: number): boolean {
    return this.float() < p
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.float() * list.length)] as T
  }

  weighted<T>(choices: Weighted<T>): T {
    let r = this.float() * choices.total
    for (const [value, weight] of choices.list) {
      r -= weight
      if (r < 0) return value
    }
    return choices.list[choices.list.length - 1]![0]
  }

  /** Roughly normal, mean 0 and deviation 1 (a sum of uniforms). */
  normal(): number {
    return this.float() + this.float() + this.float() + this.float() - 2
  }
}

export interface Weighted<T> {
  readonly list: ReadonlyArray<readonly [T, number]>
  readonly total: number
}

export function weights<T>(list: ReadonlyArray<readonly [T, number]>): Weighted<T> {
  return { list, total: list.reduce((sum, [, w]) => sum + w, 0) }
}

/**
 * Ids that are unique by construction and look random: the first 32 bits are
 * a bijection of the customer number, the last 32 of the record's ordinal
 * within the customer, the middle comes from the customer's stream (UUID v4).
 */
export class Ids {
  private ordinal = 0
  private readonly customerPart: string

  constructor(
    private readonly seed: number,
    customer: number,
    private readonly random: SyntheticRandom,
  ) {
    this.customerPart = hex8(mix32(customer ^ mix32(seed)))
  }

  next(): string {
    const recordPart = hex8(mix32(this.ordinal++ ^ mix32(this.seed + 1)))
    const m = hex8(this.random.next32()) + hex8(this.random.next32())
    const variant = '89ab'[Number.parseInt(m[14]!, 16) & 3]
    return `${this.customerPart}-${m.slice(0, 4)}-4${m.slice(4, 7)}-${variant}${m.slice(7, 10)}-${m.slice(10, 14)}${recordPart}`
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
function hex8(n: number): string {
  return HEX[n >>> 24]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!
}
