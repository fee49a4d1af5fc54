import { createHash } from 'node:crypto'
import type { DirectoryKind, OpeningHours } from '../shared/api/directory.schemas.js'
import { guideLanguages } from '../shared/i18n/i18n.js'
import { directory as svTexts } from '../shared/i18n/staff/directory/sv.js'
import { municipalities } from '../shared/programme/definitions.js'
import type { LocalDate } from '../shared/time/local-date.js'
import { entryStatus, type StoredEntry } from './directory.js'

// The directory as Open Referral HSDS 3.0 (shared/standards/hsds-3.0): one
// organization per entry, with one service, at most one location (its
// address and opening hours) and its phone. The document is a page of the
// HSDS API's fully nested organizations (openapi.json: Page + contents).
//
// HSDS texts have one language: the fields hold Swedish, the programme's
// language, and the other languages travel as attributes (link_type
// `porten:name:fi`), as do the kind and the validity period. Ids are UUIDv5
// of the entry id, so exporting, importing and exporting again gives the same
// document. Times are local Helsinki wall-clock times: HSDS can only write a
// fixed UTC offset, which would be wrong for half of the year.

/** Porten's UUIDv5 namespace for directory ids. Never change it: ids would all change. */
const NAMESPACE = '17ec8ecf-01d5-49da-b6d8-a8c17ce7c4be'

export const PORTEN_ENTRY_ID = 'porten-directory-entry'
export const PORTEN_INFO_POINT = 'porten-info-point'
export const WHOLE_REGION = 'Jakobstadsregionen'
export const LOCAL_TIME = 'Lokal tid i Finland (Europe/Helsinki)'
export const CLOSED = 'Stängt'

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuidV5(name: string, namespace = NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-')
}

export const hsdsId = (table: string, entryId: string, ...rest: (string | number)[]) =>
  uuidV5([table, entryId, ...rest].join('/'))

/** RFC 5545 day codes; index 0 is ISO weekday 1, Monday. */
export const dayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const

type Json = Record<string, unknown>

/** The HSDS page for the entries (retired ones are left out by the caller). */
export function toHsds(
  entries: readonly StoredEntry[],
  today: LocalDate,
): { total_items: number; contents: Json[] } & Json {
  const contents = [...entries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => organization(e, today))
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  }
}

function organization(entry: StoredEntry, today: LocalDate): Json {
  const id = hsdsId('organization', entry.id)
  const location = entry.address ? locationOf(entry, id) : undefined
  return {
    id,
    name: entry.names.sv,
    description: entry.descriptions.sv ?? '',
    ...(entry.email ? { email: entry.email } : {}),
    ...(entry.website ? { website: entry.website } : {}),
    phones: entry.phone
      ? [{ id: hsdsId('phone', entry.id), organization_id: id, number: entry.phone, type: 'voice' }]
      : [],
    locations: location ? [location] : [],
    organization_identifiers: [
      {
        id: hsdsId('organization_identifier', entry.id),
        organization_id: id,
        identifier_type: PORTEN_ENTRY_ID,
        identifier: entry.id,
      },
    ],
    attributes: attributesOf(entry, id),
    services: [service(entry, id, today, location?.id as string | undefined)],
  }
}

function service(
  entry: StoredEntry,
  organizationId: string,
  today: LocalDate,
  locationId?: string,
) {
  const id = hsdsId('service', entry.id)
  return {
    id,
    organization_id: organizationId,
    name: entry.names.sv,
    description: entry.descriptions.sv ?? '',
    ...(entry.website ? { url: entry.website } : {}),
    ...(entry.email ? { email: entry.email } : {}),
    status: entryStatus(entry, today) === 'current' ? 'active' : 'inactive',
    last_modified: entry.updatedAt.toISOString(),
    languages: entry.languages.map((code) => ({
      id: hsdsId('language', entry.id, code),
      service_id: id,
      code,
    })),
    service_areas: serviceAreas(entry, id),
    schedules: locationId ? [] : schedules(entry, { service_id: id }),
    service_at_locations: locationId
      ? [{ id: hsdsId('service_at_location', entry.id), service_id: id, location_id: locationId }]
      : [],
  }
}

