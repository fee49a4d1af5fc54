import type { FastifyRequest } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { AppDeps } from '../app-deps.js'
import { authorize } from '../auth/auth.js'
import type { Queryable } from '../db/database.js'
import { type Breach, failOn, invalid } from '../http/breaches.js'
import { conflict, forbidden, notFound, programmeRule } from '../http/problem.js'
import {
  newVisit,
  visit,
  visitId,
  visitList,
  visitQuery,
  visitRecorderRoles,
  visitUpdate,
  visitVersion,
} from '../shared/api/visits.schemas.js'
import { LocalDate } from '../shared/time/local-date.js'
import type { User } from '../users/users.js'
import {
  correctedTimeBreaches,
  interpreterBreaches,
  isCorrectable,
  timeBreaches,
  visitDateOf,
} from './visits.js'
import {
  deleteVisit,
  findVisit,
  insertVisit,
  toVisit,
  unknownReferrals,
  updateVisit,
  visitsRecordedBy,
} from './visits.queries.js'

// Part 6: the front desk counts walk-in visits at the info points (M7,
// «Besöksstatistik vid Integrationsporten», L420). A visit names no person,
// so there is no audit entry to write and nothing personal to log. Whoever
// recorded a visit may correct or remove it on that day and the next.

const authorizeVisits = (request: FastifyRequest): User => authorize(request, visitRecorderRoles)

export function visitRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/visits',
      {
        schema: {
          tags: ['visits'],
          summary: 'Record a walk-in visit at an info point',
          body: newVisit,
          response: { 201: visit },
        },
      },
      async (request, reply) => {
        const body = request.body
        const user = authorizeVisits(request)
        const now = deps.clock.now()
        const at = new Date(body.at)
        const referredTo = body.referredTo ?? []
        const created = await deps.database.db.transaction().execute(async (tx) => {
          failOn([
            ...timeBreaches(at, now, deps.clock.today()),
            ...(await referralBreaches(tx, referredTo)),
          ])
          const row = await insertVisit(
            tx,
            {
              at,
              visit_date: visitDateOf(at).toString(),
              location: body.location,
              language: body.language,
              interpreter_language: body.interpreterLanguage ?? null,
              topics: body.topics,
              referred_to: referredTo,
              recorded_by: user.id,
            },
            now,
          )
          return toVisit(row, user.id)
        })
        return reply.code(201).send(created)
      },
    )

    app.get(
      '/api/v1/visits',
      {
        schema: {
          tags: ['visits'],
          summary: 'The visits you recorded on a day (today by default), latest first',
          querystring: visitQuery,
          response: { 200: visitList },
        },
      },
      async (request) => {
        const user = authorizeVisits(request)
        const date = request.query.date ?? deps.clock.today().toString()
        return deps.database.db.transaction().execute(async (tx) => {
          const rows = await visitsRecordedBy(tx, user.id, date, request.query.location)
          return { items: rows.map((row) => toVisit(row, user.id)) }
        })
      },
    )

    app.patch(
      '/api/v1/visits/:id',
      {
        schema: {
          tags: ['visits'],
          summary: 'Correct a visit you recorded today or yesterday',
          params: visitId,
          body: visitUpdate,
          response: { 200: visit },
        },
      },
      async (request) => {
        const { version, ...changes } = request.body
        const user = authorizeVisits(request)
        const now = deps.clock.now()
        const today = deps.clock.today()
        return deps.database.db.transaction().execute(async (tx) => {
          const existing = await requireCorrectableVisit(tx, user, request.params.id, today)
          const at = changes.at === undefined ? existing.at : new Date(changes.at)
          const language = changes.language ?? existing.language
          // Moving away from "other" takes the interpreter with it, unless one is sent.
          const interpreterLanguage =
            changes.interpreterLanguage !== undefined
              ? changes.interpreterLanguage
              : language === 'other'
                ? existing.interpreter_language
                : null
          failOn([
            ...(changes.at === undefined ? [] : correctedTimeBreaches(at, now, today)),
            ...interpreterBreaches(language, interpreterLanguage),
            ...(changes.referredTo ? await referralBreaches(tx, changes.referredTo) : []),
          ])
          const row = await updateVisit(
            tx,
            existing.id,
            version,
            {
              at,
              visit_date: visitDateOf(at).toString(),
              location: changes.location ?? existing.location,
              language,
              interpreter_language: interpreterLanguage,
              topics: changes.topics ?? existing.topics,
              referred_to: changes.referredTo ?? existing.referred_to,
            },
            now,
          )
          if (!row) throw stale(existing.version)
          return toVisit(row, user.id)
        })
      },
    )

    app.delete(
      '/api/v1/visits/:id',
      {
        schema: {
          tags: ['visits'],
          summary: 'Remove a visit you recorded today or yesterday by mistake',
          params: visitId,
          querystring: visitVersion,
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        const user = authorizeVisits(request)
        const today = deps.clock.today()
        await deps.database.db.transaction().execute(async (tx) => {
          const existing = await requireCorrectableVisit(tx, user, request.params.id, today)
          const removed = await deleteVisit(tx, existing.id, request.query.version)
          if (!removed) throw stale(existing.version)
        })
        return reply.code(204).send(null)
      },
    )
  }
}

/** The visit, if it exists, the user recorded it and it is still within the correction window. */
async function requireCorrectableVisit(db: Queryable, user: User, id: string, today: LocalDate) {
  const existing = await findVisit(db, id)
  if (!existing) throw notFound('No such visit.')
  if (existing.recorded_by !== user.id) {
    throw forbidden('Only the person who recorded a visit may correct or remove it.')
  }
  if (!isCorrectable(LocalDate.parse(existing.visit_date), today)) {
    throw programmeRule(
      `A visit may be corrected or removed on its day and the day after; this one is from ${existing.visit_date}.`,
    )
  }
  return existing
}

async function referralBreaches(db: Queryable, referredTo: readonly string[]): Promise<Breach[]> {
  const unknown = new Set(await unknownReferrals(db, referredTo))
  return referredTo.flatMap((id, index) =>
    unknown.has(id)
      ? [invalid(`referredTo.${index}`, 'no such directory entry or organisation')]
      : [],
  )
}

const stale = (version: number) =>
  conflict(
    `The visit was changed or removed meanwhile (now version ${version}); reload it and try again.`,
  )
