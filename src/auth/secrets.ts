import { createHash, randomBytes } from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'

// Passwords: argon2id (the library's default algorithm) at OWASP's
// recommended m=19 MiB, t=2, p=1. Session ids and API tokens are 256 random
// bits, so a plain SHA-256 is enough to store them safely.

const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 }

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

// Verified when the e-mail is unknown, so the answer takes as long either way.
let dummyHash: Promise<string> | undefined
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('porten-timing-equaliser')
  await verifyPassword(await dummyHash, password)
}

export function randomSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url')
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex')
}

export const TOKEN_PREFIX = 'prt_'
const TOKEN_SHAPE = /^prt_[A-Za-z0-9_-]{43}$/

export function looksLikeToken(value: string): boolean {
  return TOKEN_SHAPE.test(value)
}
