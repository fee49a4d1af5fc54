import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { AppDeps } from '../app-deps.js'
import { type AuditContext, audit, auditMany } from '../audit/audit.js'
import type { Queryable } from '../db/database.js'
import {
  badRequest,
  conflict,
  type FieldError,
  HttpProblem,
  programmeRule,
} from '../http/problem.js'
import {
  customer,
  customerClosure,
  customerPage,
  customerSearch,
  customerUpdate,
  newCustomer,
  timeline,
} from '../shared/api/cases.schemas.js'
import { LocalDate } from '../shared/time/local-date.js'
import type { User } from '../users/users.js'
import { authorizeCaseworker, requireVisibleCustomer } from './customer-access.js'
import {
  buildTimeline,
  callerMustStayResponsible,
  changed,
  changedFields,
  checkClosedOn,
  checkCustomerFacts,
  checkFamilyLinks,
  decideResponsibility,
  decodeCursor,
  encodeCursor,
  factsAfterChanges,
  factsOfNewCustomer,
  givenFields,
  parseCustomerQuery,
  proposeOrganisations,
} from './customers.js'
import {
  type CustomerRow,
  customerById,
  factColumns,
  factsOf,
  familyLinksOf,
  identityCodeHolder,
  insertCustomer,
  isDuplicateIdentityCode,
  lockCustomer,
  replaceFamilyLinks,
  searchCustomers,
  timelineRecords,
  toCustomer,
  toCustomerSummary,
  updateCustomer,
  visibleRelatives,
} from './customers.queries.js'

// The customer register (issue 4): registration, the customer page, search,
// changes, closure and the timeline. Every handler reads the same way
// (STYLE.md rule 3): the schema validates, `authorizeCaseworker` authorises,
// one transaction does the work, and the audit entry is written in it, so a
// failed request stores nothing, its audit entry included.

const customerId = z.object({ id: z.uuid() })

