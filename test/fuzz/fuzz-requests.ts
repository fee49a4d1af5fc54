import fc from 'fast-check'
import {
  type FuzzApp,
  type FuzzRequest,
  type PrincipalName,
  principalNames,
  printable,
} from './fuzz-app.js'
import type { KnownGoodRequest } from './fuzz-fixtures.js'
import { type ParameterSpec, type RouteSpec, routeName } from './fuzz-routes.js'
import { clone, hostileStrings } from './hostile-values.js'
import type { JsonSchema } from './json-schema-arbitrary.js'

// Requests for the fuzz tests (issue 7), built from a route's schemas: a
// path, a query string, a body and a caller, each valid, at the limits or
// hostile; raw bodies and credentials no client should send; and a request
// that succeeded, sent again with one hostile change.

const rawPathSegments = [
  'not-a-uuid',
  '1',
  '0',
  '-1',
  '%2F',
  '..%2F..%2Fetc%2Fpasswd',
  '%00',
  '%ZZ',
  '%E0%A4%A',
  '%F0%9F%98%80',
  '%20',
  "'%20OR%201%3D1",
  'null',
  'a'.repeat(300),
  '%C0%AE%C0%AE',
  '00000000-0000-0000-0000-00000000000g',
  '..',
  '.',
]

const rawQueryPieces = [
  '',
  '&',
  '=',
  '%',
  '%00=%00',
  'q=%E0%A4%A',
  '__proto__[polluted]=yes',
  'constructor[prototype][polluted]=yes',
  'a[]=1&a[]=2',
  'limit=1&limit=2',
  'cursor=',
  `x=${'a'.repeat(10_000)}`,
]

const hostileAuthorizations: ReadonlyArray<Record<string, string>> = [
  { authorization: '' },
  { authorization: 'Bearer' },
  { authorization: 'Bearer ' },
  { authorization: `Bearer prt_${'A'.repeat(43)}` },
  { authorization: 'Basic dXNlcjpwYXNz' },
  { authorization: `Bearer ${'x'.repeat(5_000)}` },
  { cookie: 'porten_session=' },
  { cookie: `porten_session=${'%'.repeat(50)}` },
  { cookie: 'porten_session=a; porten_session=b' },
  { origin: 'https://evil.example' },
  { origin: 'null' },
]

const rawBodies: ReadonlyArray<{ contentType: string; payload: string | Buffer }> = [
  { contentType: 'application/json', payload: '' },
  { contentType: 'application/json', payload: 'null' },
  { contentType: 'application/json', payload: '[]' },
  { contentType: 'application/json', payload: '"text"' },
  { contentType: 'application/json', payload: '{' },
  { contentType: 'application/json', payload: '{"a":1,"a":2}' },
  { contentType: 'application/json', payload: '{"__proto__":{"polluted":"yes"}}' },
  { contentType: 'application/json', payload: '{"constructor":{"prototype":{"polluted":"yes"}}}' },
  { contentType: 'application/json', payload: '{"x":"\\ud800"}' },
  { contentType: 'application/json', payload: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) },
  { contentType: 'application/json', payload: `{"x":${'['.repeat(5_000)}${']'.repeat(5_000)}}` },
  { contentType: 'application/json', payload: `{"x":"${'a'.repeat(1_100_000)}"}` },
  { contentType: 'application/json; charset=latin1', payload: '{}' },
  { contentType: 'text/plain', payload: 'hello' },
  { contentType: 'application/x-www-form-urlencoded', payload: 'a=1&b=2' },
  { contentType: 'multipart/form-data; boundary=x', payload: '--x\r\n\r\n--x--' },
  { contentType: 'application/xml', payload: '<a/>' },
]

type Mode = 'valid' | 'boundary' | 'hostile'

