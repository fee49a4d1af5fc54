import fc from 'fast-check'
import { makeIdentityCode } from '../../src/shared/identity-code.js'
import { LocalDate } from '../../src/shared/time/local-date.js'
import {
  boundaryValues,
  INSTANT_NAME,
  integerRange,
  isDateName,
  isFreeText,
  numberRange,
  withOffset,
} from './boundary-values.js'
import {
  hostileStrings,
  hostileValue,
  mutationOf,
  type Place,
  textPoisons,
} from './hostile-values.js'

// fast-check arbitraries from the JSON Schemas the OpenAPI document
// publishes (generated from the zod schemas), in three kinds:
// - valid: what the schema allows (type, enum, format, limits, simple
//   patterns, required and unknown properties);
// - boundary: values at and just past the schema's limits;
// - hostile: wrong types, hostile text, prototype-pollution keys, deep
//   nesting, and valid values with one part broken (`mutation`).
// Calendar dates are bare strings in the published schemas (the zod schema
// checks them with a refinement), so a property's name hints at them.

export interface JsonSchema {
  type?: string | string[]
  enum?: readonly unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minItems?: number
  maxItems?: number
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  propertyNames?: JsonSchema
  default?: unknown
  description?: string
}

/** What the database holds, so a share of generated values reaches real records. */
export interface Known {
  readonly uuids: readonly string[]
  /** Ids by what names them: a property (customerId) or a path's collection (plans). */
  readonly idsByName: Readonly<Record<string, readonly string[]>>
  readonly slugs: readonly string[]
  /** Today in Helsinki, YYYY-MM-DD: most case work is dated near it. */
  readonly today: string
  /** The clock's instant: visits are recorded today or yesterday. */
  readonly now: Date
}

export class SchemaArbitraries {
  constructor(readonly known: Known) {}

  // -------------------------------------------------------------------------
  // Valid

  valid(schema: JsonSchema, name?: string): fc.Arbitrary<unknown> {
    if (schema.const !== undefined) return fc.constant(schema.const)
    if (schema.enum) return fc.constantFrom(...schema.enum)
    const branches = schema.anyOf ?? schema.oneOf
    if (branches) {
      // null branches less often: the value itself is more interesting
      return fc.oneof(
        ...branches.map((b) => ({
          arbitrary: this.valid(b, name),
          weight: b.type === 'null' ? 1 : 4,
        })),
      )
    }
    if (schema.allOf) return this.valid(Object.assign({}, ...schema.allOf, { allOf: undefined }))
    if (Array.isArray(schema.type)) {
      return fc.oneof(...schema.type.map((type) => this.valid({ ...schema, type }, name)))
    }
    switch (schema.type) {
      case 'null':
        return fc.constant(null)
      case 'boolean':
        return fc.boolean()
      case 'integer':
        return this.validInteger(schema, name)
      case 'number': {
        const { min, max } = numberRange(schema)
        return fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
      }
      case 'string':
        return this.validString(schema, name)
      case 'array':
        return this.validArray(schema, name)
      case 'object':
        return this.validObject(schema)
      default:
        return fc.jsonValue({ maxDepth: 2 })
    }
  }

  private validInteger(schema: JsonSchema, name?: string): fc.Arbitrary<number> {
    const { min, max } = integerRange(schema)
    const anywhere = fc.integer({ min, max })
    const small = fc.integer({ min, max: Math.min(max, min + 10) })
    // A record's version is small: most saves name the current one.
    if (name === 'version') {
      return fc.oneof(
        { arbitrary: fc.integer({ min, max: min + 3 }), weight: 6 },
        { arbitrary: small, weight: 3 },
        anywhere,
      )
    }
    return fc.oneof(small, anywhere)
  }

  private validString(schema: JsonSchema, name?: string): fc.Arbitrary<string> {
    const max = schema.maxLength ?? 200
    const min = schema.minLength ?? 0
    const fits = (s: string) => s.length >= min && s.length <= max
    if (schema.format === 'uuid') return this.uuid(name)
    if (schema.format === 'date-time' || (name !== undefined && INSTANT_NAME.test(name))) {
      return this.instant()
    }
    if (schema.format === 'date' || isDateName(schema, name)) return this.date()
    if (name !== undefined && /IdentityCode$/.test(name)) return identityCode()
    if (schema.format === 'email') return emailAddress.filter(fits)
    if (schema.pattern) {
      const common = commonPatterns[schema.pattern]
      if (schema.pattern === SLUG && this.known.slugs.length > 0) {
        return fc.oneof(fc.constantFrom(...this.known.slugs), common!.filter(fits))
      }
      return (common ?? fc.stringMatching(new RegExp(schema.pattern))).filter(fits)
    }
    if (name === 'q') return this.searchText()
    if (name === 'cursor') return this.cursor().filter(fits)
    if (name === 'website') {
      return fc.oneof(fc.webUrl({ validSchemes: ['https'] }), fc.string()).filter(fits)
    }
    const upTo = Math.max(min, Math.min(max, 40))
    return fc
      .oneof(
        { arbitrary: fc.constantFrom(...fictionalWords), weight: 2 },
        fc.string({ minLength: min, maxLength: upTo }),
        fc.string({ minLength: min, maxLength: upTo, unit: 'grapheme' }),
      )
      .filter(fits)
  }

