import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.js'
import { packageRoot } from '../package-root.js'
import { directoryApi } from './directory.fixtures.js'

// The PTV v11 service-location export follows the field skeleton in
// shared/standards/ptv-v11: every field written is one the skeleton has, with
// the same JSON type, at every depth.

const skeleton = JSON.parse(
  readFileSync(
    join(packageRoot, '..', 'shared', 'standards', 'ptv-v11', 'service-location-v11-shape.json'),
    'utf8',
  ),
)

/** Where `value` departs from `shape`: unknown keys and other JSON types, by path. */
function departures(value: unknown, shape: unknown, path = ''): string[] {
  const type = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v)
  if (type(value) !== type(shape)) return [`${path || '.'}: ${type(value)}, not ${type(shape)}`]
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => departures(item, (shape as unknown[])[0], `${path}[${i}]`))
  }
  if (type(value) === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) =>
      key in (shape as object)
        ? departures(v, (shape as Record<string, unknown>)[key], `${path}.${key}`)
        : [`${path}.${key}: not in the PTV skeleton`],
    )
  }
  return []
}

let t: TestApp
let admin: ReturnType<typeof directoryApi>

beforeAll(async () => {
  t = await createTestApp()
  admin = directoryApi(t.app, await t.token(await t.user('admin')))
})
afterAll(() => t.close())

const exportPoints = async () => {
  const response = await directoryApi(t.app).get('/api/v1/directory/ptv/service-locations')
  expect(response.statusCode).toBe(200)
  return response.json().items as Record<string, unknown>[]
}

describe('GET /api/v1/directory/ptv/service-locations', () => {
  it('writes the four info points in the skeleton’s field layout', async () => {
    const points = await exportPoints()
    expect(points.map((p) => p.sourceId).sort()).toEqual([
      'porten-info-point-jakobstad',
      'porten-info-point-kronoby',
      'porten-info-point-nykarleby',
      'porten-info-point-romporten',
    ])
    for (const point of points)
      expect(departures(point, skeleton), String(point.sourceId)).toEqual([])
    // The skeleton's required-looking core is there.
    for (const key of ['serviceChannelNames', 'addresses', 'serviceHours', 'publishingStatus']) {
      for (const point of points) expect(point).toHaveProperty(key)
    }
  })

  it('maps names, address, phone, areas and weekly hours as the catalogue writes them', async () => {
    const porten = (await exportPoints()).find((p) => p.sourceId === 'porten-info-point-jakobstad')!
    expect(porten).toMatchObject({
      serviceChannelNames: [
        { language: 'fi', value: 'Integrationsporten', type: 'Name' },
        { language: 'sv', value: 'Integrationsporten', type: 'Name' },
        { language: 'en', value: 'Integrationsporten', type: 'Name' },
      ],
      areaType: 'LimitedType',
      areas: [{ type: 'Municipality', areaCodes: ['598', '288', '440', '893', '599'] }],
      emails: [{ value: 'integration@jakobstad.fi', language: 'sv' }],
      phoneNumbers: [{ prefixNumber: '+358', number: '447851686', isFinnishServiceNumber: false }],
      languages: ['sv', 'fi', 'en'],
      addresses: [
        {
          type: 'Location',
          subType: 'Street',
          streetAddress: {
            street: [{ value: 'Strengbergsgatan', language: 'sv' }],
            streetNumber: '1',
            municipality: '598',
            additionalInformation: [{ value: 'Ingång via Alholmsgatan', language: 'sv' }],
          },
          country: 'FI',
        },
      ],
      publishingStatus: 'Published',
    })
    const romporten = (await exportPoints()).find(
      (p) => p.sourceId === 'porten-info-point-romporten',
    )!
    expect(romporten.serviceHours).toEqual([
      {
        serviceHourType: 'DaysOfTheWeek',
        validForNow: true,
        isClosed: false,
        openingHour: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((dayFrom) => ({
          dayFrom,
          from: '08:00',
          to: '16:00',
        })),
      },
    ])
  })

  it('writes exceptions as Exceptional hours and leaves retired points out', async () => {
    const kronoby = (await admin.get('/api/v1/directory/entries/info-point-kronoby')).json()
    await admin.patch('/api/v1/directory/entries/info-point-kronoby', {
      version: kronoby.version,
      openingHours: {
        regular: [{ days: [3], opens: '10:00', closes: '14:00' }],
        exceptions: [
          { date: '2026-12-24', closed: true, note: 'Julafton' },
          { date: '2026-12-30', closed: false, opens: '10:00', closes: '12:00' },
        ],
      },
    })
    const point = (await exportPoints()).find((p) => p.sourceId === 'porten-info-point-kronoby')!
    expect(departures(point, skeleton)).toEqual([])
    expect((point.serviceHours as unknown[]).slice(1)).toEqual([
      {
        serviceHourType: 'Exceptional',
        validFrom: '2026-12-24T00:00:00.000Z',
        validTo: '2026-12-24T00:00:00.000Z',
        validForNow: false,
        isClosed: true,
        additionalInformation: [{ value: 'Julafton', language: 'sv' }],
        openingHour: [],
      },
      {
        serviceHourType: 'Exceptional',
        validFrom: '2026-12-30T00:00:00.000Z',
        validTo: '2026-12-30T00:00:00.000Z',
        validForNow: false,
        isClosed: false,
        additionalInformation: [],
        openingHour: [{ from: '10:00', to: '12:00' }],
      },
    ])
    await admin.post('/api/v1/directory/entries/info-point-kronoby/retire', {
      version: kronoby.version + 1,
    })
    expect((await exportPoints()).map((p) => p.sourceId)).not.toContain('porten-info-point-kronoby')
  })
})