/** Requests to one route: valid, at the limits or hostile, from every caller. */
export function requestArbitrary(fuzz: FuzzApp, route: RouteSpec): fc.Arbitrary<FuzzRequest> {
  const mode = fc.constantFrom<Mode>('valid', 'valid', 'boundary', 'hostile', 'hostile')
  return fc
    .record({
      principal: fc.constantFrom(...principalNames),
      pathMode: mode,
      queryMode: mode,
      bodyMode: mode,
      // One request in twelve carries credentials no client should send.
      hostileHeaders: fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 11 },
        { arbitrary: fc.constantFrom(...hostileAuthorizations), weight: 1 },
      ),
      sameSite: fc.boolean(),
      head: fc.boolean(),
    })
    .chain((choice) =>
      fc
        .record({
          path: pathArbitrary(fuzz, route, choice.pathMode),
          query: queryArbitrary(fuzz, route.query, choice.queryMode),
          body: bodyArbitrary(fuzz, route, choice.bodyMode),
        })
        .map(({ path, query, body }) => {
          const headers: Record<string, string> = {}
          if (choice.principal === 'counselor-session' && choice.sameSite) {
            headers['sec-fetch-site'] = 'same-origin'
          }
          if (choice.hostileHeaders) Object.assign(headers, choice.hostileHeaders)
          if (body) headers['content-type'] = body.contentType
          const method = route.method === 'GET' && choice.head ? 'HEAD' : route.method
          return printable({
            principal: choice.principal,
            method,
            url: query ? `${path}?${query}` : path,
            headers,
            ...(body ? { payload: body.payload } : {}),
            kind: `path ${choice.pathMode}, query ${choice.queryMode}, body ${body?.kind ?? 'none'}`,
          })
        }),
    )
}

export function pathArbitrary(fuzz: FuzzApp, route: RouteSpec, mode: Mode): fc.Arbitrary<string> {
  if (route.pathParams.length === 0) return fc.constant(route.path)
  const segment = (p: ParameterSpec) => {
    const encoded = (a: fc.Arbitrary<unknown>) => a.map((v) => encode(String(v)))
    // /api/v1/plans/:id names a plan: its id is looked up as "plans".
    const collection = new RegExp(`/([\\w-]+)/:${p.name}`).exec(route.path)?.[1] ?? p.name
    if (mode === 'valid') return encoded(fuzz.arbitraries.valid(p.schema, collection))
    if (mode === 'boundary') return encoded(fuzz.arbitraries.boundary(p.schema, collection))
    return fc.oneof(
      fc.constantFrom(...rawPathSegments),
      encoded(fuzz.arbitraries.hostile(p.schema)),
      encoded(fuzz.arbitraries.valid(p.schema, collection)),
    )
  }
  return fc.tuple(...route.pathParams.map(segment)).map((values) => {
    let i = 0
    return route.path.replace(/:\w+|\*/g, () => values[i++] ?? '')
  })
}

export function queryArbitrary(
  fuzz: FuzzApp,
  parameters: readonly ParameterSpec[],
  mode: Mode,
): fc.Arbitrary<string> {
  const schema = querySchema(parameters)
  const values =
    mode === 'valid'
      ? fuzz.arbitraries.valid(schema)
      : mode === 'boundary'
        ? fuzz.arbitraries.boundary(schema)
        : fuzz.arbitraries.mutation(schema)
  const encoded = values.map((v) => queryString(v))
  if (mode !== 'hostile') return encoded
  return fc.oneof(
    { arbitrary: encoded, weight: 3 },
    fc
      .tuple(encoded, fc.constantFrom(...rawQueryPieces))
      .map(([q, raw]) => [q, raw].filter(Boolean).join('&')),
  )
}

/** The query parameters as one object schema. */
function querySchema(parameters: readonly ParameterSpec[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((p) => [p.name, p.schema])),
    required: parameters.filter((p) => p.required).map((p) => p.name),
  }
}

function queryString(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `value=${encode(stringify(value))}`
  }
  const pieces: string[] = []
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key]
    const list = Array.isArray(item) ? item : [item]
    for (const one of list) pieces.push(`${encode(key)}=${encode(stringify(one))}`)
  }
  return pieces.join('&')
}

