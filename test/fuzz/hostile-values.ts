import fc from 'fast-check'
import type { JsonSchema } from './json-schema-arbitrary.js'

// Hostile values for the fuzz tests (issue 7): text that has broken
// services before, wrong types, prototype-pollution keys, deep nesting, and
// mutations that break one part of an otherwise valid value.

/** Text that has broken services: NUL (PostgreSQL refuses it in text and jsonb), lone surrogates, RTL marks, injections. */
export const hostileStrings: readonly string[] = [
  '',
  ' ',
  '\t\r\n',
  '\u0000',
  'Testa\u0000',
  'a\u0000b',
  '\\u0000',
  '\u202Eevil\u202C',
  '\u200F\u200E\u200B',
  '\uFEFF',
  '\uD800',
  'a\uDFFF',
  'x\uD83D',
  '😀',
  '👩‍👩‍👧‍👦',
  'e\u0301',
  'İıß',
  'ﷺ',
  '\u0085\u2028\u2029',
  "' OR '1'='1",
  "'; DROP TABLE customer; --",
  '" OR ""="',
  "1'); SELECT pg_sleep(5); --",
  '$1',
  '\\',
  '%',
  '_',
  '%_%',
  '*',
  '<script>alert(1)</script>',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection, on purpose
  '${7*7}',
  '../../etc/passwd',
  'a/b',
  '%2F',
  '%00',
  'null',
  'undefined',
  'true',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x10',
  '1',
  '-1',
  '__proto__',
  'constructor',
  '2026-02-29',
  '0000-00-00',
  '+002026-03-02',
  '2026-03-02T25:00:00Z',
]

/** Long text, kept apart: each costs the server 100 kB of parsing. */
export const longStrings: readonly string[] = [
  'a'.repeat(100_000),
  '😀'.repeat(50_000),
  `${' '.repeat(5_000)}x${' '.repeat(5_000)}`,
  '\u0000'.repeat(10_000),
]

/** What PostgreSQL or a careless parser may choke on, added to text that is otherwise valid. */
export const textPoisons: readonly string[] = [
  '\u0000',
  '\uD800',
  '\uDFFFx',
  '\u202E',
  '\u0007',
  "'; --",
  '\\',
  '%_',
]

const hostileScalars: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1,
  1.5,
  -0.5,
  2 ** 31,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
]

const numbersAsText = fc.constantFrom('1', '0', '-1', '1.5', '1e3', '0x10', ' 1', '1 ', 'NaN', '')

export const pollution = () => ({ polluted: 'yes', toString: 'x', valueOf: 1 })

/** Sets a key as an own, enumerable property, `__proto__` included (JSON.parse does the same). */
export function withOwn(target: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
  return target
}

function deepArray(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

function deepObject(depth: number): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = { a: value }
  return value
}

/** Objects and arrays where the schema expects anything else, or anything at all. */
const hostileStructures = fc.constantFrom<unknown>(
  [],
  [null],
  {},
  { length: 1 },
  withOwn({}, '__proto__', pollution()),
  { constructor: { prototype: pollution() } },
  { prototype: pollution() },
  deepArray(2_000),
  deepObject(2_000),
  Array.from({ length: 10_000 }, () => 'a'),
)

/** A hostile value where the schema is: wrong types, hostile text, polluting structures. */
export function hostileValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const types = new Set(typesOf(schema))
  const text = fc.oneof(
    { arbitrary: fc.constantFrom(...hostileStrings), weight: 8 },
    { arbitrary: fc.constantFrom(...longStrings), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
  )
  const asText = types.has('integer') || types.has('number') ? numbersAsText : text
  return fc.oneof(
    { arbitrary: asText, weight: types.has('string') ? 6 : 3 },
    { arbitrary: fc.constantFrom(...hostileScalars), weight: 3 },
    { arbitrary: hostileStructures, weight: 2 },
  )
}

/** Where in a value a mutation may go, with the schema that describes that place. */
export interface Place {
  path: (string | number)[]
  schema: JsonSchema
  value: unknown
  /** The property it is under: hints at dates and free text. */
  name?: string
}

/** Every hostile value worth trying where the schema is (hostileValue draws from these). */
function hostileValues(schema: JsonSchema): unknown[] {
  const types = new Set(typesOf(schema))
  const numeric = types.has('integer') || types.has('number')
  const text = numeric
    ? ['1', '0', '-1', '1.5', '1e3', '0x10', ' 1', 'NaN', '']
    : [...hostileStrings.slice(0, 24), longStrings[0]!]
  return [
    ...text,
    ...hostileScalars,
    [],
    {},
    withOwn({}, '__proto__', pollution()),
    deepArray(2_000),
  ]
}

