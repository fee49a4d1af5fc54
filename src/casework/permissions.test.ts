import type { InjectOptions } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.js'
import type { Role, StaffOrganisationId } from '../shared/organisations.js'
import {
  insertAssessmentRow,
  insertCustomer,
  insertParticipationRow,
  insertPlanRow,
} from './fixtures.js'

// THE permission matrix of case work: every route that reads or changes a
// customer's case × every role × the customer's own organisation or another,
// plus no sign-in at all. The rule (src/customers/customer-access.ts):
// counsellors of an organisation serving the customer may; counsellors of
// another organisation get 404, as if the customer did not exist; front-desk
// staff, managers and admins get 403; without sign-in, 401. Routes without a
// customer in the path answer other organisations' counsellors with their own
// (empty) view, and registration refuses a customer the caller's organisation
// would not serve (422). The audit log is the one route for admins.

const OWN: StaffOrganisationId = 'integration-unit'
const OTHER: StaffOrganisationId = 'employment-jakobstad'

const columns = [
  'anonymous',
  'admin/own',
  'admin/other',
  'counselor/own',
  'counselor/other',
  'front-desk/own',
  'front-desk/other',
  'manager/own',
  'manager/other',
] as const
type Column = (typeof columns)[number]
type Statuses = readonly [number, number, number, number, number, number, number, number, number]