/** Percent-encodes like encodeURIComponent; a lone surrogate becomes the invalid UTF-8 a careless client would send. */
export function encode(text: string): string {
  let encoded = ''
  for (const character of text) {
    const code = character.charCodeAt(0)
    if (character.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      const byte = (b: number) => `%${b.toString(16).toUpperCase()}`
      encoded +=
        byte(0xe0 | (code >> 12)) + byte(0x80 | ((code >> 6) & 0x3f)) + byte(0x80 | (code & 0x3f))
    } else {
      encoded += encodeURIComponent(character)
    }
  }
  return encoded
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value
  if (value === undefined) return ''
  return typeof value === 'object' ? (JSON.stringify(value) ?? '') : String(value)
}

function bodyArbitrary(
  fuzz: FuzzApp,
  route: RouteSpec,
  mode: Mode,
): fc.Arbitrary<{ contentType: string; payload: string | Buffer; kind: string } | undefined> {
  const json = (kind: string) => (value: unknown) => ({
    contentType: 'application/json',
    payload: JSON.stringify(value) ?? 'null',
    kind,
  })
  const raw = fc.constantFrom(...rawBodies).map((b) => ({ ...b, kind: 'raw' }))
  if (!route.body) {
    // A body where none belongs is ignored or refused, never a failure.
    if (mode !== 'hostile' || route.method === 'GET') return fc.constant(undefined)
    return fc.option(raw, { nil: undefined })
  }
  const schema = route.body
  if (mode === 'valid') return fuzz.arbitraries.valid(schema).map(json('valid'))
  if (mode === 'boundary') return fuzz.arbitraries.boundary(schema).map(json('boundary'))
  return fc.oneof(
    { arbitrary: fuzz.arbitraries.mutation(schema).map(json('mutation')), weight: 6 },
    { arbitrary: fuzz.arbitraries.hostile(schema).map(json('hostile')), weight: 2 },
    { arbitrary: raw, weight: 2 },
  )
}

const guideQueries = fc.oneof(
  fc.constantFrom(...rawQueryPieces),
  fc
    .tuple(
      fc.constantFrom('kind', 'municipality', 'v', 'lang', 'q', '__proto__'),
      fc.oneof(
        fc.constantFrom('third-sector', 'info-point', 'jakobstad', 'larsmo', 'sv'),
        fc.constantFrom(...hostileStrings),
      ),
    )
    .map(([key, value]) => `${key}=${encode(value)}`),
)

const guideHeaders = fc.constantFrom<Record<string, string>>(
  {},
  { 'accept-language': 'ar;q=0.9, sv' },
  { 'accept-language': '*' },
  { 'accept-language': `${'x-'.repeat(2_000)}q=1` },
  { 'accept-language': 'sv;q=NaN, fi;q=-1, en;q=1e309' },
  { 'if-none-match': '*' },
  { 'if-none-match': 'W/"x", "y", ,,' },
  { 'if-none-match': '\u0000' },
)

/** Requests to a route the OpenAPI document does not list: the guide's pages, the staff app, the document itself. */
export function undocumentedRequestArbitrary(route: RouteSpec): fc.Arbitrary<FuzzRequest> {
  const segment = fc.oneof(
    fc.constantFrom(...rawPathSegments, 'index.html', 'a/b/c', '..%2F..%2Fpackage.json'),
    fc.constantFrom(...hostileStrings).map(encode),
  )
  return fc
    .record({
      principal: fc.constantFrom(...principalNames),
      segments: fc.array(segment, {
        minLength: route.pathParams.length,
        maxLength: route.pathParams.length,
      }),
      query: fc.option(fc.array(guideQueries, { maxLength: 3 }), { nil: undefined }),
      headers: guideHeaders,
      head: fc.boolean(),
    })
    .map(({ principal, segments, query, headers, head }) => {
      let i = 0
      const path = route.path.replace(/:\w+|\*/g, () => segments[i++] ?? '')
      return printable({
        principal,
        method: route.method === 'GET' && head ? 'HEAD' : route.method,
        url: query ? `${path}?${query.join('&')}` : path,
        headers,
        kind: 'undocumented route',
      })
    })
}

