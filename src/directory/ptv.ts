import {
  type MunicipalityId,
  municipalities,
  municipalityIds,
} from '../shared/programme/definitions.js'
import type { StoredEntry } from './directory.js'

// Integrationsporten's info points in the field layout of the national
// service catalogue's service locations (PTV API v11, ServiceLocation channel;
// shared/standards/ptv-v11). The one place that knows PTV: version 12 will
// replace v11, and only this module should have to follow.
//
// Field values from the catalogue's v11 model documentation (its generated
// clients, e.g. Tampere/ptv-php-client-v11): serviceHourType is
// DaysOfTheWeek or Exceptional in v11 (Standard/Special were v7 and older),
// days are written Monday…Sunday, times HH:MM, area types Municipality with
// municipality codes. Not known to Porten and so left out: the catalogue's
// organisation id for the City of Jakobstad, postal codes (the programme gives
// none), coordinates (EPSG:3067) and phone charge types.

/** Statistics Finland municipality codes [X]: verify against the current code list. */
const municipalityCodes: Readonly<Record<MunicipalityId, string>> = {
  jakobstad: '598',
  kronoby: '288',
  larsmo: '440',
  nykarleby: '893',
  pedersore: '599',
}

const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
/** The catalogue's text languages; the guide's others do not travel. */
const ptvLanguages = ['fi', 'sv', 'en'] as const

type Localized = { language: string; value: string }

export function toPtvServiceLocation(entry: StoredEntry) {
  const names = ptvLanguages.flatMap((language) => {
    const value = entry.names[language]
    return value ? [{ language, value, type: 'Name' }] : []
  })
  const descriptions = ptvLanguages.flatMap((language) => {
    const value = entry.descriptions[language]
    return value
      ? [
          { language, value, type: 'Description' },
          { language, value: summary(value), type: 'Summary' },
        ]
      : []
  })
  const areaCodes = (entry.municipalities.length > 0 ? entry.municipalities : municipalityIds).map(
    (m) => municipalityCodes[m],
  )
  return {
    sourceId: `porten-${entry.id}`,
    serviceChannelNames: names,
    serviceChannelDescriptions: descriptions,
    displayNameType: names.map(({ language }) => ({ type: 'Name', language })),
    areaType: 'LimitedType',
    areas: [{ type: 'Municipality', areaCodes }],
    emails: entry.email ? [{ value: entry.email, language: 'sv' }] : [],
    phoneNumbers: entry.phone ? [{ ...ptvPhone(entry.phone), language: 'sv' }] : [],
    languages: entry.languages.filter((code) => /^[a-z]{2}$/.test(code)),
    webPages: entry.website ? [{ url: entry.website, value: entry.names.sv, language: 'sv' }] : [],
    addresses: entry.address ? [streetAddress(entry.address)] : [],
    serviceHours: serviceHours(entry),
    publishingStatus: 'Published',
    isVisibleForAll: true,
    ...(entry.validFrom ? { validFrom: dateTime(entry.validFrom) } : {}),
    ...(entry.validUntil ? { validTo: dateTime(entry.validUntil) } : {}),
  }
}
export type PtvServiceLocation = ReturnType<typeof toPtvServiceLocation>

/** The catalogue's summaries are at most 150 characters. */
function summary(text: string): string {
  const firstLine = text.split('\n')[0] ?? text
  return firstLine.length <= 150 ? firstLine : `${firstLine.slice(0, 149).trimEnd()}…`
}

function ptvPhone(phone: string) {
  const digits = phone.replace(/[^\d+]/g, '')
  const national = digits.startsWith('+358')
    ? digits.slice(4)
    : digits.startsWith('0')
      ? digits.slice(1)
      : undefined
  return national !== undefined
    ? { prefixNumber: '+358', number: national, isFinnishServiceNumber: false }
    : { number: digits, isFinnishServiceNumber: false }
}

function streetAddress(address: NonNullable<StoredEntry['address']>) {
  // "Strengbergsgatan 1": the catalogue keeps the street and its number apart.
  const match = /^(.*\S)\s+(\d+\S*)$/.exec(address.street)
  const info: Localized[] = address.entrance ? [{ value: address.entrance, language: 'sv' }] : []
  return {
    type: 'Location',
    subType: 'Street',
    streetAddress: {
      street: [{ value: match ? match[1]! : address.street, language: 'sv' }],
      ...(match ? { streetNumber: match[2]! } : {}),
      ...(address.postalCode ? { postalCode: address.postalCode } : {}),
      municipality: municipalityCodeOf(address.city),
      additionalInformation: info,
    },
    country: 'FI',
  }
}

/** The code of the municipality the city is (by its Swedish, Finnish or English name). */
function municipalityCodeOf(city: string): string {
  const wanted = city.trim().toLowerCase()
  const id = municipalityIds.find((m) =>
    Object.values(municipalities[m].name).some((name) => name.toLowerCase() === wanted),
  )
  return id ? municipalityCodes[id] : ''
}

function serviceHours(entry: StoredEntry) {
  const hours = entry.openingHours
  if (!hours) return []
  const regular =
    hours.regular.length > 0
      ? [
          {
            serviceHourType: 'DaysOfTheWeek',
            validForNow: true,
            isClosed: false,
            openingHour: hours.regular.flatMap((row) =>
              row.days.map((day) => ({
                dayFrom: dayNames[day - 1]!,
                from: row.opens,
                to: row.closes,
              })),
            ),
          },
        ]
      : []
  const exceptions = hours.exceptions.map((day) => ({
    serviceHourType: 'Exceptional',
    validFrom: dateTime(day.date),
    validTo: dateTime(day.date),
    validForNow: false,
    isClosed: day.closed,
    additionalInformation: day.note ? [{ value: day.note, language: 'sv' }] : [],
    openingHour: day.closed ? [] : [{ from: day.opens ?? '', to: day.closes ?? '' }],
  }))
  return [...regular, ...exceptions]
}

/** A calendar date as the catalogue's date-time fields write dates: midnight, UTC. */
function dateTime(date: string): string {
  return `${date}T00:00:00.000Z`
}
