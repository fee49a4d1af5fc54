import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import type { User } from '../users/users.js'
import { apiAs, caseworkCounts, insertCustomer } from './fixtures.js'

let t: TestApp
let counselor: User
let api: ReturnType<typeof apiAs>
beforeAll(async () => {
  t = await createTestApp() // today is 2026-03-02 in Helsinki
  counselor = await t.user('counselor', 'employment-jakobstad')
  api = apiAs(t.app, await t.token(counselor))
})
afterAll(() => t.close())

const customer = () =>
  insertCustomer(t.database.db, { responsibleOrganisations: ['employment-jakobstad'] })

const auditDetails = (customerId: string, action: string) =>
  t.database.db
    .selectFrom('audit_log')
    .select(['access', 'details'])
    .where('customer_id', '=', customerId)
    .where('action', '=', action)
    .orderBy('id')
    .execute()

describe('POST /api/v1/customers/{id}/participations', () => {
  it('records a participation, also one starting soon, and audits it', async () => {
    const { id } = await customer()
    const response = await api.post(`/api/v1/customers/${id}/participations`, {
      service: 'civic-orientation',
      startedOn: '2026-02-01',
      endedOn: '2026-03-02',
      language: 'ar',
      provider: 'Fiktiva institutet',
    })
    expect(response.statusCode).toBe(201)
    const created = response.json()
    expect(created).toMatchObject({
      customerId: id,
      service: 'civic-orientation',
      startedOn: '2026-02-01',
      endedOn: '2026-03-02',
      language: 'ar',
      provider: 'Fiktiva institutet',
      interrupted: false,
      interruptionReason: null,
      version: 1,
    })
    const planned = await api.post(`/api/v1/customers/${id}/participations`, {
      service: 'integration-training',
      startedOn: '2027-03-02',
    })
    expect(planned.statusCode).toBe(201)
    expect(planned.json().endedOn).toBeNull()
    expect(await auditDetails(id, 'participation.create')).toEqual([
      {
        access: 'write',
        details: {
          participationId: created.id,
          fields: ['service', 'startedOn', 'endedOn', 'language', 'provider'],
        },
      },
      {
        access: 'write',
        details: { participationId: planned.json().id, fields: ['service', 'startedOn'] },
      },
    ])
  })

  it('refuses bad input and closed cases, storing nothing', async () => {
    const { id } = await customer()
    const { id: closed } = await insertCustomer(t.database.db, {
      responsibleOrganisations: ['employment-jakobstad'],
      closedOn: '2026-01-31',
    })
    const cases: [string, string, object, number, string[]][] = [
      [
        'ends before it starts',
        id,
        { service: 'civic-orientation', startedOn: '2026-02-01', endedOn: '2026-01-31' },
        400,
        ['endedOn'],
      ],
      [
        'ends in the future',
        id,
        { service: 'civic-orientation', startedOn: '2026-02-01', endedOn: '2026-03-03' },
        400,
        ['endedOn'],
      ],
      [
        'starts more than a year ahead',
        id,
        { service: 'integration-training', startedOn: '2027-03-03' },
        400,
        ['startedOn'],
      ],
      [
        'interrupted without end or reason',
        id,
        { service: 'integration-training', startedOn: '2026-01-01', interrupted: true },
        400,
        ['endedOn', 'interruptionReason'],
      ],
      [
        'interrupted without a reason',
        id,
        {
          service: 'integration-training',
          startedOn: '2026-01-01',
          endedOn: '2026-02-01',
          interrupted: true,
        },
        400,
        ['interruptionReason'],
      ],
      [
        'a reason without an interruption',
        id,
        { service: 'integration-training', startedOn: '2026-01-01', interruptionReason: 'x' },
        400,
        ['interruptionReason'],
      ],
      [
        'another programme part',
        id,
        { service: 'guidance', startedOn: '2026-01-01' },
        400,
        ['service'],
      ],
      [
        'a closed case',
        closed,
        { service: 'civic-orientation', startedOn: '2026-01-01' },
        422,
        ['customer'],
      ],
    ]
    for (const [what, customerId, payload, status, paths] of cases) {
      const before = await caseworkCounts(t.database.db, customerId)
      const problem = expectProblem(
        await api.post(`/api/v1/customers/${customerId}/participations`, payload),
        status,
      )
      expect(
        problem.errors?.map((e) => e.path),
        what,
      ).toEqual(paths)
      expect(await caseworkCounts(t.database.db, customerId), what).toEqual(before)
    }
  })
})

