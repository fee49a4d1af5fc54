import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { AppDeps } from '../app-deps.js'
import { authorize } from '../auth/auth.js'
import { badRequest } from '../http/problem.js'
import { directoryImportResult, type FieldIssue } from '../shared/api/directory.schemas.js'
import { changedFields, contentOf, entryStatus, filledFields } from './directory.js'
import {
  allEntries,
  concurrentUniqueViolation,
  insertEntry,
  recordChange,
  updateEntry,
} from './directory.queries.js'
import { toHsds } from './hsds.js'
import { entryFromHsds, hsdsImport, hsdsPage, organizationIndex } from './hsds-import.js'
import { toPtvServiceLocation } from './ptv.js'

// Exchange with the ecosystem: the directory as Open Referral HSDS 3.0 both
// ways, and the info points for the national service catalogue (PTV). The
// exports are public: the directory is public information, and the guide
// shows the same.

const tags = ['directory']

export function exchangeRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const { db } = deps.database

    app.get(
      '/api/v1/directory/hsds',
      {
        schema: {
          tags,
          summary: 'The directory as an HSDS 3.0 page of nested organizations (no sign-in)',
          description:
            'Retired entries are left out; expired and future ones are there with status inactive.',
          security: [],
          response: { 200: hsdsPage },
        },
      },
      async () => {
        const entries = (await allEntries(db)).filter((e) => e.retiredAt === null)
        return toHsds(entries, deps.clock.today())
      },
    )

    app.post(
      '/api/v1/directory/hsds',
      {
        schema: {
          tags,
          summary: 'Add and update entries from an HSDS 3.0 page (administrators)',
          description:
            'Organizations are matched by Porten’s entry id or by the ids Porten exported. Entries the page does not mention are left as they are; an entry that would not change leaves no history.',
          body: hsdsImport,
          response: { 200: directoryImportResult },
        },
      },
      async (request) => {
        const user = authorize(request, ['admin'])
        const now = deps.clock.now()
        const run = db.transaction().execute(async (tx) => {
          const stored = new Map((await allEntries(tx)).map((e) => [e.id, e]))
          const existing = (id: string) => {
            const entry = stored.get(id)
            return entry ? contentOf(entry) : undefined
          }
          const idFor = organizationIndex([...stored.keys()])
          const issues: FieldIssue[] = []
          const imported = request.body.contents.flatMap((org, index) => {
            const result = entryFromHsds(org, `contents.${index}`, existing, idFor)
            if (!result.ok) issues.push(...result.issues)
            return result.ok ? [{ ...result, index }] : []
          })
          issues.push(...duplicates(imported, stored))
          if (issues.length > 0) {
            throw badRequest(
              `The page cannot be imported: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
              issues,
            )
          }
          const outcome = {
            created: [] as string[],
            updated: [] as string[],
            unchanged: [] as string[],
          }
          for (const { id, content } of imported) {
            const before = stored.get(id)
            if (!before) {
              const entry = await insertEntry(tx, id, content, now)
              await recordChange(tx, entry, 'import', filledFields(content), user, now)
              outcome.created.push(id)
              continue
            }
            const fields = changedFields(contentOf(before), content)
            if (fields.length === 0) {
              outcome.unchanged.push(id)
              continue
            }
            const entry = await updateEntry(tx, id, before.version, content, now)
            if (!entry) throw new Error(`directory entry ${id} changed during the import`)
            await recordChange(tx, entry, 'import', fields, user, now)
            outcome.updated.push(id)
          }
          return outcome
        })
        return run.catch(concurrentUniqueViolation)
      },
    )

    app.get(
      '/api/v1/directory/ptv/service-locations',
      {
        schema: {
          tags,
          summary: 'The info points as PTV v11 service locations (no sign-in)',
          description:
            'Info points that are not retired and have not ended; the catalogue’s organisation id and postal codes are not known to Porten and are left out.',
          security: [],
          response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }) },
        },
      },
      async () => {
        const today = deps.clock.today()
        const points = (await allEntries(db)).filter(
          (e) => e.kind === 'info-point' && ['current', 'upcoming'].includes(entryStatus(e, today)),
        )
        return { items: points.map(toPtvServiceLocation) }
      },
    )
  }
}

/** One organization per entry, and one entry per info point, after the import. */
function duplicates(
  imported: { id: string; index: number; content: { infoPoint: string | null } }[],
  stored: ReadonlyMap<string, { infoPoint: string | null }>,
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const importedIds = new Set<string>()
  for (const { id, index } of imported) {
    if (importedIds.has(id))
      issues.push({ path: `contents.${index}`, message: `repeats the entry ${id}` })
    importedIds.add(id)
  }
  // Who holds each point afterwards: the entries the page leaves alone, then the page's in order.
  const holders = new Map<string, string>()
  for (const [id, entry] of stored) {
    if (entry.infoPoint && !importedIds.has(id)) holders.set(entry.infoPoint, id)
  }
  for (const { id, index, content } of imported) {
    if (!content.infoPoint) continue
    const holder = holders.get(content.infoPoint)
    if (holder && holder !== id) {
      issues.push({
        path: `contents.${index}.locations.0.external_identifier`,
        message: `the info point ${content.infoPoint} is already the entry ${holder}`,
      })
    }
    holders.set(content.infoPoint, holder ?? id)
  }
  return issues
}