/** Callers weighted towards those who may use most routes, so valid requests succeed. */
const likelyPrincipals = fc.constantFrom<PrincipalName>(
  'counselor',
  'counselor',
  'counselor',
  'counselor-session',
  'admin',
  'admin',
  'front-desk',
  'front-desk',
  'manager',
  'signed-out',
)

export interface ValidRequest {
  request: FuzzRequest
  /** The query and body as values, for mutating. */
  query: Record<string, unknown>
  body: unknown
}

/**
 * A valid request to the route: generated from its schemas, or one known to
 * succeed on the seeded records (fuzz-fixtures.ts), half and half.
 */
export function validRequestArbitrary(fuzz: FuzzApp, route: RouteSpec): fc.Arbitrary<ValidRequest> {
  const generated: fc.Arbitrary<KnownGoodRequest> = fc.record({
    principal: likelyPrincipals,
    path: pathArbitrary(fuzz, route, 'valid'),
    query: fuzz.arbitraries.valid(querySchema(route.query)) as fc.Arbitrary<Record<string, string>>,
    body: route.body ? fuzz.arbitraries.valid(route.body) : fc.constant(undefined),
  })
  const knownGood = fuzz.knownGood[routeName(route)]
  return (knownGood ? fc.oneof(knownGood, generated) : generated).map((valid) => {
    const headers: Record<string, string> = {}
    if (valid.principal === 'counselor-session') headers['sec-fetch-site'] = 'same-origin'
    if (route.body) headers['content-type'] = 'application/json'
    const query = queryString(valid.query ?? {})
    const request = printable({
      principal: valid.principal,
      method: route.method,
      url: query ? `${valid.path}?${query}` : valid.path,
      headers,
      ...(route.body ? { payload: JSON.stringify(valid.body) ?? 'null' } : {}),
      kind: 'valid',
    })
    return { request, query: valid.query ?? {}, body: valid.body }
  })
}

/** The same request with one hostile change to its body, query, path or credentials. */
export function mutatedRequest(
  fuzz: FuzzApp,
  route: RouteSpec,
  { request, query, body }: ValidRequest,
): fc.Arbitrary<FuzzRequest> {
  const [path = '', queryText] = request.url.split('?')
  const choices: fc.Arbitrary<FuzzRequest>[] = []
  if (route.body && body !== undefined) {
    choices.push(
      fuzz.arbitraries.mutationOf(route.body, clone(body)).map((mutated) => ({
        ...request,
        payload: JSON.stringify(mutated) ?? 'null',
        kind: 'success, then one body mutation',
      })),
    )
  }
  if (route.query.length > 0) {
    const mutatedQuery = fc.oneof(
      fuzz.arbitraries.mutationOf(querySchema(route.query), clone(query)).map(queryString),
      fc.constantFrom(...rawQueryPieces).map((raw) => [queryText, raw].filter(Boolean).join('&')),
    )
    choices.push(
      mutatedQuery.map((q) => ({
        ...request,
        url: `${path}?${q}`,
        kind: 'success, then a hostile query',
      })),
    )
  }
  if (route.pathParams.length > 0) {
    choices.push(
      pathArbitrary(fuzz, route, 'hostile').map((p) => ({
        ...request,
        url: queryText === undefined ? p : `${p}?${queryText}`,
        kind: 'success, then a hostile path',
      })),
    )
  }
  choices.push(
    fc.constantFrom(...hostileAuthorizations).map((h) => ({
      ...request,
      headers: { ...request.headers, ...h },
      kind: 'success, then hostile credentials',
    })),
  )
  return fc.oneof(...choices).map(printable)
}