function locationOf(entry: StoredEntry, organizationId: string): Json {
  const id = hsdsId('location', entry.id)
  const address = entry.address!
  return {
    id,
    location_type: 'physical',
    organization_id: organizationId,
    name: entry.names.sv,
    ...(entry.infoPoint
      ? { external_identifier: entry.infoPoint, external_identifier_type: PORTEN_INFO_POINT }
      : {}),
    addresses: [
      {
        id: hsdsId('address', entry.id),
        location_id: id,
        address_1: address.street,
        ...(address.entrance ? { address_2: address.entrance } : {}),
        city: address.city,
        state_province: 'Österbotten',
        // HSDS requires a postal code; the programme gives none (left empty rather than guessed).
        postal_code: address.postalCode ?? '',
        country: 'FI',
        address_type: 'physical',
      },
    ],
    schedules: schedules(entry, { location_id: id }),
  }
}

function serviceAreas(entry: StoredEntry, serviceId: string): Json[] {
  if (entry.municipalities.length === 0) {
    return [
      { id: hsdsId('service_area', entry.id, 'region'), service_id: serviceId, name: WHOLE_REGION },
    ]
  }
  return entry.municipalities.map((m) => ({
    id: hsdsId('service_area', entry.id, m),
    service_id: serviceId,
    name: municipalities[m].name.sv,
  }))
}

function schedules(entry: StoredEntry, owner: Json): Json[] {
  const hours: OpeningHours | null = entry.openingHours
  if (!hours) return []
  const regular = hours.regular.map((row, index) => ({
    id: hsdsId('schedule', entry.id, 'regular', index),
    ...owner,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: row.days.map((day) => dayCodes[day - 1]).join(','),
    opens_at: row.opens,
    closes_at: row.closes,
    description: LOCAL_TIME,
  }))
  const exceptions = hours.exceptions.map((day) => ({
    id: hsdsId('schedule', entry.id, 'exception', day.date),
    ...owner,
    valid_from: day.date,
    valid_to: day.date,
    ...(day.closed ? {} : { opens_at: day.opens, closes_at: day.closes }),
    description: day.closed ? `${CLOSED}. ${LOCAL_TIME}` : LOCAL_TIME,
    ...(day.note ? { notes: day.note } : {}),
  }))
  return [...regular, ...exceptions]
}

function attributesOf(entry: StoredEntry, organizationId: string): Json[] {
  const attribute = (key: string, fields: Json) => ({
    id: hsdsId('attribute', entry.id, key),
    link_id: organizationId,
    link_entity: 'organization',
    link_type: `porten:${key}`,
    ...fields,
  })
  const texts = (field: 'name' | 'description', values: Partial<Record<string, string>>) =>
    guideLanguages
      .filter((language) => language !== 'sv' && values[language])
      .map((language) => attribute(`${field}:${language}`, { value: values[language] }))
  return [
    attribute('kind', {
      taxonomy_term_id: kindTermId(entry.kind),
      taxonomy_term: kindTerm(entry.kind),
    }),
    ...texts('name', entry.names),
    ...texts('description', entry.descriptions),
    ...(entry.validFrom ? [attribute('valid-from', { value: entry.validFrom })] : []),
    ...(entry.validUntil ? [attribute('valid-until', { value: entry.validUntil })] : []),
  ]
}

const kindTermId = (kind: DirectoryKind) => uuidV5(`taxonomy_term/porten-directory-kind/${kind}`)

function kindTerm(kind: DirectoryKind): Json {
  return {
    id: kindTermId(kind),
    code: kind,
    name: svTexts.directory.kinds[kind],
    description: svTexts.directory.kindDescriptions[kind],
    taxonomy: 'Porten: slag av aktör i katalogen',
  }
}
