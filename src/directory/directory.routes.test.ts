import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import type { DirectoryEntry, PublicDirectoryEntry } from '../shared/api/directory.schemas.js'
import { directoryApi, directoryCounts, newEntryBody } from './directory.fixtures.js'

let t: TestApp
let admin: ReturnType<typeof directoryApi>
let adminId: string
const anyone = () => directoryApi(t.app)

beforeAll(async () => {
  t = await createTestApp() // today is 2026-03-02 in Helsinki
  const user = await t.user('admin')
  adminId = user.id
  admin = directoryApi(t.app, await t.token(user))
})
afterAll(() => t.close())

const publicIds = async (query = '') => {
  const response = await anyone().get(`/api/v1/directory${query}`)
  expect(response.statusCode).toBe(200)
  return (response.json().items as PublicDirectoryEntry[]).map((e) => e.id)
}

describe('GET /api/v1/directory (the guide, no sign-in)', () => {
  it('lists the programme’s actors valid on the day, Integration Works until 30.4.2026', async () => {
    const today = await anyone().get('/api/v1/directory')
    expect(today.json().on).toBe('2026-03-02')
    expect(await publicIds('?on=2026-04-30')).toContain('integration-works')
    expect(await publicIds('?on=2026-05-01')).not.toContain('integration-works')
    expect(await publicIds('?on=2023-12-31')).not.toContain('integration-works')
    const all = await publicIds()
    expect(all).toEqual(expect.arrayContaining(['optima', 'info-point-romporten', 'kela']))
    // In the programme's order: culture and leisure first, authorities last.
    expect(all[0]).toMatch(/^culture-leisure-/)
    expect(all.at(-1)).toMatch(/^(kela|migri|employment-|wellbeing-)/)
  })

  it('filters by kind and by municipality, region-wide entries included', async () => {
    const points = await publicIds('?kind=info-point')
    expect(points.sort()).toEqual([
      'info-point-jakobstad',
      'info-point-kronoby',
      'info-point-nykarleby',
      'info-point-romporten',
    ])
    const larsmo = await publicIds('?municipality=larsmo')
    expect(larsmo).toEqual(expect.arrayContaining(['folkhalsan-larsmo', 'info-point-jakobstad']))
    expect(larsmo).not.toContain('folkhalsan-jakobstad')
    expectProblem(await anyone().get('/api/v1/directory?on=2026-02-30'), 400)
    expectProblem(await anyone().get('/api/v1/directory?kind=bakery'), 400)
  })
})

describe('the OpenAPI document', () => {
  it('describes the directory routes, the public ones without sign-in', async () => {
    const doc = (await anyone().get('/api/v1/openapi.json')).json()
    expect(doc.paths['/api/v1/directory'].get.security).toEqual([])
    expect(doc.paths['/api/v1/directory/hsds'].get.security).toEqual([])
    expect(doc.paths['/api/v1/directory/hsds'].post.security).toBeUndefined()
    expect(doc.paths['/api/v1/directory/entries/{id}'].patch.requestBody).toBeDefined()
  })
})

