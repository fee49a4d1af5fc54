import { z } from 'zod'
import {
  type EntryContent,
  entryContent,
  entryId,
  type FieldIssue,
} from '../shared/api/directory.schemas.js'
import { guideLanguages } from '../shared/i18n/i18n.js'
import { municipalities, municipalityIds } from '../shared/programme/definitions.js'
import { canonicalContent } from './directory.js'
import { dayCodes, hsdsId, PORTEN_ENTRY_ID, PORTEN_INFO_POINT, WHOLE_REGION } from './hsds.js'

// Reading an HSDS 3.0 page back into entries: the inverse of hsds.ts. Only the
// fields Porten keeps are read; anything else in the document is ignored. A
// document without Porten's attributes (another system's) keeps the entry's
// translations, kind and validity as they are; with them, it replaces them.

const text = z.string().max(10_000)
const schedule = z.looseObject({
  freq: text.optional(),
  byday: text.optional(),
  opens_at: text.optional(),
  closes_at: text.optional(),
  valid_from: text.optional(),
  valid_to: text.optional(),
  notes: text.optional(),
})
const schedules = z.array(schedule).max(200).optional()

const organization = z.looseObject({
  id: z.uuid('must be a UUID'),
  name: text,
  description: text.optional(),
  email: text.optional(),
  website: text.optional(),
  phones: z
    .array(z.looseObject({ number: text }))
    .max(1, 'Porten keeps one phone')
    .optional(),
  locations: z
    .array(
      z.looseObject({
        external_identifier: text.optional(),
        external_identifier_type: text.optional(),
        addresses: z
          .array(
            z.looseObject({
              address_1: text,
              address_2: text.optional(),
              city: text,
              postal_code: text.optional(),
            }),
          )
          .max(1, 'Porten keeps one address')
          .optional(),
        schedules,
      }),
    )
    .max(1, 'Porten keeps one location per organization')
    .optional(),
  organization_identifiers: z
    .array(z.looseObject({ identifier_type: text.optional(), identifier: text.optional() }))
    .max(20)
    .optional(),
  attributes: z
    .array(
      z.looseObject({
        link_type: text.optional(),
        value: text.optional(),
        taxonomy_term: z.looseObject({ code: text.optional() }).optional(),
      }),
    )
    .max(100)
    .optional(),
  services: z
    .array(
      z.looseObject({
        languages: z
          .array(z.looseObject({ code: text.optional() }))
          .max(50)
          .optional(),
        service_areas: z
          .array(z.looseObject({ name: text.optional() }))
          .max(10)
          .optional(),
        schedules,
      }),
    )
    .max(1, 'Porten keeps one service per organization')
    .optional(),
})
export type HsdsOrganization = z.infer<typeof organization>

export const hsdsImport = z.looseObject({
  contents: z.array(organization).max(1000),
})

/** The page in the shape the export writes; kept loose so the answer is exactly what was built. */
export const hsdsPage = z.looseObject({
  total_items: z.number(),
  contents: z.array(z.record(z.string(), z.unknown())),
})

export type ImportedEntry =
  | { ok: true; id: string; content: EntryContent }
  | { ok: false; issues: FieldIssue[] }

/**
 * One organization as an entry. `existingById` finds the entry the document
 * means: by Porten's identifier, else by the organization id Porten gave it.
 */