export function customerRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const settings = deps.config.programmeSettings
  const db = deps.database.db

  /** The API's customer: family links named where visible, the proposal as of today. */
  async function present(tx: Queryable, actor: User, row: CustomerRow) {
    return toCustomer(row, {
      familyLinks: await familyLinksOf(tx, actor, row.id),
      proposedOrganisations: proposeOrganisations(factsOf(row), deps.clock.today(), settings),
    })
  }

  return async (app) => {
    app.post(
      '/api/v1/customers',
      {
        schema: {
          tags: ['customers'],
          summary: 'Register a customer; the programme rules propose who is responsible',
          body: newCustomer,
          response: { 201: customer },
        },
      },
      async (request, reply) => {
        const body = request.body
        const actor = authorizeCaseworker(request)
        const context = auditContext(actor, deps.clock.now(), request.id)
        const today = deps.clock.today()
        const created = await db.transaction().execute(async (tx) => {
          const facts = factsOfNewCustomer(body)
          const links = body.familyLinks ?? []
          rejectInvalid([
            ...checkCustomerFacts(facts, today),
            ...checkFamilyLinks(links, undefined, await visibleRelatives(tx, actor, links)),
          ])
          const proposed = proposeOrganisations(facts, today, settings)
          const { responsible, error } = decideResponsibility(
            proposed,
            body.responsibleOrganisations,
            body.responsibilityReason,
            "the programme's proposal",
          )
          rejectInvalid(error ? [error] : [])
          requireCallerResponsible(actor, responsible)
          await refuseTakenIdentityCode(tx, facts.personalIdentityCode, undefined)

          const row = await withIdentityCodeGuard(() =>
            insertCustomer(tx, {
              first_name: body.firstName,
              last_name: body.lastName,
              ...factColumns(facts),
              phone: body.phone ?? null,
              email: body.email ?? null,
              address: body.address ?? null,
              responsible_organisations: responsible,
              responsibility_reason: body.responsibilityReason ?? null,
              created_at: context.at,
              updated_at: context.at,
            }),
          )
          await replaceFamilyLinks(tx, row.id, links)
          await audit(tx, context, {
            customerId: row.id,
            action: 'customer.create',
            access: 'write',
            details: { fields: givenFields(body) },
          })
          return toCustomer(row, {
            familyLinks: await familyLinksOf(tx, actor, row.id),
            proposedOrganisations: proposed,
          })
        })
        return reply.code(201).send(created)
      },
    )

    app.get(
      '/api/v1/customers/:id',
      {
        schema: {
          tags: ['customers'],
          summary: "A customer's record",
          params: customerId,
          response: { 200: customer },
        },
      },
      async (request) => {
        const { id } = request.params
        const actor = authorizeCaseworker(request)
        const context = auditContext(actor, deps.clock.now(), request.id)
        return db.transaction().execute(async (tx) => {
          await requireVisibleCustomer(tx, actor, id)
          const found = await present(tx, actor, await customerById(tx, id))
          await audit(tx, context, { customerId: id, action: 'customer.read', access: 'read' })
          return found
        })
      },
    )

    app.get(
      '/api/v1/customers',
      {
        schema: {
          tags: ['customers'],
          summary:
            'Search the customers your organisation serves (name, identity code, birth date)',
          querystring: customerSearch,
          response: { 200: customerPage },
        },
      },
      async (request) => {
        const { q, cursor, limit } = request.query
        const actor = authorizeCaseworker(request)
        const context = auditContext(actor, deps.clock.now(), request.id)
        const query = parseCustomerQuery(q)
        if (query.kind === 'invalid') {
          throw badRequest(`q: ${query.message}`, [{ path: 'q', message: query.message }])
        }
        const after = cursor === undefined ? undefined : decodeCursor(cursor)
        if (cursor !== undefined && after === undefined) {
          const message = 'is not a cursor this search gave'
          throw badRequest(`cursor: ${message}`, [{ path: 'cursor', message }])
        }
        return db.transaction().execute(async (tx) => {
          const rows = await searchCustomers(tx, actor, query, after, limit)
          const page = rows.slice(0, limit)
          // Seeing a customer in a result list is a read of their data.
          await auditMany(
            tx,
            context,
            page.map((row) => ({
              customerId: row.id,
              action: 'customer.search',
              access: 'read' as const,
              details: { page: true },
            })),
          )
          const last = page.at(-1)
          return {
            items: page.map(toCustomerSummary),
            next:
              rows.length > limit && last
                ? encodeCursor([last.last_key, last.first_key, last.id])
                : null,
          }
        })
      },
    )

    app.patch(
      '/api/v1/customers/:id',
      {
        schema: {
          tags: ['customers'],
          summary: 'Change a customer; a save based on an old version gets 409',
          params: customerId,
          body: customerUpdate,
          response: { 200: customer },
        },
      },
      async (request) => {
        const { id } = request.params
        const { version, ...changes } = request.body
        const actor = authorizeCaseworker(request)
        const context = auditContext(actor, deps.clock.now(), request.id)
        const today = deps.clock.today()
        return db.transaction().execute(async (tx) => {
          await requireVisibleCustomer(tx, actor, id)
          const row = await lockCustomer(tx, id)
          if (row.version !== version) throw staleVersion(row.version, version)
          if (row.closed_on !== null) throw closedRecord(row.closed_on)

          const before = factsOf(row)
          const facts = factsAfterChanges(before, changes)
          const { responsible, error } = decideResponsibility(
            row.responsible_organisations,
            changes.responsibleOrganisations,
            changes.responsibilityReason,
            'the current responsible organisations',
          )
          rejectInvalid([
            ...checkCustomerFacts(facts, today),
            ...(changes.familyLinks
              ? checkFamilyLinks(
                  changes.familyLinks,
                  id,
                  await visibleRelatives(tx, actor, changes.familyLinks),
                )
              : []),
            ...(error ? [error] : []),
          ])
          requireCallerResponsible(actor, responsible)
          if (facts.personalIdentityCode !== before.personalIdentityCode) {
            await refuseTakenIdentityCode(tx, facts.personalIdentityCode, id)
          }

          const previous = await present(tx, actor, row)
          const updated = await withIdentityCodeGuard(() =>
            updateCustomer(
              tx,
              id,
              version,
              {
                first_name: changes.firstName ?? row.first_name,
                last_name: changes.lastName ?? row.last_name,
                ...factColumns(facts),
                phone: changed(changes.phone, row.phone),
                email: changed(changes.email, row.email),
                address: changed(changes.address, row.address),
                responsible_organisations: responsible,
                responsibility_reason: changes.responsibilityReason ?? row.responsibility_reason,
              },
              context.at,
            ),
          )
          // The row is locked, so this is only a guard against a change of locking.
          if (!updated) throw staleVersion(undefined, version)
          if (changes.familyLinks) await replaceFamilyLinks(tx, id, changes.familyLinks)
          const saved = await present(tx, actor, updated)
          await audit(tx, context, {
            customerId: id,
            action: 'customer.update',
            access: 'write',
            details: { fields: changedFields(previous, saved) },
          })
          return saved
        })
      },
    )

    app.post(
      '/api/v1/customers/:id/closure',
      {
        schema: {
          tags: ['customers'],
          summary: "Close a customer's case",
          params: customerId,
          body: customerClosure,
          response: { 200: customer },
        },
      },
      async (request) => {
        const { id } = request.params
        const { version, closedOn, reason } = request.body
        const actor = authorizeCaseworker(request)
        const context = auditContext(actor, deps.clock.now(), request.id)
        const today = deps.clock.today()
        return db.transaction().execute(async (tx) => {
          await requireVisibleCustomer(tx, actor, id)
          const row = await lockCustomer(tx, id)
          if (row.version !== version) throw staleVersion(row.version, version)
          if (row.closed_on !== null) throw closedRecord(row.closed_on)
          const registeredOn = LocalDate.fromInstant(row.created_at)
          const error = checkClosedOn(LocalDate.parse(closedOn), registeredOn, today)
          if (error) throw programmeRule(`${error.path}: ${error.message}`, [error])
          const closed = await updateCustomer(
            tx,
            id,
            version,
            { closed_on: closedOn, closure_reason: reason },
            context.at,
          )
          if (!closed) throw staleVersion(undefined, version)
          await audit(tx, context, {
            customerId: id,
            action: 'customer.close',
            access: 'write',
            details: { fields: ['closedOn', 'reason'] },
          })
          return present(tx, actor, closed)
        })
      },
    )

    app.get(
      '/api/v1/customers/:id/timeline',
      {
        schema: {
          tags: ['customers'],
          summary: 'Everything that happened in the case, oldest first',
          params: customerId,
          response: { 200: timeline },
        },
      },
      async (request) => {
        const { id } = request.params
        const actor = authorizeCaseworker(request)
        const context = auditContext(actor, deps.clock.now(), request.id)
        return db.transaction().execute(async (tx) => {
          await requireVisibleCustomer(tx, actor, id)
          const row = await customerById(tx, id)
          const items = buildTimeline(
            {
              registeredOn: LocalDate.fromInstant(row.created_at).toString(),
              arrivedOn: row.arrived_on,
              residencePermitOn: row.residence_permit_on,
              closedOn: row.closed_on,
              closureReason: row.closure_reason,
            },
            await timelineRecords(tx, id),
          )
          await audit(tx, context, {
            customerId: id,
            action: 'customer.timeline.read',
            access: 'read',
            details: { entries: items.length },
          })
          return { items }
        })
      },
    )
  }
}

