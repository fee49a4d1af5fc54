import { sql } from 'kysely'
import type { Queryable } from '../db/database.js'
import type { MunicipalityId } from '../shared/programme/definitions.js'
import type { LocalDate } from '../shared/time/local-date.js'
import { type DirectoryEntry, type DirectoryKind, entryFromRow } from './directory.js'

export interface DirectoryFilter {
  /** Entries valid on this day (valid_from … valid_until) and not retired. */
  readonly today: LocalDate
  readonly kind?: DirectoryKind
  /** Entries serving this municipality, region-wide ones included. */
  readonly municipality?: MunicipalityId
}

/** The directory as the public guide shows it on `today`: current, unretired entries only. */
export async function listDirectoryEntries(
  db: Queryable,
  filter: DirectoryFilter,
): Promise<DirectoryEntry[]> {
  const today = filter.today.toString()
  let query = db
    .selectFrom('directory_entry')
    .select([
      'id',
      'kind',
      'municipalities',
      'info_point',
      'names',
      'descriptions',
      'website',
      'email',
      'phone',
      'address',
      'languages',
      'opening_hours',
      'valid_until',
    ])
    .where('retired_at', 'is', null)
    .where((eb) => eb.or([eb('valid_from', 'is', null), eb('valid_from', '<=', today)]))
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', today)]))
  if (filter.kind) query = query.where('kind', '=', filter.kind)
  if (filter.municipality) {
    // An empty list means the whole region (migration 0003).
    query = query.where(
      sql<boolean>`(cardinality(municipalities) = 0 or ${filter.municipality} = any(municipalities))`,
    )
  }
  const rows = await query.orderBy('id').execute()
  return rows.flatMap((row) => {
    const entry = entryFromRow(row)
    return entry ? [entry] : []
  })
}
