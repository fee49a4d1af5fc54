import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import { packageRoot } from '../package-root.js'
import { directoryApi, directoryCounts, newEntryBody } from './directory.fixtures.js'
import { hsdsId, uuidV5 } from './hsds.js'

// The HSDS 3.0 export is checked against the specification's own published
// schemas (shared/standards/hsds-3.0, unchanged), with Ajv: the page envelope
// as openapi.json's Page, each organization against organization.json (which
// pulls in location, address, phone, schedule, attribute, … by reference), and
// each nested service against service.json.

const hsdsDir = join(packageRoot, '..', 'shared', 'standards', 'hsds-3.0')

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null }
interface Validators {
  page: Validate
  organization: Validate
  service: Validate
}

/** Ajv (a pinned dev dependency) over the published schema files. */
async function loadValidators(): Promise<Validators> {
  const load = async () => ({ ajv: await import('ajv'), formats: await import('ajv-formats') })
  let modules: Awaited<ReturnType<typeof load>>
  try {
    modules = await load()
  } catch (error) {
    throw new Error(
      `The HSDS schema test needs ajv 8 and ajv-formats (devDependencies): run npm install. (${String(error)})`,
    )
  }
  // ajv-formats is CommonJS: its plugin is the default export, or that export's default.
  const formats = modules.formats.default as unknown as { default?: unknown }
  const addFormats = (formats.default ?? formats) as (ajv: unknown) => void
  // The schema files carry Frictionless Data keywords (constraints, core, …): not strict.
  const ajv = new modules.ajv.Ajv({ strict: false, allErrors: true })
  addFormats(ajv)
  for (const file of readdirSync(hsdsDir).filter((f) => f.endsWith('.json'))) {
    if (file === 'openapi.json') continue
    ajv.addSchema(JSON.parse(readFileSync(join(hsdsDir, file), 'utf8')), file)
  }
  const openapi = JSON.parse(readFileSync(join(hsdsDir, 'openapi.json'), 'utf8'))
  const page = ajv.compile({
    allOf: [openapi.components.schemas.Page],
    required: ['contents'],
    properties: { contents: { type: 'array', items: { $ref: 'organization.json' } } },
  })
  const organization = ajv.getSchema('organization.json')
  const service = ajv.getSchema('service.json')
  if (!organization || !service) throw new Error(`HSDS schemas not found in ${hsdsDir}`)
  return { page, organization, service }
}

let t: TestApp
let admin: ReturnType<typeof directoryApi>
let validators: Validators
type Page = { contents: Organization[] } & Record<string, unknown>
type Organization = Record<string, unknown> & { services: Record<string, unknown>[] }

beforeAll(async () => {
  validators = await loadValidators()
  t = await createTestApp()
  admin = directoryApi(t.app, await t.token(await t.user('admin')))
})
afterAll(() => t.close())

const exportPage = async (): Promise<Page> => {
  const response = await directoryApi(t.app).get('/api/v1/directory/hsds')
  expect(response.statusCode).toBe(200)
  return response.json()
}

function expectValid(page: Page) {
  const check = (validate: Validate, data: unknown, what: string) =>
    expect(validate(data) ? [] : validate.errors, what).toEqual([])
  check(validators.page, page, 'page')
  for (const org of page.contents) {
    check(validators.organization, org, String(org.name))
    for (const service of org.services) check(validators.service, service, String(service.name))
  }
}

const byName = (page: Page, name: string) => page.contents.find((o) => o.name === name)

describe('UUIDv5', () => {
  it('matches RFC 4122’s example and is stable per entry', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    )
    expect(hsdsId('organization', 'optima')).toBe(hsdsId('organization', 'optima'))
    expect(hsdsId('organization', 'optima')).not.toBe(hsdsId('service', 'optima'))
  })
})

