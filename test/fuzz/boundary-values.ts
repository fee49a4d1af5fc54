import { LocalDate } from '../../src/shared/time/local-date.js'
import type { JsonSchema, Known } from './json-schema-arbitrary.js'

// Values at and just past a schema's limits (issue 7's fuzz tests): lengths
// and numbers on both sides of their bounds, PostgreSQL's integer, dates at
// the API's range and leap days, and the hints that tell a calendar date or
// an instant from other text where the published schema says only "string".

const DATE_NAME = /^(on|date)$|(On|Date|Until|From)$/
export const INSTANT_NAME = /^(at|[a-z]+At)$/

/** The values at and just past a scalar schema's limits; none for arrays and objects. */
export function boundaryValues(known: Known, schema: JsonSchema, name?: string): unknown[] {
  const branches = schema.anyOf ?? schema.oneOf
  if (branches) return branches.flatMap((b) => boundaryValues(known, b, name))
  if (Array.isArray(schema.type)) {
    return schema.type.flatMap((type) => boundaryValues(known, { ...schema, type }, name))
  }
  if (schema.enum) {
    const texts = schema.enum.filter((v): v is string => typeof v === 'string')
    return [...schema.enum, ...texts.flatMap((v) => [v.toUpperCase(), ` ${v}`, `${v}\u0000`])]
  }
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const { min, max } = schema.type === 'integer' ? integerRange(schema) : numberRange(schema)
      // PostgreSQL's integer ends at 2^31 − 1, bigint at 2^63 − 1; JSON numbers go further.
      return [
        ...new Set([
          min,
          min - 1,
          max,
          max + 1,
          0,
          -1,
          1,
          2 ** 31 - 1,
          2 ** 31,
          2 ** 32,
          -(2 ** 31) - 1,
          Number.MAX_SAFE_INTEGER,
          Number.MAX_SAFE_INTEGER + 1,
          Number.MIN_SAFE_INTEGER,
        ]),
      ]
    }
    case 'string':
      return boundaryStrings(known, schema, name)
    case 'boolean':
      return [true, false]
    case 'null':
      return [null]
    default:
      return []
  }
}

function boundaryStrings(known: Known, schema: JsonSchema, name?: string): string[] {
  if (schema.format === 'uuid') {
    return [
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
      '01890a5d-ac96-774b-bcce-b302099a8057',
      ...known.uuids.map((id) => id.toUpperCase()),
      ...known.uuids,
    ]
  }
  if (schema.format === 'date-time' || (name !== undefined && INSTANT_NAME.test(name))) {
    const now = known.now.getTime()
    return [
      withOffset(new Date(now), 'Z'),
      withOffset(new Date(now + 1000), 'Z'),
      withOffset(new Date(now - 2 * 86_400_000), '+02:00'),
      '2026-03-29T00:59:59Z',
      '2026-03-29T01:00:00Z',
      '2024-02-29T12:00:00+02:00',
      '1900-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '0000-01-01T00:00:00Z',
      '2026-03-02T10:00+02:00',
      '2026-03-02T10:00:00.123456789+02:00',
      '2026-03-02T10:00:00',
      '2026-03-02',
    ]
  }
  if (schema.format === 'date' || isDateName(schema, name)) {
    const today = LocalDate.parse(known.today)
    return [
      '1900-01-01',
      '1899-12-31',
      '2099-12-31',
      '2200-12-31',
      '2201-01-01',
      '2000-02-29',
      '2024-02-29',
      '2028-02-29',
      '2026-02-29',
      '1900-02-29',
      '2026-12-31',
      today.toString(),
      today.plusDays(-1).toString(),
      today.plusDays(1).toString(),
      today.plusYears(2).toString(),
      today.plusYears(-2).toString(),
      '2026-3-2',
      '20260302',
      '2026-03-02 ',
    ]
  }
  const min = schema.minLength ?? 0
  const max = schema.maxLength ?? 1000
  const values = new Set([
    '',
    'a'.repeat(Math.max(0, min - 1)),
    'a'.repeat(min),
    'a'.repeat(max),
    'a'.repeat(max + 1),
    ' '.repeat(Math.max(1, min)),
    ` ${'a'.repeat(max)} `,
    'é'.repeat(max),
    '😀'.repeat(Math.ceil(max / 2)),
    'e\u0301'.repeat(Math.ceil(max / 2)),
  ])
  if (name !== undefined && /IdentityCode$/.test(name)) {
    for (const code of ['010190-900X', '010190-9000', '290200A9001', '290201A900A', '010190-900'])
      values.add(code)
  }
  return [...values]
}

/** Text a person typed: no enumeration, pattern, format, date or identity code. */
export function isFreeText(schema: JsonSchema, name: string | undefined): boolean {
  if (schema.type !== 'string' || schema.enum || schema.pattern || schema.format) return false
  if (isDateName(schema, name)) return false
  return name === undefined || !(INSTANT_NAME.test(name) || /IdentityCode$/.test(name))
}

/** A calendar date: the published schema says only "string", the name or description tells. */
export function isDateName(schema: JsonSchema, name: string | undefined): boolean {
  if (schema.pattern || schema.format || schema.enum) return false
  if (schema.description?.includes('YYYY-MM-DD')) return true
  return name !== undefined && DATE_NAME.test(name)
}

/** An instant written with the given offset (Z, +02:00). */
export function withOffset(instant: Date, offset: string): string {
  if (offset === 'Z') return instant.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const sign = offset.startsWith('-') ? -1 : 1
  const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)))
  const local = new Date(instant.getTime() + minutes * 60_000).toISOString()
  return `${local.slice(0, 19)}${offset}`
}

export function integerRange(schema: JsonSchema): { min: number; max: number } {
  const min =
    schema.exclusiveMinimum !== undefined
      ? schema.exclusiveMinimum + 1
      : (schema.minimum ?? -1_000_000)
  const max =
    schema.exclusiveMaximum !== undefined
      ? schema.exclusiveMaximum - 1
      : (schema.maximum ?? 1_000_000)
  return { min, max: Math.min(max, Number.MAX_SAFE_INTEGER) }
}

export function numberRange(schema: JsonSchema): { min: number; max: number } {
  return {
    min: schema.exclusiveMinimum ?? schema.minimum ?? -1e6,
    max: schema.exclusiveMaximum ?? schema.maximum ?? 1e6,
  }
}
