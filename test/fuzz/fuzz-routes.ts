import { createTestApp, type TestApp } from '../test-app.js'
import type { JsonSchema } from './json-schema-arbitrary.js'

// Every route the app serves, as the app itself lists them: the OpenAPI
// document's operations with their schemas (so a new route is fuzzed without
// a change here), and the others (the guide's pages, the staff app, the
// document itself) from Fastify's route table.

export interface ParameterSpec {
  name: string
  required: boolean
  schema: JsonSchema
}

export interface RouteSpec {
  method: string
  /** Fastify's pattern: /api/v1/customers/:id */
  path: string
  pathParams: ParameterSpec[]
  query: ParameterSpec[]
  body?: JsonSchema
  /** Listed in the OpenAPI document; the others are the guide's pages, the staff app and such. */
  documented: boolean
}

export const routeName = (route: RouteSpec) => `${route.method} ${route.path}`

interface OpenApiOperation {
  parameters?: Array<{ name: string; in: string; required?: boolean; schema: JsonSchema }>
  requestBody?: { content?: Record<string, { schema: JsonSchema }> }
}

export async function discoverRoutes(t: TestApp): Promise<RouteSpec[]> {
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })
  const document = response.json() as {
    paths: Record<string, Record<string, OpenApiOperation>>
  }
  const routes: RouteSpec[] = []
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const parameters = operation.parameters ?? []
      const spec = (p: (typeof parameters)[number]): ParameterSpec => ({
        name: p.name,
        required: p.required ?? false,
        schema: p.schema,
      })
      const body = operation.requestBody?.content?.['application/json']?.schema
      routes.push({
        method: method.toUpperCase(),
        path: path.replace(/\{(\w+)\}/g, ':$1'),
        pathParams: parameters.filter((p) => p.in === 'path').map(spec),
        query: parameters.filter((p) => p.in === 'query').map(spec),
        ...(body ? { body } : {}),
        documented: true,
      })
    }
  }
  const documented = new Set(routes.map(routeName))
  for (const printed of fastifyRoutes(t.app.printRoutes({ commonPrefix: false }))) {
    const { method } = printed
    // The tree prints /app/* as "app" with a child "*": put the slash back.
    const path = [printed.path, printed.path.replace(/([^/])\*$/, '$1/*')].find((url) =>
      t.app.hasRoute({ method: method as 'GET', url }),
    )
    if (!path) throw new Error(`could not read the route ${method} ${printed.path}`)
    if (method === 'HEAD' || documented.has(`${method} ${path}`)) continue
    const params = [...path.matchAll(/:(\w+)|\*/g)].map((m) => ({
      name: m[1] ?? '*',
      required: true,
      schema: { type: 'string' } as JsonSchema,
    }))
    routes.push({ method, path, pathParams: params, query: [], documented: false })
  }
  return routes
}

/**
 * The app's routes by name ("GET /api/v1/plans/:id"), known before the tests
 * start so each route gets its own test: read from a throwaway app.
 */
export async function routeNames(): Promise<{ documented: string[]; undocumented: string[] }> {
  const t = await createTestApp()
  try {
    const routes = await discoverRoutes(t)
    const names = (documented: boolean) =>
      routes.filter((r) => r.documented === documented).map(routeName)
    return { documented: names(true), undocumented: names(false) }
  } finally {
    await t.close()
  }
}

/** Reads Fastify's printed route tree (commonPrefix: false): each node adds its text to its parent's path. */
export function fastifyRoutes(tree: string): Array<{ method: string; path: string }> {
  const stack: string[] = []
  const routes: Array<{ method: string; path: string }> = []
  for (const line of tree.split('\n')) {
    const match = /^(.*?)[└├]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line)
    if (!match) continue
    const depth = match[1]!.length / 4
    const path = (stack[depth - 1] ?? '') + match[2]!
    stack[depth] = path
    stack.length = depth + 1
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) {
      routes.push({ method, path })
    }
  }
  return routes
}

/** The route a request's path falls on, for the statistics. */
export function routeOf(url: string, routes: readonly RouteSpec[]): string {
  const path = url.split('?')[0] ?? ''
  const found = routes.find((r) =>
    new RegExp(`^${r.path.replace(/:\w+/g, '[^/]+').replace(/\*/g, '.*')}$`).test(path),
  )
  return found?.path ?? '(no route)'
}
