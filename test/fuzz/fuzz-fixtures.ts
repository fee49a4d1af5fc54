import fc from 'fast-check'
import { insertCustomer } from '../../src/casework/fixtures.js'
import { identityCode, newCustomerBody } from '../../src/customers/customers.fixtures.js'
import { newEntryBody } from '../../src/directory/directory.fixtures.js'
import { TEST_PASSWORD, type TestApp } from '../test-app.js'
import type { PrincipalName } from './fuzz-app.js'

// The fuzz tests' records (STYLE.md rule 10; fictional people, identity
// codes in the 900–999 range) and, per route, requests known to succeed on
// them: a random valid request seldom passes every programme rule, and the
// mutation property needs a success to start from.

export interface Seeded {
  /** Ids by the collection in the path that holds them (/api/v1/plans/:id → plans). */
  ids: Record<string, string[]>
  customer: string
  closable: string
  plan: string
  participation: string
  visit: string
  removableVisit: string
  entry: string
  retirableEntry: string
  /** The directory as GET /api/v1/directory/hsds gives it: importing it changes nothing. */
  hsdsPage: { contents: unknown[] }
  counselorEmail: string
}

export async function seedRecords(
  t: TestApp,
  headers: Record<PrincipalName, Record<string, string>>,
  counselorEmail: string,
): Promise<Seeded> {
  const send = async (
    principal: PrincipalName,
    method: 'POST' | 'GET',
    url: string,
    payload?: object,
  ) => {
    const response = await t.app.inject({
      method,
      url,
      headers: headers[principal],
      ...(payload ? { payload } : {}),
    })
    if (response.statusCode >= 300) {
      throw new Error(`seeding ${url}: ${response.statusCode} ${response.body}`)
    }
    return response.json() as { id: string }
  }
  const post = (principal: PrincipalName, url: string, payload: object) =>
    send(principal, 'POST', url, payload)
  const customer = await post(
    'counselor',
    '/api/v1/customers',
    newCustomerBody({ personalIdentityCode: identityCode(950, '1990-01-01') }),
  )
  const relative = await post(
    'counselor',
    '/api/v1/customers',
    newCustomerBody({
      firstName: 'Provi',
      familyLinks: [{ customerId: customer.id, relation: 'spouse' }],
    }),
  )
  const closable = await post(
    'counselor',
    '/api/v1/customers',
    newCustomerBody({ firstName: 'Stängbar' }),
  )
  const at = `/api/v1/customers/${customer.id}`
  const assessment = await post('counselor', `${at}/assessments`, {
    kind: 'standard',
    completedOn: '2026-02-20',
  })
  const plan = await post('counselor', `${at}/plans`, { startsOn: '2026-02-25' })
  const participation = await post('counselor', `${at}/participations`, {
    service: 'civic-orientation',
    startedOn: '2026-02-26',
  })
  const languageTest = await post('counselor', `${at}/language-tests`, {
    takenOn: '2026-03-01',
    language: 'sv',
    results: { reading: 'B1.1', speaking: 'A2.2' },
  })
  const visitBody = {
    at: '2026-03-02T10:30:00+02:00',
    location: 'jakobstad',
    language: 'sv',
    topics: ['work'],
  }
  const visit = await post('front-desk', '/api/v1/visits', visitBody)
  const removableVisit = await post('front-desk', '/api/v1/visits', visitBody)
  await post('admin', '/api/v1/directory/entries', newEntryBody({ id: 'fiktiv-forening-fuzz' }))
  await post('admin', '/api/v1/directory/entries', newEntryBody({ id: 'fiktiv-forening-arkiv' }))
  const hsds = (await send('signed-out', 'GET', '/api/v1/directory/hsds')) as unknown as {
    contents: unknown[]
  }
  // Served by another organisation only: every caller here must get 404 for it.
  const unseen = await insertCustomer(t.database.db, {
    responsibleOrganisations: ['employment-ostrobothnia'],
  })
  return {
    ids: {
      customers: [customer.id, relative.id, closable.id, unseen.id],
      assessments: [assessment.id],
      plans: [plan.id],
      participations: [participation.id],
      'language-tests': [languageTest.id],
      visits: [visit.id, removableVisit.id],
    },
    customer: customer.id,
    closable: closable.id,
    plan: plan.id,
    participation: participation.id,
    visit: visit.id,
    removableVisit: removableVisit.id,
    entry: 'fiktiv-forening-fuzz',
    retirableEntry: 'fiktiv-forening-arkiv',
    hsdsPage: { contents: hsds.contents.slice(0, 3) },
    counselorEmail,
  }
}

export interface KnownGoodRequest {
  principal: PrincipalName
  path: string
  query?: Record<string, string>
  body?: unknown
}

/**
 * Per route ("PATCH /api/v1/plans/:id"), requests that succeed on the seeded
 * records. A save names the record's version as the fuzz app last saw it
 * (`currentVersion`), read when the request is generated, which fast-check
 * does just before it runs it.
 */
