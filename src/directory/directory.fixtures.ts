import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { Queryable } from '../db/database.js'
import type { NewDirectoryEntry } from '../shared/api/directory.schemas.js'

// Fixtures for the directory tests (STYLE.md rule 10). All names are fictional.

export function directoryApi(app: FastifyInstance, token?: string) {
  const headers = token ? { authorization: `Bearer ${token}` } : {}
  const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers,
      ...(payload !== undefined ? { payload: payload as object } : {}),
    }) as Promise<LightMyRequestResponse>
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, body: unknown) => send('POST', url, body),
    patch: (url: string, body: unknown) => send('PATCH', url, body),
  }
}

let serial = 0

/** A new third-sector association in Larsmo with a Swedish name and weekly hours. */
export function newEntryBody(overrides: Partial<NewDirectoryEntry> = {}): NewDirectoryEntry {
  serial += 1
  return {
    id: `fiktiv-forening-${serial}`,
    kind: 'third-sector',
    municipalities: ['larsmo'],
    names: { sv: `Fiktiva föreningen ${serial}`, fi: `Kuvitteellinen yhdistys ${serial}` },
    descriptions: { sv: 'Träffar för nyinflyttade.' },
    website: 'https://example.org/forening',
    email: 'info@example.org',
    phone: '+358 6 000 0000',
    address: { street: 'Exempelvägen 1', postalCode: '68570', city: 'Larsmo' },
    languages: ['sv', 'ar'],
    openingHours: {
      regular: [{ days: [2, 4], opens: '17:00', closes: '20:00' }],
      exceptions: [{ date: '2026-12-24', closed: true, note: 'Julafton' }],
    },
    ...overrides,
  }
}

/** History rows and entries: "nothing stored" means neither changed. */
export async function directoryCounts(db: Queryable) {
  const count = async (table: 'directory_entry' | 'directory_change') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  return { entries: await count('directory_entry'), changes: await count('directory_change') }
}
