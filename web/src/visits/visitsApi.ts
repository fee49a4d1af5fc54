import { z } from 'zod'
import { problem } from '../../../src/shared/api/session.schemas.js'
import {
  type NewVisit,
  type VisitUpdate,
  visit,
  visitList,
} from '../../../src/shared/api/visits.schemas.js'
import type { StaffLanguage } from '../../../src/shared/i18n/i18n.js'
import { organisations } from '../../../src/shared/organisations.js'
import {
  getJson,
  listOf,
  NetworkError,
  ProblemError,
  parseRetryAfter,
  sendJson,
  withQuery,
} from '../api.js'

// The visit routes (part 6, L420), and the places a visitor can be referred to.

export type { Visit } from '../../../src/shared/api/visits.schemas.js'

const visitsUrl = '/api/v1/visits'
const visitUrl = (id: string) => `${visitsUrl}/${encodeURIComponent(id)}`

export function recordVisit(body: NewVisit) {
  return sendJson('POST', visitsUrl, body, visit)
}

/** The visits the signed-in user recorded on a date (YYYY-MM-DD). */
export async function myVisitsOn(date: string) {
  return (await getJson(withQuery(visitsUrl, { date }), visitList)).items
}

export function correctVisit(id: string, changes: VisitUpdate) {
  return sendJson('PATCH', visitUrl(id), changes, visit)
}

/** DELETE has no helper in api.ts; its errors are shaped the same way. */
export async function removeVisit(id: string, version: number): Promise<void> {
  let response: Response
  try {
    response = await fetch(withQuery(visitUrl(id), { version }), {
      method: 'DELETE',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    })
  } catch (error) {
    throw new NetworkError(error)
  }
  if (response.ok) return
  const parsed = problem.safeParse(await response.json().catch(() => undefined))
  throw new ProblemError({
    ...(parsed.success ? parsed.data : { status: response.status, title: response.statusText }),
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
  })
}

// ---------------------------------------------------------------------------
// Referral places: the authorities always, and the directory's actors when
// the directory answers. Read leniently: the page must work without it.

export interface ReferralPlace {
  readonly id: string
  readonly name: string
  /** Authorities are offered first; the rest of the directory behind a disclosure. */
  readonly prominent: boolean
}

const names = z.record(z.string(), z.string())
const directoryEntry = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  kind: z.string().optional(),
  names: names.optional(),
  name: z.union([z.string(), names]).optional(),
})
type DirectoryEntry = z.infer<typeof directoryEntry>

export function organisationPlaces(language: StaffLanguage): ReferralPlace[] {
  return organisations.map((o) => ({ id: o.id, name: o.name[language], prominent: true }))
}

/** The organisations, then the directory's actors; the organisations alone if the directory fails. */
export async function referralPlaces(language: StaffLanguage): Promise<ReferralPlace[]> {
  const own = organisationPlaces(language)
  let entries: DirectoryEntry[]
  try {
    entries = await getJson('/api/v1/directory', listOf(directoryEntry))
  } catch {
    return own
  }
  const taken = new Set(own.map((p) => p.id))
  const fromDirectory = entries
    .filter((e) => e.kind !== 'info-point' && !taken.has(e.id))
    .map((e) => ({ id: e.id, name: entryName(e, language), prominent: e.kind === 'authority' }))
    .sort((a, b) => a.name.localeCompare(b.name, language))
  return [...own, ...fromDirectory]
}

function entryName(entry: DirectoryEntry, language: StaffLanguage): string {
  const named = entry.names ?? (typeof entry.name === 'object' ? entry.name : undefined)
  if (named) return named[language] ?? named.sv ?? Object.values(named)[0] ?? entry.id
  return typeof entry.name === 'string' ? entry.name : entry.id
}
