import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import { roles } from '../shared/organisations.js'
import { visitApi, visitBody, visitCount } from './visits.fixtures.js'

// Who may call the visit routes (STYLE.md rule 3 keeps permission tests in
// their own file): every staff role, since a visit names no one; nobody who
// is not signed in. Corrections are the recorder's own (visits.routes.test.ts).

let t: TestApp
let existingId: string
beforeAll(async () => {
  t = await createTestApp()
  const desk = visitApi(t.app, await t.token(await t.user('front-desk')))
  existingId = (await desk.record(visitBody())).json().id
})
afterAll(() => t.close())

describe('the visit routes', () => {
  it('answer 401 to a caller who is not signed in, storing and changing nothing', async () => {
    const anonymous = visitApi(t.app, undefined)
    const before = await visitCount(t.database.db)
    expectProblem(await anonymous.record(visitBody()), 401)
    expectProblem(await anonymous.list(), 401)
    expectProblem(await anonymous.correct(existingId, { version: 1, topics: ['health'] }), 401)
    expectProblem(await anonymous.remove(existingId, 1), 401)
    expect(await visitCount(t.database.db)).toBe(before)
  })

  it.each(roles)('let %s staff record, list, correct and remove their own visits', async (role) => {
    const api = visitApi(t.app, await t.token(await t.user(role, 'employment-jakobstad')))
    const created = await api.record(visitBody())
    expect(created.statusCode).toBe(201)
    const { id } = created.json()
    expect((await api.list()).json().items.map((v: { id: string }) => v.id)).toEqual([id])
    expect((await api.correct(id, { version: 1, topics: ['health'] })).statusCode).toBe(200)
    expect((await api.remove(id, 2)).statusCode).toBe(204)
  })

  it('work with the staff app’s session cookie from Porten’s own pages', async () => {
    const user = await t.user('front-desk')
    const cookie = await t.signIn(user.email)
    const sameSite = { cookie, 'sec-fetch-site': 'same-origin' }
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/visits',
      headers: sameSite,
      payload: visitBody(),
    })
    expect(created.statusCode).toBe(201)
    const crossSite = await t.app.inject({
      method: 'POST',
      url: '/api/v1/visits',
      headers: { cookie, origin: 'https://evil.example', host: 'porten.example' },
      payload: visitBody(),
    })
    expectProblem(crossSite, 403)
  })
})