export function entryFromHsds(
  org: HsdsOrganization,
  at: string,
  existing: (id: string) => EntryContent | undefined,
  idForOrganization: (uuid: string) => string | undefined,
): ImportedEntry {
  const issue = (path: string, message: string): ImportedEntry => ({
    ok: false,
    issues: [{ path: `${at}.${path}`, message }],
  })
  const identifier = org.organization_identifiers?.find(
    (i) => i.identifier_type === PORTEN_ENTRY_ID,
  )
  const id = identifier?.identifier ?? idForOrganization(org.id)
  if (!id) {
    return issue(
      'organization_identifiers',
      `unknown organization: give Porten's entry id as an identifier of type ${PORTEN_ENTRY_ID}`,
    )
  }
  // The document names the id: it must be one an entry can have (the table's
  // CHECK would otherwise fail the whole import with 500).
  const validId = entryId.safeParse(id)
  if (!validId.success) {
    const index = org.organization_identifiers?.indexOf(identifier!) ?? 0
    return issue(
      `organization_identifiers.${index}.identifier`,
      validId.error.issues[0]?.message ?? 'not an entry id',
    )
  }
  const before = existing(id)
  const attributes = org.attributes ?? []
  const ours = attributes.some((a) => a.link_type?.startsWith('porten:'))
  const attribute = (key: string) => attributes.find((a) => a.link_type === `porten:${key}`)
  const kind = attribute('kind')?.taxonomy_term?.code ?? before?.kind
  if (!kind) return issue('attributes', 'a new entry needs its kind (attribute porten:kind)')

  const location = org.locations?.[0]
  const address = location?.addresses?.[0]
  const service = org.services?.[0]
  const translated = (field: 'name' | 'description', swedish: string | undefined) => {
    const texts: Record<string, string | undefined> = { sv: swedish || undefined }
    for (const language of guideLanguages.filter((l) => l !== 'sv')) {
      const value = ours
        ? attribute(`${field}:${language}`)?.value
        : (field === 'name' ? before?.names : before?.descriptions)?.[language]
      if (value) texts[language] = value
    }
    return texts
  }
  const hours = openingHoursFrom(location?.schedules ?? service?.schedules ?? [])
  if (!hours.ok) return issue(hours.path, hours.message)
  const areas = municipalitiesFrom(service?.service_areas ?? [])
  if (!areas.ok)
    return issue(`services.0.service_areas.${areas.index}.name`, 'unknown municipality')

  const candidate = {
    kind,
    municipalities: areas.value,
    infoPoint:
      location?.external_identifier_type === PORTEN_INFO_POINT
        ? (location.external_identifier ?? null)
        : null,
    names: translated('name', org.name),
    descriptions: translated('description', org.description),
    website: org.website || null,
    email: org.email || null,
    phone: org.phones?.[0]?.number || null,
    address: address
      ? {
          street: address.address_1,
          ...(address.postal_code ? { postalCode: address.postal_code } : {}),
          city: address.city,
          ...(address.address_2 ? { entrance: address.address_2 } : {}),
        }
      : null,
    languages: (service?.languages ?? []).flatMap((l) => (l.code ? [l.code] : [])),
    openingHours: hours.value,
    validFrom: ours ? (attribute('valid-from')?.value ?? null) : (before?.validFrom ?? null),
    validUntil: ours ? (attribute('valid-until')?.value ?? null) : (before?.validUntil ?? null),
  }
  const parsed = entryContent.safeParse(candidate)
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        path: [at, `(${id})`, ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    }
  }
  return { ok: true, id, content: canonicalContent(parsed.data) }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; path: string; message: string }

function openingHoursFrom(list: z.infer<typeof schedule>[]): Parsed<EntryContent['openingHours']> {
  const regular: { days: number[]; opens: string; closes: string }[] = []
  const exceptions: {
    date: string
    closed: boolean
    opens?: string
    closes?: string
    note?: string
  }[] = []
  for (const [index, s] of list.entries()) {
    const at = `schedules.${index}`
    if (s.freq === 'WEEKLY') {
      const days = (s.byday ?? '')
        .split(',')
        .map((code) => dayCodes.indexOf(code.trim() as never) + 1)
      if (days.some((day) => day === 0)) {
        return { ok: false, path: `${at}.byday`, message: 'must list days such as MO,TU' }
      }
      regular.push({ days, opens: hhmm(s.opens_at), closes: hhmm(s.closes_at) })
    } else if (s.valid_from) {
      if (s.valid_to && s.valid_to !== s.valid_from) {
        return { ok: false, path: `${at}.valid_to`, message: 'an exception covers one day' }
      }
      const closed = !s.opens_at
      exceptions.push({
        date: s.valid_from,
        closed,
        ...(closed ? {} : { opens: hhmm(s.opens_at), closes: hhmm(s.closes_at) }),
        ...(s.notes ? { note: s.notes } : {}),
      })
    } else {
      return {
        ok: false,
        path: at,
        message: 'must be weekly (freq WEEKLY) or for one day (valid_from)',
      }
    }
  }
  return { ok: true, value: { regular, exceptions } }
}

/** "08:00", "08:00:00" or "08:00+02:00" as HH:MM; anything else is left for the schema to refuse. */
function hhmm(time: string | undefined): string {
  const match = /^(\d{2}:\d{2})(:\d{2})?$/.exec(time ?? '')
  return match ? match[1]! : (time ?? '')
}

function municipalitiesFrom(
  areas: { name?: string | undefined }[],
): { ok: true; value: EntryContent['municipalities'] } | { ok: false; index: number } {
  const found: EntryContent['municipalities'] = []
  for (const [index, area] of areas.entries()) {
    if (area.name === WHOLE_REGION) continue
    const id = municipalityIds.find(
      (m) => area.name === m || Object.values(municipalities[m].name).includes(area.name ?? ''),
    )
    if (!id) return { ok: false, index }
    found.push(id)
  }
  return { ok: true, value: found }
}

/** The entry id each exported organization id stands for. */
export function organizationIndex(ids: readonly string[]): (uuid: string) => string | undefined {
  const index = new Map(ids.map((id) => [hsdsId('organization', id), id]))
  return (uuid) => index.get(uuid)
}
