import { randomUUID } from 'node:crypto'
import type { Queryable } from '../db/database.js'
import type { User } from '../users/users.js'
import { toUser } from '../users/users.queries.js'
import { randomSecret, sha256, TOKEN_PREFIX } from './secrets.js'

export async function createSession(
  db: Queryable,
  userId: string,
  now: Date,
  hours: number,
): Promise<string> {
  const value = randomSecret()
  await db
    .insertInto('user_session')
    .values({
      id_hash: sha256(value),
      user_id: userId,
      created_at: now,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + hours * 3_600_000),
    })
    .execute()
  return value
}

export async function findSessionUser(
  db: Queryable,
  value: string,
  now: Date,
): Promise<User | undefined> {
  const row = await db
    .selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.email', 'u.name', 'u.organisation_id', 'u.role'])
    .where('s.id_hash', '=', sha256(value))
    .where('s.expires_at', '>', now)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst()
  return row && toUser(row)
}

export async function deleteSession(db: Queryable, value: string, now: Date): Promise<void> {
  await db.deleteFrom('user_session').where('id_hash', '=', sha256(value)).execute()
  // Housekeeping rides along with sign-outs: expired sessions are removed.
  await db.deleteFrom('user_session').where('expires_at', '<=', now).execute()
}

export async function createApiToken(db: Queryable, userId: string, now: Date): Promise<string> {
  const token = randomSecret(TOKEN_PREFIX)
  await db
    .insertInto('api_token')
    .values({ id: randomUUID(), token_hash: sha256(token), user_id: userId, created_at: now })
    .execute()
  return token
}

export async function findTokenUser(
  db: Queryable,
  token: string,
  now: Date,
): Promise<User | undefined> {
  const row = await db
    .selectFrom('api_token as t')
    .innerJoin('app_user as u', 'u.id', 't.user_id')
    .select(['u.id', 'u.email', 'u.name', 'u.organisation_id', 'u.role'])
    .where('t.token_hash', '=', sha256(token))
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]))
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst()
  return row && toUser(row)
}

export async function recentFailures(db: Queryable, key: string, since: Date): Promise<Date[]> {
  const rows = await db
    .selectFrom('sign_in_failure')
    .select('failed_at')
    .where('throttle_key', '=', key)
    .where('failed_at', '>', since)
    .orderBy('failed_at')
    .execute()
  return rows.map((r) => r.failed_at)
}

export async function recordFailure(db: Queryable, keys: string[], now: Date, forgetBefore: Date) {
  await db
    .insertInto('sign_in_failure')
    .values(keys.map((throttle_key) => ({ throttle_key, failed_at: now })))
    .execute()
  await db
    .deleteFrom('sign_in_failure')
    .where('throttle_key', 'in', keys)
    .where('failed_at', '<=', forgetBefore)
    .execute()
}

export async function clearFailures(db: Queryable, key: string) {
  await db.deleteFrom('sign_in_failure').where('throttle_key', '=', key).execute()
}