  private validArray(schema: JsonSchema, name?: string): fc.Arbitrary<unknown[]> {
    const minLength = schema.minItems ?? 0
    const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 5, 5))
    const item = this.valid(schema.items ?? {}, name)
    // Lists of enumerated values refuse repeats (categories, organisations).
    if (schema.items?.enum) {
      return fc.uniqueArray(item, {
        minLength: Math.min(minLength, schema.items.enum.length),
        maxLength: Math.min(maxLength, schema.items.enum.length),
      })
    }
    return fc.array(item, { minLength, maxLength })
  }

  private validObject(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
    if (typeof schema.additionalProperties === 'object' && !schema.properties) {
      const extra = schema.additionalProperties
      return fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), this.valid(extra), {
        maxKeys: 3,
      })
    }
    const properties = Object.entries(schema.properties ?? {})
    const required = schema.required ?? []
    const optional = properties.map(([key]) => key).filter((key) => !required.includes(key))
    // Mostly the required properties and one or two others: the more optional
    // facts a random request gives, the likelier one breaks a programme rule
    // and the request never reaches the code behind the checks.
    const chosen = fc.oneof(
      { arbitrary: fc.subarray(optional, { maxLength: Math.min(2, optional.length) }), weight: 3 },
      fc.subarray(optional),
    )
    return chosen.chain((keys) => {
      const model: Record<string, fc.Arbitrary<unknown>> = {}
      for (const [key, property] of properties) {
        if (required.includes(key) || keys.includes(key)) model[key] = this.valid(property, key)
      }
      return fc.record(model)
    })
  }

  /** A seeded record's id mostly (of the kind the name says, when it says), sometimes a new one. */
  uuid(name?: string): fc.Arbitrary<string> {
    const fresh = fc.uuid({ version: 4 })
    const named = name === undefined ? undefined : this.known.idsByName[name]
    const ids = named && named.length > 0 ? named : this.known.uuids
    if (ids.length === 0) return fresh
    return fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 4 }, fresh)
  }

  /** A calendar date: mostly near today, sometimes anywhere the API allows (1900–2200). */
  date(): fc.Arbitrary<string> {
    const today = LocalDate.parse(this.known.today).toEpochDay()
    const near = fc.integer({ min: today - 900, max: today + 60 })
    const anywhere = fc.integer({
      min: LocalDate.parse('1900-01-01').toEpochDay(),
      max: LocalDate.parse('2200-12-31').toEpochDay(),
    })
    return fc
      .oneof({ arbitrary: near, weight: 3 }, anywhere)
      .map((day) => LocalDate.fromEpochDay(day).toString())
  }

  /** An instant with an offset: mostly within the last two days, as visits are recorded. */
  instant(): fc.Arbitrary<string> {
    const now = this.known.now.getTime()
    const recent = fc.integer({ min: now - 2 * 86_400_000, max: now })
    const anywhere = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) })
    return fc
      .tuple(
        fc.oneof({ arbitrary: recent, weight: 3 }, anywhere),
        fc.constantFrom('Z', '+02:00', '+03:00', '-05:00'),
      )
      .map(([ms, offset]) => withOffset(new Date(ms), offset))
  }

  /** A search cursor as the server writes them (base64url JSON of the sort key), made up. */
  private cursor(): fc.Arbitrary<string> {
    const key = fc.oneof(
      fc.constantFrom(...fictionalWords),
      fc.constantFrom(...textPoisons).map((poison) => `testa${poison}`),
      fc.constantFrom(...hostileStrings),
    )
    return fc
      .tuple(key, key, fc.oneof(this.uuid('customers'), fc.constantFrom(...hostileStrings)))
      .map((sortKey) => Buffer.from(JSON.stringify(sortKey), 'utf8').toString('base64url'))
  }

  private searchText(): fc.Arbitrary<string> {
    return fc.oneof(
      fc.constantFrom(...fictionalWords, 'testa exempel', 'al ra', 'anna-m'),
      identityCode(),
      this.date(),
      fc.string({ maxLength: 20 }),
    )
  }

  // -------------------------------------------------------------------------
  // Boundary: at and just past the schema's limits

  boundary(schema: JsonSchema, name?: string): fc.Arbitrary<unknown> {
    const branches = schema.anyOf ?? schema.oneOf
    if (branches) return fc.oneof(...branches.map((b) => this.boundary(b, name)))
    if (Array.isArray(schema.type)) {
      return fc.oneof(...schema.type.map((type) => this.boundary({ ...schema, type }, name)))
    }
    const values = this.boundaryValues(schema, name)
    if (values.length > 0) return fc.constantFrom(...values)
    if (schema.type === 'array') return this.boundaryArray(schema, name)
    if (schema.type === 'object') return this.boundaryObject(schema)
    return this.valid(schema, name)
  }

  /** The values at and just past a scalar schema's limits; none for arrays and objects. */
  boundaryValues(schema: JsonSchema, name?: string): unknown[] {
    return boundaryValues(this.known, schema, name)
  }

  private boundaryArray(schema: JsonSchema, name?: string): fc.Arbitrary<unknown[]> {
    const item = this.valid(schema.items ?? {}, name)
    const min = schema.minItems ?? 0
    const lengths = [
      ...new Set([
        0,
        Math.max(0, min - 1),
        min,
        schema.maxItems ?? 1000,
        (schema.maxItems ?? 1000) + 1,
      ]),
    ]
    return fc
      .constantFrom(...lengths)
      .chain((length) => fc.array(item, { minLength: length, maxLength: length }))
  }

  private boundaryObject(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
    const properties = schema.properties ?? {}
    const model: Record<string, fc.Arbitrary<unknown>> = {}
    for (const [key, property] of Object.entries(properties)) {
      model[key] = fc.oneof(this.valid(property, key), this.boundary(property, key))
    }
    return fc.record(model, { requiredKeys: schema.required ?? [] }) as fc.Arbitrary<
      Record<string, unknown>
    >
  }

  // -------------------------------------------------------------------------
  // Hostile (hostile-values.ts)

  hostile(schema: JsonSchema): fc.Arbitrary<unknown> {
    return hostileValue(schema)
  }

  /** A valid value with one part broken, or poison in every free-text field. */
  mutation(schema: JsonSchema): fc.Arbitrary<unknown> {
    return this.valid(schema).chain((value) => this.mutationOf(schema, value))
  }

  mutationOf(schema: JsonSchema, value: unknown): fc.Arbitrary<unknown> {
    return mutationOf(schema, value, {
      isFreeText: (place: Place) => isFreeText(place.schema, place.name),
      boundaryValues: (place: Place) => this.boundaryValues(place.schema, place.name),
    })
  }
}

