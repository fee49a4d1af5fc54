import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AppDeps } from '../app-deps.js'
import { authorize } from '../auth/auth.js'
import type { Queryable } from '../db/database.js'
import { badRequest, conflict, notFound } from '../http/problem.js'
import {
  directoryEntry,
  directoryEntryList,
  directoryEntryParams,
  directoryEntryUpdate,
  directoryHistory,
  directoryKinds,
  type EntryContent,
  entryBreaches,
  newDirectoryEntry,
  publicDirectory,
  publicDirectoryQuery,
  versionOnly,
} from '../shared/api/directory.schemas.js'
import { LocalDate } from '../shared/time/local-date.js'
import {
  canonicalContent,
  changedFields,
  compareEntries,
  contentOf,
  entryStatus,
  filledFields,
  idFromName,
  type StoredEntry,
  toDirectoryEntry,
  toPublicEntry,
} from './directory.js'
import {
  allEntries,
  concurrentUniqueViolation,
  findEntry,
  historyOf,
  infoPointHolder,
  insertEntry,
  recordChange,
  setRetired,
  updateEntry,
} from './directory.queries.js'
import { exchangeRoutes } from './exchange.routes.js'

// Parts 5 and 6: the region's directory. Anyone may read what the guide
// shows; only administrators see everything and change it, and every change
// leaves a history row in the same transaction.

const ADMIN = ['admin'] as const
const tags = ['directory']

