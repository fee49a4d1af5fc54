import { Ajv } from 'ajv'
import formatsModule from 'ajv-formats'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../test-app.js'
import { discoverRoutes, fastifyRoutes, type RouteSpec, routeName } from './fuzz-routes.js'
import { type JsonSchema, SchemaArbitraries } from './json-schema-arbitrary.js'

// The fuzzer's own generator, checked: its valid values satisfy every
// published request schema (so the fuzz tests reach past validation), its
// boundaries sit on the limits, its poison reaches every free-text field,
// and the route table is read whole.

// ajv-formats is CommonJS: its plugin is the default export, or that export's default.
const formats = formatsModule as unknown as { default?: unknown }
const addFormats = (formats.default ?? formats) as (ajv: Ajv) => void
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)

const arbitraries = new SchemaArbitraries({
  uuids: ['6f1c1f43-51a4-4b7e-9d5b-0f3c7f1e2a11'],
  idsByName: {},
  slugs: ['fiktiv-forening'],
  today: '2026-03-02',
  now: new Date('2026-03-02T09:00:00Z'),
})

let t: TestApp
let routes: RouteSpec[]
beforeAll(async () => {
  t = await createTestApp()
  routes = await discoverRoutes(t)
})
afterAll(() => t.close())

const querySchema = (route: RouteSpec): JsonSchema => ({
  type: 'object',
  properties: Object.fromEntries(route.query.map((p) => [p.name, p.schema])),
  required: route.query.filter((p) => p.required).map((p) => p.name),
})

describe('valid values', () => {
  it('satisfy every documented body and query schema', () => {
    const checked: string[] = []
    for (const route of routes.filter((r) => r.documented)) {
      for (const schema of [route.body, route.query.length > 0 ? querySchema(route) : undefined]) {
        if (!schema) continue
        const validate = ajv.compile(schema)
        fc.assert(
          fc.property(arbitraries.valid(schema), (value) => {
            if (!validate(value)) {
              throw new Error(`${routeName(route)}: ${ajv.errorsText(validate.errors)}`)
            }
          }),
          { numRuns: 25, seed: 7 },
        )
        checked.push(routeName(route))
      }
    }
    expect(checked).toContain('POST /api/v1/customers')
    expect(checked).toContain('PATCH /api/v1/directory/entries/:id')
  })

  it('write calendar dates where the schema says only "string"', () => {
    const dates = fc.sample(arbitraries.valid({ type: 'string' }, 'completedOn'), 50)
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })
})

describe('boundary values', () => {
  it('sit on the limits and just past them, and past PostgreSQL’s integer', () => {
    const version = arbitraries.boundaryValues({
      type: 'integer',
      exclusiveMinimum: 0,
      maximum: 2 ** 31 - 1,
    })
    expect(version).toEqual(expect.arrayContaining([1, 0, 2 ** 31 - 1, 2 ** 31]))
    const name = arbitraries.boundaryValues({ type: 'string', minLength: 1, maxLength: 100 })
    expect(name).toEqual(expect.arrayContaining(['', 'a', 'a'.repeat(100), 'a'.repeat(101)]))
  })
})

describe('mutations', () => {
  it('now and then put one poison in every free-text field, and only there', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        firstName: { type: 'string', maxLength: 100 },
        notes: { type: 'string', maxLength: 4000 },
        kind: { type: 'string', enum: ['standard'] },
        startsOn: { type: 'string' },
      },
    }
    const value = {
      firstName: 'Testa',
      notes: 'Anteckning',
      kind: 'standard',
      startsOn: '2026-03-02',
    }
    const mutated = fc.sample(arbitraries.mutationOf(schema, value), { numRuns: 200, seed: 3 })
    const poisoned = mutated.filter(
      (m) =>
        typeof m === 'object' &&
        m !== null &&
        (m as typeof value).firstName === 'Testa\u0000' &&
        (m as typeof value).notes === 'Anteckning\u0000',
    ) as Array<typeof value>
    expect(poisoned.length).toBeGreaterThan(10)
    for (const m of poisoned) expect([m.kind, m.startsOn]).toEqual(['standard', '2026-03-02'])
    // The value mutated is left as it was.
    expect(value.firstName).toBe('Testa')
  })
})

describe('the route table', () => {
  it('is read from Fastify’s printed tree, parameters and wildcards included', () => {
    const tree = [
      '└── / (GET, HEAD)',
      '    ├── api/v1/plans/:id (GET, HEAD, PATCH)',
      '    │   └── /reviews (POST)',
      '    └── app (GET, HEAD)',
      '        └── * (GET, HEAD)',
    ].join('\n')
    expect(fastifyRoutes(tree).filter((r) => r.method !== 'HEAD')).toEqual([
      { method: 'GET', path: '/' },
      { method: 'GET', path: '/api/v1/plans/:id' },
      { method: 'PATCH', path: '/api/v1/plans/:id' },
      { method: 'POST', path: '/api/v1/plans/:id/reviews' },
      { method: 'GET', path: '/app' },
      { method: 'GET', path: '/app*' },
    ])
    expect(routes.map(routeName)).toEqual(
      expect.arrayContaining(['GET /app/*', 'GET /sv/directory', 'POST /api/v1/plans/:id/reviews']),
    )
  })
})
