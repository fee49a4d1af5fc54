import type { Selectable } from 'kysely'
import type { Queryable } from '../db/database.js'
import type { DirectoryEntryTable } from '../db/schema.js'
import { conflict } from '../http/problem.js'
import type { DirectoryChange, EntryContent } from '../shared/api/directory.schemas.js'
import { canonicalTexts, type StoredEntry, snapshotOf } from './directory.js'

// Queries take the database or the caller's transaction (STYLE.md rule 4).

type EntryRow = Selectable<DirectoryEntryTable>

export function toStoredEntry(row: EntryRow): StoredEntry {
  return {
    id: row.id,
    kind: row.kind as EntryContent['kind'],
    municipalities: row.municipalities as EntryContent['municipalities'],
    infoPoint: row.info_point as EntryContent['infoPoint'],
    // jsonb keeps keys in its own order; answers list Swedish first.
    names: canonicalTexts(row.names) as EntryContent['names'],
    descriptions: canonicalTexts(row.descriptions),
    website: row.website,
    email: row.email,
    phone: row.phone,
    address: row.address ?? null,
    languages: row.languages,
    openingHours: (row.opening_hours ?? null) as EntryContent['openingHours'],
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    retiredAt: row.retired_at ? new Date(row.retired_at) : null,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    version: row.version,
  }
}

function columns(content: EntryContent) {
  return {
    kind: content.kind,
    municipalities: content.municipalities,
    info_point: content.infoPoint,
    names: JSON.stringify(content.names),
    descriptions: JSON.stringify(content.descriptions),
    website: content.website,
    email: content.email,
    phone: content.phone,
    address: content.address ? JSON.stringify(content.address) : null,
    languages: content.languages,
    opening_hours: content.openingHours ? JSON.stringify(content.openingHours) : null,
    valid_from: content.validFrom,
    valid_until: content.validUntil,
  }
}

export async function allEntries(db: Queryable): Promise<StoredEntry[]> {
  const rows = await db.selectFrom('directory_entry').selectAll().orderBy('id').execute()
  return rows.map(toStoredEntry)
}

/** The entry, locked for the rest of the transaction when `forUpdate`. */
export async function findEntry(
  db: Queryable,
  id: string,
  forUpdate = false,
): Promise<StoredEntry | undefined> {
  let query = db.selectFrom('directory_entry').selectAll().where('id', '=', id)
  if (forUpdate) query = query.forUpdate()
  const row = await query.executeTakeFirst()
  return row ? toStoredEntry(row) : undefined
}

/** The entry that is this info point, if any. */
export async function infoPointHolder(
  db: Queryable,
  infoPoint: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('directory_entry')
    .select('id')
    .where('info_point', '=', infoPoint)
    .executeTakeFirst()
  return row?.id
}

export async function insertEntry(
  db: Queryable,
  id: string,
  content: EntryContent,
  now: Date,
): Promise<StoredEntry> {
  const row = await db
    .insertInto('directory_entry')
    .values({ id, ...columns(content), created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toStoredEntry(row)
}

/** Replaces the content if the version still matches; undefined when it does not. */
export async function updateEntry(
  db: Queryable,
  id: string,
  version: number,
  content: EntryContent,
  now: Date,
): Promise<StoredEntry | undefined> {
  const row = await db
    .updateTable('directory_entry')
    .set((eb) => ({ ...columns(content), updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
  return row ? toStoredEntry(row) : undefined
}

export async function setRetired(
  db: Queryable,
  id: string,
  version: number,
  retiredAt: Date | null,
  now: Date,
): Promise<StoredEntry | undefined> {
  const row = await db
    .updateTable('directory_entry')
    .set((eb) => ({ retired_at: retiredAt, updated_at: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
  return row ? toStoredEntry(row) : undefined
}

/** The history row that goes with every change, in the change's transaction. */
export async function recordChange(
  db: Queryable,
  entry: StoredEntry,
  change: DirectoryChange['change'],
  fields: readonly string[],
  by: { id: string } | null,
  at: Date,
): Promise<void> {
  await db
    .insertInto('directory_change')
    .values({
      entry_id: entry.id,
      changed_at: at,
      changed_by: by?.id ?? null,
      change,
      fields: [...fields],
      snapshot: JSON.stringify(snapshotOf(entry)),
    })
    .execute()
}

export async function historyOf(db: Queryable, entryId: string): Promise<DirectoryChange[]> {
  const rows = await db
    .selectFrom('directory_change')
    .leftJoin('app_user', 'app_user.id', 'directory_change.changed_by')
    .select([
      'directory_change.id',
      'directory_change.changed_at',
      'directory_change.changed_by',
      'directory_change.change',
      'directory_change.fields',
      'directory_change.snapshot',
      'app_user.name as changed_by_name',
    ])
    .where('directory_change.entry_id', '=', entryId)
    .orderBy('directory_change.id', 'desc')
    .execute()
  return rows.map((row) => ({
    id: Number(row.id),
    changedAt: new Date(row.changed_at).toISOString(),
    changedBy: row.changed_by ? { id: row.changed_by, name: row.changed_by_name ?? '' } : null,
    change: row.change,
    fields: row.fields,
    snapshot: row.snapshot,
  }))
}

/**
 * Two administrators saving the same new id or info point at once: the
 * second meets the UNIQUE constraint, and is told to reload rather than 500.
 */
export function concurrentUniqueViolation(error: unknown): never {
  if ((error as { code?: string } | undefined)?.code === '23505') {
    throw conflict(
      'Another change to the directory was saved at the same time (the same id or info point); reload and try again.',
    )
  }
  throw error
}

export async function changeCount(db: Queryable): Promise<number> {
  const row = await db
    .selectFrom('directory_change')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