type Edit = { path: (string | number)[]; change: (v: unknown) => unknown }

/**
 * One hostile change somewhere in `value`, drawn evenly from every edit at
 * every place: a boundary or hostile value, a required key removed, an
 * unknown or polluting key added, a hostile item appended. Or, a third of
 * the time, one poison added to every free-text field at once, so the rest
 * of the request stays valid and the text reaches the database.
 */
export function mutationOf(
  schema: JsonSchema,
  value: unknown,
  hints: { isFreeText(place: Place): boolean; boundaryValues(place: Place): unknown[] },
): fc.Arbitrary<unknown> {
  const places = placesIn(schema, value, [])
  const edits: Edit[] = places.flatMap((place) => editsAt(place, hints.boundaryValues(place)))
  const oneEdit = fc
    .constantFrom(...edits)
    .map(({ path, change }) => replaceAt(value, path, change))
  const texts = places.filter((p) => typeof p.value === 'string' && hints.isFreeText(p))
  if (texts.length === 0) return oneEdit
  // NUL first: PostgreSQL refuses it in text and jsonb, the classic 500.
  const poison = fc.oneof(fc.constant('\u0000'), fc.constantFrom(...textPoisons))
  const poisoned = poison.map((poison) =>
    texts.reduce<unknown>(
      (whole, place) => replaceAt(whole, place.path, (v) => `${String(v)}${poison}`),
      value,
    ),
  )
  return fc.oneof({ arbitrary: oneEdit, weight: 2 }, { arbitrary: poisoned, weight: 1 })
}

function editsAt(place: Place, boundary: unknown[]): Edit[] {
  const { path } = place
  const edits: Edit[] = [...boundary, ...hostileValues(place.schema)].map((replacement) => ({
    path,
    change: () => replacement,
  }))
  if (isPlainObject(place.value)) {
    const present = Object.keys(place.value)
    for (const key of (place.schema.required ?? []).filter((k) => present.includes(k))) {
      edits.push({ path, change: (v) => without(v, key) })
    }
    for (const key of ['unknownField', '__proto__', 'constructor', 'prototype', '']) {
      edits.push({
        path,
        change: (v) => withOwn(clone(v) as Record<string, unknown>, key, pollution()),
      })
    }
  }
  if (Array.isArray(place.value)) {
    for (const item of [null, '\u0000', {}, place.value[0]]) {
      edits.push({ path, change: (v) => [...(v as unknown[]), item] })
    }
  }
  return edits
}

export function typesOf(schema: JsonSchema): string[] {
  const branches = schema.anyOf ?? schema.oneOf
  if (branches) return branches.flatMap(typesOf)
  if (Array.isArray(schema.type)) return schema.type
  if (schema.type) return [schema.type]
  if (schema.enum) return [...new Set(schema.enum.map((v) => typeof v))]
  return []
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The branch of a union that describes `value`. */
function branchFor(schema: JsonSchema, value: unknown): JsonSchema {
  const branches = schema.anyOf ?? schema.oneOf
  if (!branches) return schema
  const kind =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'array'
        : typeof value === 'number'
          ? Number.isInteger(value)
            ? 'integer'
            : 'number'
          : typeof value
  return branches.find((b) => typesOf(b).includes(kind)) ?? branches[0] ?? {}
}

/** Every place in a value, with the schema that describes it. */
function placesIn(
  schema: JsonSchema,
  value: unknown,
  path: (string | number)[],
  name?: string,
): Place[] {
  const here = branchFor(schema, value)
  const places: Place[] = [{ path, schema: here, value, ...(name ? { name } : {}) }]
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      places.push(...placesIn(here.items ?? {}, item, [...path, i], name))
    })
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const property =
        here.properties?.[key] ??
        (typeof here.additionalProperties === 'object' ? here.additionalProperties : {})
      places.push(...placesIn(property, item, [...path, key], key))
    }
  }
  return places
}

/** A copy that keeps own `__proto__` keys as data. */
export function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone)
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = {}
    for (const key of Object.keys(value)) withOwn(copy, key, clone(value[key]))
    return copy
  }
  return value
}

function without(value: unknown, key: string): unknown {
  const copy = clone(value) as Record<string, unknown>
  delete copy[key]
  return copy
}

function replaceAt(
  value: unknown,
  path: readonly (string | number)[],
  change: (v: unknown) => unknown,
): unknown {
  if (path.length === 0) return change(value)
  const [head, ...rest] = path
  const copy = clone(value) as Record<string | number, unknown>
  withOwn(copy as Record<string, unknown>, String(head), replaceAt(copy[head!], rest, change))
  return copy
}
