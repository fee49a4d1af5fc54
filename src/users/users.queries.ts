import { randomUUID } from 'node:crypto'
import type { Queryable } from '../db/database.js'
import type { User } from './users.js'

const userColumns = ['id', 'email', 'name', 'organisation_id', 'role'] as const

type UserRow = { id: string; email: string; name: string; organisation_id: string; role: string }

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    org: row.organisation_id as User['org'],
    role: row.role as User['role'],
  }
}

export async function insertUser(
  db: Queryable,
  user: Omit<User, 'id'> & { passwordHash: string | null },
  now: Date,
): Promise<User> {
  const row = await db
    .insertInto('app_user')
    .values({
      id: randomUUID(),
      email: user.email,
      name: user.name,
      organisation_id: user.org,
      role: user.role,
      password_hash: user.passwordHash,
      created_at: now,
      updated_at: now,
    })
    .returning(userColumns)
    .executeTakeFirstOrThrow()
  return toUser(row)
}

export async function findUserByEmail(db: Queryable, email: string) {
  const row = await db
    .selectFrom('app_user')
    .select([...userColumns, 'password_hash', 'disabled_at'])
    .where('email', '=', email.toLowerCase())
    .executeTakeFirst()
  return (
    row && {
      user: toUser(row),
      passwordHash: row.password_hash,
      disabled: row.disabled_at !== null,
    }
  )
}

export async function updatePasswordHash(
  db: Queryable,
  userId: string,
  passwordHash: string,
  now: Date,
) {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, updated_at: now })
    .where('id', '=', userId)
    .execute()
}
