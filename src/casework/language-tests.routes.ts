import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AppDeps } from '../app-deps.js'
import { audit } from '../audit/audit.js'
import { authorizeCaseworker, requireVisibleCustomer } from '../customers/customer-access.js'
import { languageTest, newLanguageTest } from '../shared/api/cases.schemas.js'
import { LocalDate } from '../shared/time/local-date.js'
import { closedCaseBreach, failOn, happenedOnBreaches, languageTestOutcome } from './casework.js'
import {
  insertLanguageTest,
  languageTestsOf,
  lockCaseCustomer,
  toLanguageTest,
} from './casework.queries.js'
import { languageTestList, recordId } from './casework.schemas.js'

// Part 4's final test: «Integrationsutbildning och sluttest i språkkunskaper»
// (L220). What the test is and who gives it is not in the programme (AMB-13);
// Porten records the levels per skill and whether the lowest reaches B1.1 (L224, L244).

export function languageTestRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/v1/customers/:id/language-tests',
      {
        schema: {
          tags: ['case work'],
          summary: "Record a final language test's results",
          params: recordId,
          body: newLanguageTest,
          response: { 201: languageTest },
        },
      },
      async (request, reply) => {
        const body = request.body
        const user = authorizeCaseworker(request)
        const now = deps.clock.now()
        const created = await deps.database.db.transaction().execute(async (tx) => {
          await requireVisibleCustomer(tx, user, request.params.id)
          const customer = await lockCaseCustomer(tx, request.params.id)
          failOn([
            ...happenedOnBreaches('takenOn', LocalDate.parse(body.takenOn), {
              today: deps.clock.today(),
              birthDate: LocalDate.parse(customer.birthDate),
            }),
            ...closedCaseBreach(customer.closedOn),
          ])
          const outcome = languageTestOutcome(body.results)
          const row = await insertLanguageTest(
            tx,
            {
              customer_id: customer.id,
              taken_on: body.takenOn,
              language: body.language,
              results: body.results,
              lowest_level: outcome.lowestLevel,
              reached_target: outcome.reachedTarget,
              created_by: user.id,
            },
            now,
          )
          await audit(
            tx,
            { actor: user, at: now, requestId: request.id },
            {
              customerId: customer.id,
              action: 'language-test.create',
              access: 'write',
              details: { languageTestId: row.id, fields: Object.keys(body) },
            },
          )
          return toLanguageTest(row)
        })
        return reply.code(201).send(created)
      },
    )

    app.get(
      '/api/v1/customers/:id/language-tests',
      {
        schema: {
          tags: ['case work'],
          summary: "The customer's language tests, latest first",
          params: recordId,
          response: { 200: languageTestList },
        },
      },
      async (request) => {
        const user = authorizeCaseworker(request)
        return deps.database.db.transaction().execute(async (tx) => {
          const customer = await requireVisibleCustomer(tx, user, request.params.id)
          const rows = await languageTestsOf(tx, customer.id)
          await audit(
            tx,
            { actor: user, at: deps.clock.now(), requestId: request.id },
            {
              customerId: customer.id,
              action: 'language-test.list',
              access: 'read',
              details: { languageTestIds: rows.map((r) => r.id) },
            },
          )
          return { items: rows.map(toLanguageTest) }
        })
      },
    )
  }
}