// biome-ignore format: the matrix reads as a table, one column per caller
const matrix: readonly (readonly [route: string, expected: Statuses])[] = [
  //                                                      admin     counselor  front-desk  manager
  //                                                anon  own  oth  own  oth   own  oth    own  oth
  ['POST /api/v1/customers',                       [401, 403, 403, 201, 422,  403, 403,   403, 403]],
  ['GET /api/v1/customers/{id}',                   [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['GET /api/v1/customers?q=',                     [401, 403, 403, 200, 200,  403, 403,   403, 403]],
  ['PATCH /api/v1/customers/{id}',                 [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['POST /api/v1/customers/{id}/closure',          [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['GET /api/v1/customers/{id}/timeline',          [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['POST /api/v1/customers/{id}/assessments',      [401, 403, 403, 201, 404,  403, 403,   403, 403]],
  ['GET /api/v1/customers/{id}/assessments',       [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['GET /api/v1/assessments/{id}',                 [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['POST /api/v1/customers/{id}/plans',            [401, 403, 403, 201, 404,  403, 403,   403, 403]],
  ['GET /api/v1/customers/{id}/plans',             [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['GET /api/v1/plans/{id}',                       [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['PATCH /api/v1/plans/{id}',                     [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['POST /api/v1/plans/{id}/reviews',              [401, 403, 403, 201, 404,  403, 403,   403, 403]],
  ['POST /api/v1/customers/{id}/participations',   [401, 403, 403, 201, 404,  403, 403,   403, 403]],
  ['GET /api/v1/customers/{id}/participations',    [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['PATCH /api/v1/participations/{id}',            [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['POST /api/v1/customers/{id}/language-tests',   [401, 403, 403, 201, 404,  403, 403,   403, 403]],
  ['GET /api/v1/customers/{id}/language-tests',    [401, 403, 403, 200, 404,  403, 403,   403, 403]],
  ['GET /api/v1/work-queue',                       [401, 403, 403, 200, 200,  403, 403,   403, 403]],
  ['GET /api/v1/audit?customerId=',                [401, 200, 200, 403, 403,  403, 403,   403, 403]],
]

/** The records each route row works on: its own customer of OWN, so rows do not disturb each other. */
interface Fixture {
  customerId: string
  lastName: string
  assessmentId: string
  planId: string
  participationId: string
}

const newCustomerBody = (lastName: string) => ({
  firstName: 'Matris',
  lastName,
  birthDate: '1990-05-14',
  municipality: 'jakobstad',
  unemployedJobSeeker: false,
  categories: ['international-protection'],
  languages: [],
})

// Every request is valid for the customer's own counsellor, so a refusal is about who asks.
const requests: Record<string, (f: Fixture) => Omit<InjectOptions, 'headers'>> = {
  'POST /api/v1/customers': (f) => ({
    method: 'POST',
    url: '/api/v1/customers',
    payload: newCustomerBody(`${f.lastName}ny`),
  }),
  'GET /api/v1/customers/{id}': (f) => ({
    method: 'GET',
    url: `/api/v1/customers/${f.customerId}`,
  }),
  'GET /api/v1/customers?q=': (f) => ({ method: 'GET', url: `/api/v1/customers?q=${f.lastName}` }),
  'PATCH /api/v1/customers/{id}': (f) => ({
    method: 'PATCH',
    url: `/api/v1/customers/${f.customerId}`,
    payload: { version: 1, phone: '+358 40 000 0000' },
  }),
  'POST /api/v1/customers/{id}/closure': (f) => ({
    method: 'POST',
    url: `/api/v1/customers/${f.customerId}/closure`,
    payload: { version: 1, closedOn: '2026-03-01', reason: 'moved-away' },
  }),
  'GET /api/v1/customers/{id}/timeline': (f) => ({
    method: 'GET',
    url: `/api/v1/customers/${f.customerId}/timeline`,
  }),
  'POST /api/v1/customers/{id}/assessments': (f) => ({
    method: 'POST',
    url: `/api/v1/customers/${f.customerId}/assessments`,
    payload: { kind: 'standard', completedOn: '2026-03-01' },
  }),
  'GET /api/v1/customers/{id}/assessments': (f) => ({
    method: 'GET',
    url: `/api/v1/customers/${f.customerId}/assessments`,
  }),
  'GET /api/v1/assessments/{id}': (f) => ({
    method: 'GET',
    url: `/api/v1/assessments/${f.assessmentId}`,
  }),
  'POST /api/v1/customers/{id}/plans': (f) => ({
    method: 'POST',
    url: `/api/v1/customers/${f.customerId}/plans`,
    payload: { startsOn: '2026-03-01' },
  }),
  'GET /api/v1/customers/{id}/plans': (f) => ({
    method: 'GET',
    url: `/api/v1/customers/${f.customerId}/plans`,
  }),
  'GET /api/v1/plans/{id}': (f) => ({ method: 'GET', url: `/api/v1/plans/${f.planId}` }),
  'PATCH /api/v1/plans/{id}': (f) => ({
    method: 'PATCH',
    url: `/api/v1/plans/${f.planId}`,
    payload: { version: 1, periodGoals: 'Matris' },
  }),
  'POST /api/v1/plans/{id}/reviews': (f) => ({
    method: 'POST',
    url: `/api/v1/plans/${f.planId}/reviews`,
    payload: { reviewedOn: '2026-03-01' },
  }),
  'POST /api/v1/customers/{id}/participations': (f) => ({
    method: 'POST',
    url: `/api/v1/customers/${f.customerId}/participations`,
    payload: { service: 'civic-orientation', startedOn: '2026-03-01' },
  }),
  'GET /api/v1/customers/{id}/participations': (f) => ({
    method: 'GET',
    url: `/api/v1/customers/${f.customerId}/participations`,
  }),
  'PATCH /api/v1/participations/{id}': (f) => ({
    method: 'PATCH',
    url: `/api/v1/participations/${f.participationId}`,
    payload: { version: 1, endedOn: '2026-03-01' },
  }),
  'POST /api/v1/customers/{id}/language-tests': (f) => ({
    method: 'POST',
    url: `/api/v1/customers/${f.customerId}/language-tests`,
    payload: { takenOn: '2026-03-01', language: 'sv', results: { reading: 'B1.1' } },
  }),
  'GET /api/v1/customers/{id}/language-tests': (f) => ({
    method: 'GET',
    url: `/api/v1/customers/${f.customerId}/language-tests`,
  }),
  'GET /api/v1/work-queue': () => ({ method: 'GET', url: '/api/v1/work-queue' }),
  'GET /api/v1/audit?customerId=': (f) => ({
    method: 'GET',
    url: `/api/v1/audit?customerId=${f.customerId}`,
  }),
}

let t: TestApp
const tokens = new Map<Column, string>()
const fixtures = new Map<string, Fixture>()

beforeAll(async () => {
  t = await createTestApp() // today is 2026-03-02 in Helsinki
  for (const column of columns) {
    if (column === 'anonymous') continue
    const [role, side] = column.split('/') as [Role, 'own' | 'other']
    tokens.set(column, await t.token(await t.user(role, side === 'own' ? OWN : OTHER)))
  }
  const author = await t.user('counselor', OWN)
  for (const [index, [route]] of matrix.entries()) {
    // Letters only, so the name search finds exactly this customer.
    const lastName = `Matris${String.fromCharCode(97 + index)}`
    const { id: customerId } = await insertCustomer(t.database.db, {
      lastName,
      responsibleOrganisations: [OWN],
    })
    const db = t.database.db
    const assessment = await insertAssessmentRow(db, {
      customerId,
      createdBy: author.id,
      completedOn: '2026-02-01',
    })
    const plan = await insertPlanRow(db, {
      customerId,
      assessmentId: assessment.id,
      createdBy: author.id,
      startsOn: '2026-02-02',
      validUntil: '2028-02-02',
      nextReviewDue: '2026-08-02',
    })
    const participation = await insertParticipationRow(db, {
      customerId,
      createdBy: author.id,
      service: 'integration-training',
      startedOn: '2026-02-02',
    })
    fixtures.set(route, {
      customerId,
      lastName,
      assessmentId: assessment.id,
      planId: plan.id,
      participationId: participation.id,
    })
  }
})
afterAll(() => t.close())

describe.each(matrix)('%s', (route, expected) => {
  it.each(columns.map((column, i) => [column, expected[i]!] as const))(
    'as %s → %i',
    async (column, status) => {
      const fixture = fixtures.get(route)!
      const token = tokens.get(column)
      const response = await t.app.inject({
        ...requests[route]!(fixture),
        headers: token ? { authorization: `Bearer ${token}` } : {},
      })
      expect(response.statusCode, response.body).toBe(status)
      if (status >= 400) {
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
      }
      if (route === 'GET /api/v1/customers?q=' && status === 200) {
        // Other organisations' counsellors search their own customers only.
        const found = response.json().items.map((c: { id: string }) => c.id)
        expect(found).toEqual(column === 'counselor/own' ? [fixture.customerId] : [])
      }
      if (status === 404) {
        // 404 says nothing: the same answer as for a customer that does not exist.
        expect(response.json().detail).not.toContain(fixture.lastName)
      }
    },
  )
})

describe('refusals leave no trace', () => {
  it('every audit entry on the matrix customers comes from an allowed caller', async () => {
    const entries = await t.database.db
      .selectFrom('audit_log')
      .select(['actor_role', 'actor_organisation_id', 'action'])
      .where(
        'customer_id',
        'in',
        [...fixtures.values()].map((f) => f.customerId),
      )
      .execute()
    for (const entry of entries) {
      const allowed =
        (entry.actor_role === 'counselor' && entry.actor_organisation_id === OWN) ||
        (entry.actor_role === 'admin' && entry.action === 'audit.read')
      expect(allowed, JSON.stringify(entry)).toBe(true)
    }
  })
})
