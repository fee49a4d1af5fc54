import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import { audit } from './audit.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('the audit helper', () => {
  it('writes the entry in the caller’s transaction, so a rollback leaves none', async () => {
    const actor = await t.user('counselor')
    const customerId = randomUUID()
    await expect(
      t.database.db.transaction().execute(async (tx) => {
        await audit(
          tx,
          { actor, at: t.clock.now() },
          { customerId, action: 'customer.update', access: 'write' },
        )
        throw new Error('the change failed')
      }),
    ).rejects.toThrow('the change failed')
    const none = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('customer_id', '=', customerId)
      .execute()
    expect(none).toEqual([])

    await t.database.db
      .transaction()
      .execute((tx) =>
        audit(
          tx,
          { actor, at: t.clock.now() },
          { customerId, action: 'customer.read', access: 'read' },
        ),
      )
    const one = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('customer_id', '=', customerId)
      .execute()
    expect(one).toHaveLength(1)
    expect(one[0]).toMatchObject({
      actor_email: actor.email,
      actor_name: actor.name,
      access: 'read',
    })
  })
})

describe('GET /api/v1/audit', () => {
  it('shows admins who read or changed a customer’s data, newest first, paged by key', async () => {
    const counselor = await t.user('counselor', 'employment-ostrobothnia')
    const admin = await t.user('admin')
    const customerId = randomUUID()
    for (const [i, action] of ['customer.create', 'customer.read', 'plan.create'].entries()) {
      t.clock.advance(1000)
      await audit(
        t.database.db,
        { actor: counselor, at: t.clock.now() },
        { customerId, action, access: i === 1 ? 'read' : 'write', details: { step: i } },
      )
    }
    const token = await t.token(admin)
    const first = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit?customerId=${customerId}&limit=2`,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(first.statusCode).toBe(200)
    const page = first.json()
    expect(page.items.map((i: { action: string }) => i.action)).toEqual([
      'plan.create',
      'customer.read',
    ])
    expect(page.items[0].user).toEqual({
      email: counselor.email,
      name: counselor.name,
      org: 'employment-ostrobothnia',
      role: 'counselor',
    })
    const second = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit?customerId=${customerId}&limit=2&before=${page.next}`,
      headers: { authorization: `Bearer ${token}` },
    })
    // The first page's own read of the log is the newest entry, but paging by
    // key continues below the cursor.
    expect(second.json().items.map((i: { action: string }) => i.action)).toEqual([
      'customer.create',
    ])
    expect(second.json().next).toBeNull()

    const third = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit?customerId=${customerId}&limit=1`,
      headers: { authorization: `Bearer ${token}` },
    })
    expect(third.json().items[0]).toMatchObject({
      action: 'audit.read',
      access: 'read',
      user: { email: admin.email },
    })
  })

  it('is for admins only, and validates its query', async () => {
    const customerId = randomUUID()
    expectProblem(
      await t.app.inject({ method: 'GET', url: `/api/v1/audit?customerId=${customerId}` }),
      401,
    )
    for (const role of ['counselor', 'manager', 'front-desk'] as const) {
      const token = await t.token(await t.user(role))
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/audit?customerId=${customerId}`,
        headers: { authorization: `Bearer ${token}` },
      })
      expectProblem(response, 403)
    }
    const token = await t.token(await t.user('admin'))
    const bad = expectProblem(
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/audit?customerId=not-a-uuid',
        headers: { authorization: `Bearer ${token}` },
      }),
      400,
    )
    expect(bad.errors?.[0]?.path).toBe('customerId')
  })
})