describe('GET /api/v1/directory/hsds', () => {
  it('validates against the published HSDS 3.0 schemas', async () => {
    await admin.post('/api/v1/directory/entries', newEntryBody({ id: 'schema-test' }))
    const page = await exportPage()
    expect(page.total_items).toBe(page.contents.length)
    expect(page.contents.length).toBeGreaterThanOrEqual(57)
    expectValid(page)
  })

  it('is a validator that catches nested mistakes', async () => {
    const page = await exportPage()
    const org = structuredClone(byName(page, 'Romporten')!)
    ;(org.locations as { location_type?: string }[])[0]!.location_type = 'on the moon'
    expect(validators.organization(org)).toBe(false)
    expect(validators.organization({ ...org, id: 'not-a-uuid' })).toBe(false)
  })

  it('maps addresses, weekly hours, exceptions, languages, phones and translations', async () => {
    const page = await exportPage()
    const romporten = byName(page, 'Romporten')!
    const location = (romporten.locations as Record<string, unknown>[])[0]!
    expect(location).toMatchObject({
      location_type: 'physical',
      external_identifier: 'romporten',
      addresses: [{ address_1: 'Runebergsgatan 8', city: 'Jakobstad', country: 'FI' }],
      schedules: [
        { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '16:00' },
      ],
    })
    const porten = byName(page, 'Integrationsporten')!
    expect(porten).toMatchObject({
      email: 'integration@jakobstad.fi',
      phones: [{ number: '+358 44 785 1686' }],
      organization_identifiers: [{ identifier: 'info-point-jakobstad' }],
    })
    expect(porten.services[0]!.languages).toEqual([
      expect.objectContaining({ code: 'sv' }),
      expect.objectContaining({ code: 'fi' }),
      expect.objectContaining({ code: 'en' }),
    ])
    const created = page.contents.find(
      (o) =>
        (o.organization_identifiers as { identifier: string }[])[0]?.identifier === 'schema-test',
    )!
    const schedules = (created.locations as { schedules: Record<string, unknown>[] }[])[0]!
      .schedules
    expect(schedules[1]).toMatchObject({
      valid_from: '2026-12-24',
      valid_to: '2026-12-24',
      notes: 'Julafton',
    })
    expect(schedules[1]).not.toHaveProperty('opens_at')
    expect(created.attributes).toContainEqual(
      expect.objectContaining({
        link_type: 'porten:name:fi',
        value: expect.stringContaining('Kuvitteellinen yhdistys'),
      }),
    )
    const works = byName(page, 'Integration Works')!
    expect(works.attributes).toContainEqual(
      expect.objectContaining({ link_type: 'porten:valid-until', value: '2026-04-30' }),
    )
    expect(works.services[0]!.status).toBe('active')
  })
})