export function knownGoodRequests(
  s: Seeded,
  currentVersion: (id: string) => number,
): Record<string, fc.Arbitrary<KnownGoodRequest>> {
  const versionOf = (id: string) => fc.constant(id).map(currentVersion)
  const counselor = (path: string, body?: unknown): KnownGoodRequest => ({
    principal: 'counselor',
    path,
    ...(body === undefined ? {} : { body }),
  })
  const admin = (path: string, body?: unknown): KnownGoodRequest => ({
    principal: 'admin',
    path,
    ...(body === undefined ? {} : { body }),
  })
  const customer = `/api/v1/customers/${s.customer}`
  return {
    'POST /api/v1/session': fc.constant({
      principal: 'signed-out',
      path: '/api/v1/session',
      body: { email: s.counselorEmail, password: TEST_PASSWORD },
    }),
    'POST /api/v1/routing': fc.constant({
      principal: 'signed-out',
      path: '/api/v1/routing',
      body: {
        municipality: 'jakobstad',
        unemployedJobSeeker: false,
        categories: ['international-protection'],
        age: 30,
        arrivedOn: '2025-11-01',
      },
    }),
    'GET /api/v1/audit': fc.constant({
      principal: 'admin',
      path: '/api/v1/audit',
      query: { customerId: s.customer },
    }),
    'POST /api/v1/customers': fc.constant(
      counselor(
        '/api/v1/customers',
        newCustomerBody({
          phone: '+358 40 000 0000',
          email: 'testa@example.test',
          address: 'Exempelvägen 1\n68600 Jakobstad',
        }),
      ),
    ),
    'PATCH /api/v1/customers/:id': versionOf(s.customer).map((v) =>
      counselor(customer, { version: v, firstName: 'Testa', address: 'Exempelvägen 2' }),
    ),
    'POST /api/v1/customers/:id/closure': versionOf(s.closable).map((v) =>
      counselor(`/api/v1/customers/${s.closable}/closure`, {
        version: v,
        closedOn: '2026-03-02',
        reason: 'moved-away',
      }),
    ),
    'POST /api/v1/customers/:id/assessments': fc.constant(
      counselor(`${customer}/assessments`, {
        kind: 'standard',
        completedOn: '2026-03-01',
        content: { goals: 'Arbete inom vården', education: 'Gymnasium' },
        needsPlan: true,
      }),
    ),
    'POST /api/v1/customers/:id/plans': fc.constant(
      counselor(`${customer}/plans`, {
        startsOn: '2026-03-02',
        longTermGoals: 'Arbete inom vården',
        periodGoals: 'Språkkurs',
        services: { employment: ['Arbetsprövning'] },
      }),
    ),
    'PATCH /api/v1/plans/:id': versionOf(s.plan).map((v) =>
      counselor(`/api/v1/plans/${s.plan}`, { version: v, periodGoals: 'Svenska B1' }),
    ),
    'POST /api/v1/plans/:id/reviews': fc.constant(
      counselor(`/api/v1/plans/${s.plan}/reviews`, {
        reviewedOn: '2026-03-02',
        reason: 'scheduled',
        notes: 'Går enligt plan',
      }),
    ),
    'POST /api/v1/customers/:id/participations': fc.constant(
      counselor(`${customer}/participations`, {
        service: 'integration-training',
        startedOn: '2026-03-01',
        provider: 'Fiktiva institutet',
        language: 'sv',
      }),
    ),
    'PATCH /api/v1/participations/:id': versionOf(s.participation).map((v) =>
      counselor(`/api/v1/participations/${s.participation}`, {
        version: v,
        provider: 'Fiktiva institutet',
      }),
    ),
    'POST /api/v1/customers/:id/language-tests': fc.constant(
      counselor(`${customer}/language-tests`, {
        takenOn: '2026-03-02',
        language: 'fi',
        results: { reading: 'B1.1', writing: 'A2.2' },
      }),
    ),
    'POST /api/v1/visits': fc.constant({
      principal: 'front-desk',
      path: '/api/v1/visits',
      body: {
        at: '2026-03-02T10:45:00+02:00',
        location: 'nykarleby',
        language: 'other',
        interpreterLanguage: 'ar',
        topics: ['housing'],
        referredTo: ['kela', s.entry],
      },
    }),
    'PATCH /api/v1/visits/:id': versionOf(s.visit).map((v) => ({
      principal: 'front-desk',
      path: `/api/v1/visits/${s.visit}`,
      body: { version: v, topics: ['work', 'housing'] },
    })),
    'DELETE /api/v1/visits/:id': versionOf(s.removableVisit).map((v) => ({
      principal: 'front-desk',
      path: `/api/v1/visits/${s.removableVisit}`,
      query: { version: String(v) },
    })),
    'POST /api/v1/directory/entries': fc
      .integer({ min: 1, max: 1_000_000 })
      .map((n) => admin('/api/v1/directory/entries', newEntryBody({ id: `fiktiv-fuzz-${n}` }))),
    'PATCH /api/v1/directory/entries/:id': versionOf(s.entry).map((v) =>
      admin(`/api/v1/directory/entries/${s.entry}`, {
        version: v,
        names: { sv: 'Fiktiva föreningen', fi: 'Kuvitteellinen yhdistys' },
        descriptions: { sv: 'Träffar för nyinflyttade.\nVarje tisdag.' },
      }),
    ),
    'POST /api/v1/directory/entries/:id/retire': versionOf(s.retirableEntry).map((v) =>
      admin(`/api/v1/directory/entries/${s.retirableEntry}/retire`, { version: v }),
    ),
    'POST /api/v1/directory/entries/:id/restore': versionOf(s.retirableEntry).map((v) =>
      admin(`/api/v1/directory/entries/${s.retirableEntry}/restore`, { version: v }),
    ),
    'POST /api/v1/directory/hsds': fc.constant(admin('/api/v1/directory/hsds', s.hsdsPage)),
    'GET /api/v1/reports/follow-up': fc.constantFrom('json', 'csv', 'xlsx').map((format) => ({
      principal: 'manager',
      path: '/api/v1/reports/follow-up',
      query: { from: '2026-01-01', to: '2026-03-01', format },
    })),
  }
}