describe('administration', () => {
  it('creates an entry with its history, reads it back and lists it', async () => {
    const body = newEntryBody()
    const created = await admin.post('/api/v1/directory/entries', body)
    expect(created.statusCode).toBe(201)
    const entry: DirectoryEntry = created.json()
    expect(entry).toMatchObject({
      id: body.id,
      kind: 'third-sector',
      names: body.names,
      openingHours: body.openingHours,
      status: 'current',
      retiredAt: null,
      version: 1,
    })
    expect((await admin.get(`/api/v1/directory/entries/${body.id}`)).json()).toEqual(entry)
    const history = (await admin.get(`/api/v1/directory/entries/${body.id}/history`)).json()
    expect(history.items).toHaveLength(1)
    expect(history.items[0]).toMatchObject({
      change: 'create',
      changedBy: { id: adminId },
      snapshot: { names: body.names, version: 1, retiredAt: null },
    })
    expect(history.items[0].fields).toEqual(expect.arrayContaining(['kind', 'openingHours']))
    expect(await publicIds('?municipality=larsmo')).toContain(body.id)
  })

  it('makes an id from the Swedish name when none is given, and refuses a taken one', async () => {
    const { id: _, ...body } = newEntryBody({ names: { sv: 'Ålands Öppna Förening' } })
    const made = (await admin.post('/api/v1/directory/entries', body)).json()
    expect(made.id).toBe('alands-oppna-forening')
    const again = (await admin.post('/api/v1/directory/entries', body)).json()
    expect(again.id).toBe('alands-oppna-forening-2')
    const before = await directoryCounts(t.database.db)
    const taken = expectProblem(
      await admin.post('/api/v1/directory/entries', { ...body, id: 'optima' }),
      400,
    )
    expect(taken.errors?.map((e) => e.path)).toEqual(['id'])
    expect(await directoryCounts(t.database.db)).toEqual(before)
  })

  it('stores hostile text verbatim and returns it as JSON text', async () => {
    const hostile = '<script>alert(1)</script>'
    const body = newEntryBody({
      names: { sv: hostile, ar: '"><img src=x onerror=alert(1)>' },
      descriptions: { sv: `${hostile}\nRad två & {{x}} \${y}` },
      address: { street: "Robert'); DROP TABLE directory_entry;--", city: 'Larsmo' },
    })
    const response = await admin.post('/api/v1/directory/entries', body)
    expect(response.statusCode).toBe(201)
    expect(response.headers['content-type']).toMatch(/^application\/json/)
    expect(response.body).toContain('"<script>alert(1)</script>"')
    const stored = await t.database.db
      .selectFrom('directory_entry')
      .select(['names', 'descriptions', 'address'])
      .where('id', '=', body.id!)
      .executeTakeFirstOrThrow()
    expect(stored.names).toEqual(body.names)
    expect(stored.descriptions).toEqual(body.descriptions)
    expect(stored.address).toEqual(body.address)
    expect(await publicIds()).toContain(body.id)
  })

  it('refuses bad input with the field, storing nothing', async () => {
    const cases: [string, object, string[]][] = [
      ['a website without https', { website: 'http://example.org' }, ['website']],
      ['a javascript: address', { website: 'javascript:alert(1)' }, ['website']],
      ['a control character', { names: { sv: 'Förening\u0007' } }, ['names.sv']],
      ['a NUL in a description', { descriptions: { sv: 'a\u0000b' } }, ['descriptions.sv']],
      ['a lone surrogate', { names: { sv: 'Förening \ud800' } }, ['names.sv']],
      ['a line break in a name', { names: { sv: 'Två\nrader' } }, ['names.sv']],
      ['an unknown language', { names: { sv: 'Förening', de: 'Verein' } }, ['names.de']],
      ['no Swedish name', { names: { fi: 'Yhdistys' } }, ['names.sv']],
      [
        'closing before opening',
        {
          openingHours: {
            regular: [{ days: [1], opens: '16:00', closes: '08:00' }],
            exceptions: [],
          },
        },
        ['openingHours.regular.0.closes'],
      ],
      [
        'a day that is not a weekday',
        {
          openingHours: {
            regular: [{ days: [0, 8], opens: '08:00', closes: '16:00' }],
            exceptions: [],
          },
        },
        ['openingHours.regular.0.days.0', 'openingHours.regular.0.days.1'],
      ],
      [
        'a time that is not HH:MM',
        { openingHours: { regular: [{ days: [1], opens: '8', closes: '25:00' }], exceptions: [] } },
        ['openingHours.regular.0.opens', 'openingHours.regular.0.closes'],
      ],
      [
        'an exception on no real date, open without hours',
        { openingHours: { regular: [], exceptions: [{ date: '2026-02-30', closed: false }] } },
        [
          'openingHours.exceptions.0.date',
          'openingHours.exceptions.0.opens',
          'openingHours.exceptions.0.closes',
        ],
      ],
      [
        'the same exception day twice',
        {
          openingHours: {
            regular: [],
            exceptions: [
              { date: '2026-12-24', closed: true },
              { date: '2026-12-24', closed: true },
            ],
          },
        },
        ['openingHours.exceptions'],
      ],
      ['an info point without its point', { kind: 'info-point' }, ['infoPoint']],
      ['a point on another kind', { infoPoint: 'kronoby' }, ['infoPoint']],
      [
        'ending before it starts',
        { validFrom: '2026-05-01', validUntil: '2026-04-30' },
        ['validUntil'],
      ],
      ['a taken info point', { kind: 'info-point', infoPoint: 'romporten' }, ['infoPoint']],
    ]
    for (const [what, override, paths] of cases) {
      const before = await directoryCounts(t.database.db)
      const problem = expectProblem(
        await admin.post('/api/v1/directory/entries', { ...newEntryBody(), ...override }),
        400,
      )
      expect(
        problem.errors?.map((e) => e.path),
        what,
      ).toEqual(paths)
      expect(await directoryCounts(t.database.db), what).toEqual(before)
    }
  })
})

