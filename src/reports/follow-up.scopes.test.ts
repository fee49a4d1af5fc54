import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import { reportRoles } from '../shared/api/reports.schemas.js'
import { roles } from '../shared/organisations.js'
import { reportApi } from './follow-up.fixtures.js'

// Who may read the follow-up figures (STYLE.md rule 3 keeps permission tests
// in their own file): managers and admins, in any format; counsellors and
// the front desk may not (403), nor anyone not signed in (401).

const QUERY = 'from=2026-01-01&to=2026-12-31'
const FORMATS = ['json', 'csv', 'xlsx'] as const

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('GET /api/v1/reports/follow-up', () => {
  it('answers 401 to a caller who is not signed in', async () => {
    for (const format of FORMATS) {
      expectProblem(await reportApi(t.app, undefined).get(`${QUERY}&format=${format}`), 401)
    }
  })

  it.each(roles)('answers %s staff by the report roles', async (role) => {
    const api = reportApi(t.app, await t.token(await t.user(role, 'employment-jakobstad')))
    for (const format of FORMATS) {
      const response = await api.get(`${QUERY}&format=${format}`)
      if ((reportRoles as readonly string[]).includes(role)) {
        expect(response.statusCode, `${role} ${format}`).toBe(200)
      } else {
        expect(expectProblem(response, 403).detail).toContain('manager, admin')
      }
    }
  })

  it('lets managers and admins in, and no one else', () => {
    expect([...reportRoles].sort()).toEqual(['admin', 'manager'])
  })

  it('works with the staff app’s session cookie', async () => {
    const manager = await t.user('manager')
    const cookie = await t.signIn(manager.email)
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/follow-up?${QUERY}`,
      headers: { cookie },
    })
    expect(response.statusCode).toBe(200)
    expect(response.json().metrics.assessments).toBe(0)
  })
})