// ---------------------------------------------------------------------------
// Helpers

const fictionalWords = [
  'Testa',
  'Exempelsson',
  'Provinen',
  'Al Rashid',
  'Anna-Maria',
  'Ölund',
  'Ääninen',
  'O’Brien',
  'exempel',
  'te',
]

const SLUG = '^[a-z0-9]+(-[a-z0-9]+)*$'
const word = (min: number, max: number, chars: string) =>
  fc.string({ unit: fc.constantFrom(...chars), minLength: min, maxLength: max })
const lowercase = 'abcdefghijklmnopqrstuvwxyz'

/** Quicker than fc.stringMatching for the patterns the API uses most. */
const commonPatterns: Record<string, fc.Arbitrary<string>> = {
  [SLUG]: fc
    .array(word(1, 8, `${lowercase}0123456789`), { minLength: 1, maxLength: 3 })
    .map((words) => words.join('-')),
  '^[a-z]{2,3}$': fc.oneof(
    fc.constantFrom('sv', 'fi', 'en', 'ar', 'fa', 'prs', 'so'),
    word(2, 3, lowercase),
  ),
  '^\\+?[0-9 ()-]{5,20}$': fc.oneof(
    fc.constantFrom('+358 6 000 0000', '040 000 0000', '(06) 000-0000'),
    word(5, 20, '0123456789 ()-'),
  ),
  '^\\d{5}$': word(5, 5, '0123456789'),
}

const emailAddress = fc
  .tuple(
    fc.array(word(1, 8, `${lowercase}0123456789_+-`), { minLength: 1, maxLength: 2 }),
    word(1, 10, lowercase),
  )
  .map(([local, domain]) => `${local.join('.')}@${domain}.test`)

function identityCode(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.integer({
        min: LocalDate.parse('1950-01-01').toEpochDay(),
        max: LocalDate.parse('2020-12-31').toEpochDay(),
      }),
      fc.integer({ min: 900, max: 999 }),
    )
    .map(([day, individual]) => makeIdentityCode(LocalDate.fromEpochDay(day), individual))
}