describe('PATCH /api/v1/participations/{id}', () => {
  it('ends or interrupts a participation, and refuses a stale version (409) keeping nothing', async () => {
    const { id } = await customer()
    const created = (
      await api.post(`/api/v1/customers/${id}/participations`, {
        service: 'integration-training',
        startedOn: '2026-01-12',
      })
    ).json()
    const ended = await api.patch(`/api/v1/participations/${created.id}`, {
      version: 1,
      endedOn: '2026-02-27',
    })
    expect(ended.statusCode).toBe(200)
    expect(ended.json()).toMatchObject({ endedOn: '2026-02-27', version: 2 })

    const before = await caseworkCounts(t.database.db, id)
    expectProblem(
      await api.patch(`/api/v1/participations/${created.id}`, {
        version: 1,
        endedOn: '2026-02-28',
      }),
      409,
    )
    expectProblem(
      await api.patch(`/api/v1/participations/${created.id}`, {
        version: 2,
        endedOn: '2026-03-03',
      }),
      400,
    )
    expectProblem(
      await api.patch(`/api/v1/participations/${created.id}`, { version: 2, interrupted: true }),
      400,
    )
    expect(await caseworkCounts(t.database.db, id)).toEqual(before)
    const unchanged = (await api.get(`/api/v1/customers/${id}/participations`)).json().items[0]
    expect(unchanged).toMatchObject({ endedOn: '2026-02-27', version: 2, interrupted: false })

    const interrupted = await api.patch(`/api/v1/participations/${created.id}`, {
      version: 2,
      interrupted: true,
      interruptionReason: 'Flyttade',
    })
    expect(interrupted.json()).toMatchObject({
      interrupted: true,
      interruptionReason: 'Flyttade',
      endedOn: '2026-02-27',
      version: 3,
    })
    // Taking the interruption back takes its reason with it; reopening clears the end.
    const resumed = await api.patch(`/api/v1/participations/${created.id}`, {
      version: 3,
      interrupted: false,
      endedOn: null,
    })
    expect(resumed.json()).toMatchObject({
      interrupted: false,
      interruptionReason: null,
      endedOn: null,
      version: 4,
    })
    expect(await auditDetails(id, 'participation.update')).toEqual([
      { access: 'write', details: { participationId: created.id, fields: ['endedOn'] } },
      {
        access: 'write',
        details: { participationId: created.id, fields: ['interrupted', 'interruptionReason'] },
      },
      {
        access: 'write',
        details: { participationId: created.id, fields: ['endedOn', 'interrupted'] },
      },
    ])
  })

  it('answers 404 for an unknown participation or another organisation’s customer, 422 for a closed case', async () => {
    const { id } = await customer()
    const created = (
      await api.post(`/api/v1/customers/${id}/participations`, {
        service: 'civic-orientation',
        startedOn: '2026-01-12',
      })
    ).json()
    const other = apiAs(t.app, await t.token(await t.user('counselor', 'integration-unit')))
    expectProblem(
      await other.patch(`/api/v1/participations/${created.id}`, {
        version: 1,
        endedOn: '2026-02-01',
      }),
      404,
    )
    expectProblem(
      await api.patch('/api/v1/participations/00000000-0000-4000-8000-000000000000', {
        version: 1,
        endedOn: '2026-02-01',
      }),
      404,
    )
    await t.database.db
      .updateTable('customer')
      .set({ closed_on: '2026-02-15', closure_reason: 'employed' })
      .where('id', '=', id)
      .execute()
    expectProblem(
      await api.patch(`/api/v1/participations/${created.id}`, {
        version: 1,
        endedOn: '2026-02-01',
      }),
      422,
    )
  })
})

describe('GET /api/v1/customers/{id}/participations', () => {
  it('lists the customer’s participations, latest start first, and audits the read', async () => {
    const { id } = await customer()
    const older = (
      await api.post(`/api/v1/customers/${id}/participations`, {
        service: 'civic-orientation',
        startedOn: '2025-11-03',
      })
    ).json()
    const newer = (
      await api.post(`/api/v1/customers/${id}/participations`, {
        service: 'integration-training',
        startedOn: '2026-01-12',
      })
    ).json()
    const list = await api.get(`/api/v1/customers/${id}/participations`)
    expect(list.statusCode).toBe(200)
    expect(list.json().items).toEqual([newer, older])
    expect(await auditDetails(id, 'participation.list')).toEqual([
      { access: 'read', details: { participationIds: [newer.id, older.id] } },
    ])
    const other = apiAs(t.app, await t.token(await t.user('counselor', 'integration-unit')))
    expectProblem(await other.get(`/api/v1/customers/${id}/participations`), 404)
  })
})