function auditContext(actor: User, at: Date, requestId: string): AuditContext {
  return { actor, at, requestId }
}

/** The caller's organisation must serve the customer, or the record would vanish from them. */
function requireCallerResponsible(actor: User, responsible: readonly string[]): void {
  const problem = callerMustStayResponsible(actor.org, responsible)
  if (problem)
    throw programmeRule(problem, [{ path: 'responsibleOrganisations', message: problem }])
}

function rejectInvalid(errors: readonly FieldError[]): void {
  if (errors.length === 0) return
  throw badRequest(errors.map((e) => `${e.path}: ${e.message}`).join('; '), [...errors])
}

async function refuseTakenIdentityCode(
  tx: Queryable,
  code: string | null,
  selfId: string | undefined,
): Promise<void> {
  if (code === null) return
  const holder = await identityCodeHolder(tx, code)
  if (holder !== undefined && holder !== selfId) throw identityCodeTaken()
}

/** Two registrations of one person at the same moment: the unique index decides. */
async function withIdentityCodeGuard<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save()
  } catch (error) {
    if (isDuplicateIdentityCode(error)) throw identityCodeTaken()
    throw error
  }
}

function identityCodeTaken(): HttpProblem {
  // Said even when the holder is served by another organisation: a second
  // record of one person must not be made; the detail names no one.
  return new HttpProblem(
    409,
    'Already registered',
    'A customer with this personal identity code is already registered. Search for them instead of registering them again; if your organisation does not serve them, ask the Integration Unit.',
    [{ path: 'personalIdentityCode', message: 'is already registered for another customer' }],
  )
}

function staleVersion(current: number | undefined, basedOn: number): HttpProblem {
  const now = current === undefined ? '' : ` (the record is now at version ${current})`
  return conflict(
    `Someone else saved this customer first${now}; your change was based on version ${basedOn}. Nothing was saved: reload the record and apply your change again.`,
  )
}

function closedRecord(closedOn: string): HttpProblem {
  return programmeRule(
    `The customer's case was closed on ${closedOn}; a closed record cannot be changed.`,
  )
}
