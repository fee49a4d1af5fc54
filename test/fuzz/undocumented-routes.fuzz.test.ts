import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FuzzApp, runSettings, startFuzzApp } from './fuzz-app.js'
import { undocumentedRequestArbitrary } from './fuzz-requests.js'
import { routeName, routeNames } from './fuzz-routes.js'

// Issue 7: the routes the OpenAPI document does not list (the guide's pages
// in every language, its assets, the staff app, the document itself) take
// hostile paths, query strings and headers with the same checks as the API:
// no 5xx, problem documents for 4xx, and nothing written.

const { undocumented } = await routeNames()

let fuzz: FuzzApp
beforeAll(async () => {
  fuzz = await startFuzzApp()
})
afterAll(() => fuzz?.t.close())

describe('the routes outside the OpenAPI document', () => {
  it('finds the guide and the staff app in the route table', () => {
    expect(undocumented).toContain('GET /sv/directory')
    expect(undocumented).toContain('GET /app/*')
    expect(undocumented).toContain('GET /api/v1/openapi.json')
  })

  it.each(undocumented)('%s', async (name) => {
    const route = fuzz.routes.find((r) => routeName(r) === name)!
    await fc.assert(
      fc.asyncProperty(undocumentedRequestArbitrary(route), async (request) => {
        await fuzz.exercise(request)
      }),
      runSettings(name, 8),
    )
  })
})