describe('PATCH /api/v1/directory/entries/{id}', () => {
  it('changes the fields sent, records which, refuses a stale version (409) and ignores a no-op', async () => {
    const body = newEntryBody()
    await admin.post('/api/v1/directory/entries', body)
    const url = `/api/v1/directory/entries/${body.id}`
    const changed = await admin.patch(url, {
      version: 1,
      website: null,
      validUntil: '2026-06-30',
      names: { sv: 'Nytt namn', en: 'New name' },
    })
    expect(changed.statusCode).toBe(200)
    expect(changed.json()).toMatchObject({
      website: null,
      validUntil: '2026-06-30',
      names: { sv: 'Nytt namn', en: 'New name' },
      email: body.email,
      version: 2,
    })
    const before = await directoryCounts(t.database.db)
    expectProblem(await admin.patch(url, { version: 1, phone: null }), 409)
    // Everything as it is now: no new version, no history.
    const same = await admin.patch(url, { version: 2, names: { en: 'New name', sv: 'Nytt namn' } })
    expect(same.json().version).toBe(2)
    expect(await directoryCounts(t.database.db)).toEqual(before)
    // Checked as a whole entry: an end before the (unchanged) start is refused.
    await admin.patch(url, { version: 2, validFrom: '2026-01-01' })
    const problem = expectProblem(
      await admin.patch(url, { version: 3, validUntil: '2025-12-31' }),
      400,
    )
    expect(problem.errors?.map((e) => e.path)).toEqual(['validUntil'])

    const history = (await admin.get(`${url}/history`)).json().items
    expect(history.map((h: { change: string; fields: string[] }) => [h.change, h.fields])).toEqual([
      ['update', ['validFrom']],
      ['update', ['names', 'website', 'validUntil']],
      ['create', expect.any(Array)],
    ])
    expectProblem(await admin.patch('/api/v1/directory/entries/no-such-entry', { version: 1 }), 404)
  })
})

describe('retire and restore', () => {
  it('takes an entry out of the guide and back, with history and version checks', async () => {
    const body = newEntryBody()
    await admin.post('/api/v1/directory/entries', body)
    const url = `/api/v1/directory/entries/${body.id}`
    const retired = await admin.post(`${url}/retire`, { version: 1 })
    expect(retired.json()).toMatchObject({
      status: 'retired',
      retiredAt: t.clock.now().toISOString(),
      version: 2,
    })
    expect(await publicIds()).not.toContain(body.id)
    const everything = (await admin.get('/api/v1/directory/entries')).json()
      .items as DirectoryEntry[]
    expect(everything.find((e) => e.id === body.id)?.status).toBe('retired')
    expect(everything.find((e) => e.id === 'integration-works')?.status).toBe('current')

    expectProblem(await admin.post(`${url}/retire`, { version: 2 }), 409)
    expectProblem(await admin.post(`${url}/restore`, { version: 1 }), 409)
    const restored = await admin.post(`${url}/restore`, { version: 2 })
    expect(restored.json()).toMatchObject({ status: 'current', retiredAt: null, version: 3 })
    expect(await publicIds()).toContain(body.id)
    const history = (await admin.get(`${url}/history`)).json().items
    expect(history.map((h: { change: string }) => h.change)).toEqual([
      'restore',
      'retire',
      'create',
    ])
    expect(history[1].snapshot.retiredAt).toBe(t.clock.now().toISOString())
  })

  it('lets Integration Works expire by itself after 30.4.2026', async () => {
    t.clock.set('2026-04-30T20:59:00Z') // 23:59 in Helsinki
    expect(await publicIds()).toContain('integration-works')
    t.clock.set('2026-04-30T21:00:00Z') // midnight in Helsinki: 1.5.2026
    expect(await publicIds()).not.toContain('integration-works')
    const entry = (await admin.get('/api/v1/directory/entries/integration-works')).json()
    expect(entry.status).toBe('expired')
    t.clock.set('2026-03-02T09:00:00Z')
  })
})
