import { randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { Queryable } from '../db/database.js'
import type { VisitTable } from '../db/schema.js'
import type { Visit } from '../shared/api/visits.schemas.js'
import { organisationIds } from '../shared/organisations.js'

// Visits: plain functions over the handler's transaction (STYLE.md rule 4).

export type VisitRow = Selectable<VisitTable>

export interface VisitValues {
  at: Date
  visit_date: string
  location: string
  language: string
  interpreter_language: string | null
  topics: string[]
  referred_to: string[]
}

export async function insertVisit(
  db: Queryable,
  values: VisitValues & { recorded_by: string },
  now: Date,
): Promise<VisitRow> {
  return db
    .insertInto('visit')
    .values({ id: randomUUID(), ...values, recorded_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function findVisit(db: Queryable, id: string): Promise<VisitRow | undefined> {
  return db.selectFrom('visit').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The change, only if the visit is still at `version`; undefined otherwise (409). */
export async function updateVisit(
  db: Queryable,
  id: string,
  version: number,
  values: VisitValues,
  now: Date,
): Promise<VisitRow | undefined> {
  return db
    .updateTable('visit')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
}

/** Whether the visit was at `version` and is now gone. */
export async function deleteVisit(db: Queryable, id: string, version: number): Promise<boolean> {
  const result = await db
    .deleteFrom('visit')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return result.numDeletedRows > 0n
}

/** The visits one person recorded on a date, latest first. */
export async function visitsRecordedBy(
  db: Queryable,
  userId: string,
  visitDate: string,
  location: string | undefined,
): Promise<VisitRow[]> {
  let query = db
    .selectFrom('visit')
    .selectAll()
    .where('recorded_by', '=', userId)
    .where('visit_date', '=', visitDate)
  if (location) query = query.where('location', '=', location)
  return query.orderBy('at', 'desc').orderBy('id').execute()
}

/** The referral ids that are neither an organisation nor an entry of the directory. */
export async function unknownReferrals(db: Queryable, ids: readonly string[]): Promise<string[]> {
  const organisations: ReadonlySet<string> = new Set(organisationIds)
  const rest = ids.filter((id) => !organisations.has(id))
  if (rest.length === 0) return []
  const found = await db
    .selectFrom('directory_entry')
    .select('id')
    .where('id', 'in', rest)
    .execute()
  const known = new Set(found.map((row) => row.id))
  return rest.filter((id) => !known.has(id))
}

export function toVisit(row: VisitRow, userId: string): Visit {
  return {
    id: row.id,
    at: row.at.toISOString(),
    visitDate: row.visit_date,
    location: row.location as Visit['location'],
    language: row.language as Visit['language'],
    interpreterLanguage: row.interpreter_language,
    topics: row.topics as Visit['topics'],
    referredTo: row.referred_to,
    version: row.version,
    recordedByMe: row.recorded_by === userId,
  }
}