describe('POST /api/v1/directory/hsds', () => {
  it('round-trips: export, import, export gives the same document and no history', async () => {
    const first = await exportPage()
    const before = await directoryCounts(t.database.db)
    const imported = await admin.post('/api/v1/directory/hsds', first)
    expect(imported.statusCode).toBe(200)
    expect(imported.json()).toMatchObject({ created: [], updated: [] })
    expect(imported.json().unchanged).toHaveLength(first.contents.length)
    expect(await directoryCounts(t.database.db)).toEqual(before)
    expect(await exportPage()).toEqual(first)
  })

  it('updates what changed as an import, and creates entries the page adds', async () => {
    const page = structuredClone(await exportPage())
    const optima = byName(page, 'Optima samkommun')!
    optima.website = 'https://example.org/optima'
    ;(optima.attributes as unknown[]).push({
      id: '8a0c3f0e-0000-4000-8000-000000000001',
      link_type: 'porten:name:fi',
      value: 'Optima',
    })
    const newcomer = structuredClone(optima)
    newcomer.id = '8a0c3f0e-0000-4000-8000-000000000002'
    newcomer.name = 'Fiktiv utbildare'
    newcomer.organization_identifiers = [
      {
        id: '8a0c3f0e-0000-4000-8000-000000000003',
        identifier_type: 'porten-directory-entry',
        identifier: 'fiktiv-utbildare',
      },
    ]
    page.contents.push(newcomer)
    const result = (await admin.post('/api/v1/directory/hsds', page)).json()
    expect(result.created).toEqual(['fiktiv-utbildare'])
    expect(result.updated).toEqual(['optima'])

    const entry = (await admin.get('/api/v1/directory/entries/optima')).json()
    expect(entry).toMatchObject({
      website: 'https://example.org/optima',
      names: { sv: 'Optima samkommun', fi: 'Optima' },
      version: 2,
    })
    const history = (await admin.get('/api/v1/directory/entries/optima/history')).json().items
    expect(history[0]).toMatchObject({ change: 'import', fields: ['names', 'website'] })
    const made = (await admin.get('/api/v1/directory/entries/fiktiv-utbildare/history')).json()
      .items
    expect(made.map((h: { change: string }) => h.change)).toEqual(['import'])

    const again = await exportPage()
    expectValid(again)
    const second = (await admin.post('/api/v1/directory/hsds', again)).json()
    expect([second.created, second.updated]).toEqual([[], []])
  })

  it('keeps translations and validity when another system’s page has no Porten attributes', async () => {
    const page = structuredClone(await exportPage())
    const works = byName(page, 'Integration Works')!
    works.attributes = []
    works.description = 'Ett projekt för arbete.'
    const result = (await admin.post('/api/v1/directory/hsds', { contents: [works] })).json()
    expect(result.updated).toEqual(['integration-works'])
    const entry = (await admin.get('/api/v1/directory/entries/integration-works')).json()
    expect(entry).toMatchObject({
      kind: 'project',
      validUntil: '2026-04-30',
      names: { fi: 'Integration Works' },
      descriptions: { sv: 'Ett projekt för arbete.' },
    })
  })

  it('refuses a page it cannot read whole, naming where, and stores nothing', async () => {
    const page = structuredClone(await exportPage())
    const before = await directoryCounts(t.database.db)
    const stranger: Organization = {
      ...structuredClone(page.contents[0]!),
      id: '8a0c3f0e-0000-4000-8000-0000000000ff',
      organization_identifiers: [],
    }
    const insecure = structuredClone(page.contents[1]!)
    insecure.website = 'http://example.org'
    const twoPoints = structuredClone(byName(page, 'Integrationsporten Kronoby')!)
    ;(twoPoints.locations as { external_identifier: string }[])[0]!.external_identifier =
      'romporten'
    const problem = expectProblem(
      await admin.post('/api/v1/directory/hsds', {
        contents: [page.contents[2], stranger, insecure, twoPoints],
      }),
      400,
    )
    expect(problem.errors?.map((e) => e.path)).toEqual([
      'contents.1.organization_identifiers',
      expect.stringMatching(/^contents\.2\.\(.+\)\.website$/),
      'contents.3.locations.0.external_identifier',
    ])
    expect(await directoryCounts(t.database.db)).toEqual(before)
    expectProblem(await admin.post('/api/v1/directory/hsds', { contents: [{ name: 'x' }] }), 400)
  })

  // Found by the route fuzzer (test/fuzz): the table's CHECK refused the id and the import answered 500.
  it('refuses an entry id no entry can have, naming the identifier, and stores nothing', async () => {
    const page = structuredClone(await exportPage())
    const before = await directoryCounts(t.database.db)
    for (const bad of ['Fiktiv utbildare', 'fiktiv--utbildare', 'x\u0000', 'a'.repeat(61)]) {
      const newcomer = structuredClone(page.contents[0]!)
      newcomer.id = '8a0c3f0e-0000-4000-8000-000000000010'
      newcomer.organization_identifiers = [
        { identifier_type: 'other', identifier: 'x' },
        { identifier_type: 'porten-directory-entry', identifier: bad },
      ]
      const problem = expectProblem(
        await admin.post('/api/v1/directory/hsds', { contents: [newcomer] }),
        400,
      )
      expect(problem.errors?.map((e) => e.path)).toEqual([
        'contents.0.organization_identifiers.1.identifier',
      ])
    }
    expect(await directoryCounts(t.database.db)).toEqual(before)
  })
})