export function directoryRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const { db } = deps.database
    const byProgrammeOrder = compareEntries(directoryKinds)

    app.get(
      '/api/v1/directory',
      {
        schema: {
          tags,
          summary: 'The directory as the guide shows it on a day (no sign-in)',
          security: [],
          querystring: publicDirectoryQuery,
          response: { 200: publicDirectory },
        },
      },
      async (request) => {
        const { on, municipality, kind } = request.query
        const day = on ? LocalDate.parse(on) : deps.clock.today()
        const items = (await allEntries(db))
          .filter((e) => entryStatus(e, day) === 'current')
          .filter((e) => !kind || e.kind === kind)
          .filter(
            (e) =>
              !municipality ||
              e.municipalities.length === 0 ||
              e.municipalities.includes(municipality),
          )
          .sort(byProgrammeOrder)
        return { on: day.toString(), items: items.map(toPublicEntry) }
      },
    )

    app.get(
      '/api/v1/directory/entries',
      {
        schema: {
          tags,
          summary: 'Every entry, retired and expired ones too (administrators)',
          response: { 200: directoryEntryList },
        },
      },
      async (request) => {
        authorize(request, ADMIN)
        const today = deps.clock.today()
        const entries = (await allEntries(db)).sort(byProgrammeOrder)
        return { items: entries.map((e) => toDirectoryEntry(e, today)) }
      },
    )

    app.get(
      '/api/v1/directory/entries/:id',
      {
        schema: {
          tags,
          summary: 'One entry (administrators)',
          params: directoryEntryParams,
          response: { 200: directoryEntry },
        },
      },
      async (request) => {
        authorize(request, ADMIN)
        const entry = await findEntry(db, request.params.id)
        if (!entry) throw notFound('No such directory entry.')
        return toDirectoryEntry(entry, deps.clock.today())
      },
    )

    app.get(
      '/api/v1/directory/entries/:id/history',
      {
        schema: {
          tags,
          summary: "An entry's changes, latest first, each with the entry as it became",
          params: directoryEntryParams,
          response: { 200: directoryHistory },
        },
      },
      async (request) => {
        authorize(request, ADMIN)
        return db.transaction().execute(async (tx) => {
          if (!(await findEntry(tx, request.params.id))) throw notFound('No such directory entry.')
          return { items: await historyOf(tx, request.params.id) }
        })
      },
    )

    app.post(
      '/api/v1/directory/entries',
      {
        schema: {
          tags,
          summary: 'Add an entry',
          body: newDirectoryEntry,
          response: { 201: directoryEntry },
        },
      },
      async (request, reply) => {
        const { id: requestedId, ...body } = request.body
        const user = authorize(request, ADMIN)
        const now = deps.clock.now()
        const content = canonicalContent({
          kind: body.kind,
          municipalities: body.municipalities ?? [],
          infoPoint: body.infoPoint ?? null,
          names: body.names,
          descriptions: body.descriptions ?? {},
          website: body.website ?? null,
          email: body.email ?? null,
          phone: body.phone ?? null,
          address: body.address ?? null,
          languages: body.languages ?? [],
          openingHours: body.openingHours ?? null,
          validFrom: body.validFrom ?? null,
          validUntil: body.validUntil ?? null,
        })
        const created = await db
          .transaction()
          .execute(async (tx) => {
            if (requestedId && (await findEntry(tx, requestedId))) {
              throw invalid('id', 'is already the id of another entry')
            }
            const id = requestedId ?? (await freeId(tx, idFromName(content.names.sv)))
            await requireFreeInfoPoint(tx, content, id)
            const entry = await insertEntry(tx, id, content, now)
            await recordChange(tx, entry, 'create', filledFields(entry), user, now)
            return entry
          })
          .catch(concurrentUniqueViolation)
        return reply.code(201).send(toDirectoryEntry(created, deps.clock.today()))
      },
    )

    app.patch(
      '/api/v1/directory/entries/:id',
      {
        schema: {
          tags,
          summary: 'Change an entry: only the fields sent change, null clears one',
          params: directoryEntryParams,
          body: directoryEntryUpdate,
          response: { 200: directoryEntry },
        },
      },
      async (request) => {
        const { version, ...changes } = request.body
        const user = authorize(request, ADMIN)
        const now = deps.clock.now()
        const saved = await db
          .transaction()
          .execute(async (tx) => {
            const existing = await requireEntry(tx, request.params.id, version)
            const before = contentOf(existing)
            const merged = { ...before } as Record<string, unknown>
            for (const [field, value] of Object.entries(changes)) {
              if (value !== undefined) merged[field] = value
            }
            const breaches = entryBreaches(merged as EntryContent)
            if (breaches.length > 0) throw invalidAll(breaches)
            const after = canonicalContent(merged as EntryContent)
            const fields = changedFields(before, after)
            // Saving what is already there changes nothing and leaves no history.
            if (fields.length === 0) return existing
            await requireFreeInfoPoint(tx, after, existing.id)
            const updated = await updateEntry(tx, existing.id, version, after, now)
            if (!updated) throw staleVersion(existing)
            await recordChange(tx, updated, 'update', fields, user, now)
            return updated
          })
          .catch(concurrentUniqueViolation)
        return toDirectoryEntry(saved, deps.clock.today())
      },
    )

    for (const action of ['retire', 'restore'] as const) {
      app.post(
        `/api/v1/directory/entries/:id/${action}`,
        {
          schema: {
            tags,
            summary:
              action === 'retire'
                ? 'Take an entry out of the guide (it stays in the history)'
                : 'Bring a retired entry back',
            params: directoryEntryParams,
            body: versionOnly,
            response: { 200: directoryEntry },
          },
        },
        async (request) => {
          const user = authorize(request, ADMIN)
          const now = deps.clock.now()
          const saved = await db.transaction().execute(async (tx) => {
            const existing = await requireEntry(tx, request.params.id, request.body.version)
            if ((action === 'retire') === (existing.retiredAt !== null)) {
              throw conflict(
                action === 'retire' ? 'The entry is already retired.' : 'The entry is not retired.',
              )
            }
            const retiredAt = action === 'retire' ? now : null
            const updated = await setRetired(tx, existing.id, existing.version, retiredAt, now)
            if (!updated) throw staleVersion(existing)
            await recordChange(tx, updated, action, ['retiredAt'], user, now)
            return updated
          })
          return toDirectoryEntry(saved, deps.clock.today())
        },
      )
    }

    await app.register(exchangeRoutes(deps))
  }
}

/** The entry, locked, if it exists and the change is based on its current version. */
async function requireEntry(tx: Queryable, id: string, version: number): Promise<StoredEntry> {
  const existing = await findEntry(tx, id, true)
  if (!existing) throw notFound('No such directory entry.')
  if (existing.version !== version) throw staleVersion(existing)
  return existing
}

const staleVersion = (existing: StoredEntry) =>
  conflict(
    `The entry was changed by someone else (now version ${existing.version}); reload it and make the change again.`,
  )

const invalid = (path: string, message: string) =>
  badRequest(`The request body is not valid: ${path}: ${message}`, [{ path, message }])

const invalidAll = (issues: { path: string; message: string }[]) =>
  badRequest(
    `The entry is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    issues,
  )

/** Each info point is one entry (the column is UNIQUE): say so before the database does. */
export async function requireFreeInfoPoint(tx: Queryable, content: EntryContent, id: string) {
  if (!content.infoPoint) return
  const holder = await infoPointHolder(tx, content.infoPoint)
  if (holder && holder !== id) throw invalid('infoPoint', `is already the entry ${holder}`)
}

/** The id made from the name, or with -2, -3, … when it is taken. */
async function freeId(tx: Queryable, base: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? base : `${base.slice(0, 55)}-${n}`
    if (!(await findEntry(tx, candidate))) return candidate
  }
  throw new Error(`no free directory id for ${base}`)
}
