import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import type { User } from '../users/users.js'
import { api, created, identityCode, newCustomerBody } from './customers.fixtures.js'
import { shareWithOrganisations } from './customers.queries.js'

// The customer routes against the real database (STYLE.md rule 9). Today is
// 2026-03-02 in Helsinki (the test clock). Who may call them is tested in
// customers.scopes.test.ts.

let t: TestApp
let counselor: User
let client: ReturnType<typeof api>

beforeAll(async () => {
  t = await createTestApp()
  counselor = await t.user('counselor', 'integration-unit')
  client = api(t, await t.token(counselor))
})
afterAll(() => t.close())

const customerCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('customer')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

const auditEntries = (customerId: string) =>
  t.database.db
    .selectFrom('audit_log')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('id')
    .execute()

describe('POST /api/v1/customers', () => {
  it('registers a customer with the proposed organisations and audits the field names', async () => {
    const code = identityCode(900)
    const relative = await client.register({ firstName: 'Relata', lastName: 'Provinen' })
    const response = await client.post(
      '/api/v1/customers',
      newCustomerBody({
        personalIdentityCode: code.toLowerCase(),
        residencePermitOn: '2025-10-15',
        jobSeekerStatus: 'not',
        phone: '+358 40 000 0000',
        email: 'testa@example.test',
        address: 'Exempelgatan 1, Jakobstad',
        interpreterNeeded: true,
        interpreterLanguage: 'ar',
        familyLinks: [{ customerId: relative.id, relation: 'spouse' }],
      }),
    )
    const body = created(response)
    expect(body).toMatchObject({
      firstName: 'Testa',
      lastName: 'Exempelsson',
      birthDate: '1990-01-01',
      personalIdentityCode: code,
      municipality: 'jakobstad',
      unemployedJobSeeker: false,
      jobSeekerStatus: 'not',
      categories: ['international-protection'],
      needsCoordination: false,
      languages: [{ code: 'ar', native: true }, { code: 'sv' }],
      arrivedOn: '2025-11-01',
      residencePermitOn: '2025-10-15',
      interpreterNeeded: true,
      interpreterLanguage: 'ar',
      familyLinks: [{ customerId: relative.id, relation: 'spouse', name: 'Relata Provinen' }],
      responsibleOrganisations: ['integration-unit'],
      proposedOrganisations: ['integration-unit'],
      responsibilityReason: null,
      closedOn: null,
      version: 1,
      createdAt: '2026-03-02T09:00:00.000Z',
    })

    const [entry, ...rest] = await auditEntries(body.id)
    expect(rest).toEqual([])
    expect(entry).toMatchObject({
      action: 'customer.create',
      access: 'write',
      actor_email: counselor.email,
    })
    expect(entry?.details).toEqual({
      fields: expect.arrayContaining(['personalIdentityCode', 'firstName', 'familyLinks']),
    })
    // Field names, never values.
    const details = JSON.stringify(entry?.details)
    for (const value of [code, 'Testa', 'Exempelsson', '1990-01-01', 'testa@example.test']) {
      expect(details).not.toContain(value)
    }
  })

  it('accepts the century signs introduced in 2023', async () => {
    const modern = identityCode(901, '1990-01-01', true)
    expect(modern).toMatch(/^010190Y901/)
    const body = await client.register({ personalIdentityCode: modern })
    expect(body.personalIdentityCode).toBe(modern)
    const young = identityCode(902, '2005-06-15', true)
    expect(young).toMatch(/^150605B902/)
    const minor = await client.register({ personalIdentityCode: young, birthDate: '2005-06-15' })
    expect(minor.birthDate).toBe('2005-06-15')
  })

  const badCode = (() => {
    const code = identityCode(903)
    const last = code.at(-1) === 'A' ? 'B' : 'A'
    return `${code.slice(0, -1)}${last}`
  })()

  it.each([
    ['a birth date in the future', { birthDate: '2026-03-03' }, 'birthDate'],
    ['an impossible date', { birthDate: '2025-02-30' }, 'birthDate'],
    [
      'an identity code with a wrong control character',
      { personalIdentityCode: badCode },
      'personalIdentityCode',
    ],
    [
      'an identity code of the wrong shape',
      { personalIdentityCode: '010190/9000' },
      'personalIdentityCode',
    ],
    [
      'an identity code for another birth date',
      { personalIdentityCode: identityCode(904, '1990-01-02') },
      'personalIdentityCode',
    ],
    ['an unknown municipality', { municipality: 'vasa' }, 'municipality'],
    ['an unknown category', { categories: ['tourist'] }, 'categories.0'],
    ['an unknown field', { shoeSize: 42 }, 'shoeSize'],
    [
      'unemployed with a status that is not',
      { unemployedJobSeeker: true, jobSeekerStatus: 'not' },
      'jobSeekerStatus',
    ],
    [
      'not unemployed with the status unemployed',
      { unemployedJobSeeker: false, jobSeekerStatus: 'unemployed' },
      'jobSeekerStatus',
    ],
    ['an arrival in the future', { arrivedOn: '2026-04-01' }, 'arrivedOn'],
    ['an arrival before birth', { arrivedOn: '1989-12-31' }, 'arrivedOn'],
    ['a residence permit before birth', { residencePermitOn: '1985-01-01' }, 'residencePermitOn'],
    ['a residence permit in the future', { residencePermitOn: '2027-01-01' }, 'residencePermitOn'],
    [
      'an interpreter language without the need',
      { interpreterLanguage: 'ar' },
      'interpreterLanguage',
    ],
    [
      'two native languages',
      {
        languages: [
          { code: 'ar', native: true },
          { code: 'fa', native: true },
        ],
      },
      'languages',
    ],
    ['one language twice', { languages: [{ code: 'ar' }, { code: 'ar' }] }, 'languages.1.code'],
    [
      'an unknown relative',
      { familyLinks: [{ customerId: randomUUID(), relation: 'child' }] },
      'familyLinks.0.customerId',
    ],
    ['a missing last name', { lastName: undefined }, 'lastName'],
  ])('refuses %s with 400 and stores nothing', async (_, overrides, path) => {
    const before = await customerCount()
    const problem = expectProblem(
      await client.post('/api/v1/customers', newCustomerBody(overrides)),
      400,
    )
    expect(problem.errors?.map((e) => e.path)).toContain(path)
    expect(problem.detail).toContain(path)
    expect(await customerCount()).toBe(before)
  })

  it('refuses a second customer with the same identity code (409), storing nothing', async () => {
    const code = identityCode(905)
    await client.register({ personalIdentityCode: code })
    const before = await customerCount()
    const problem = expectProblem(
      await client.post(
        '/api/v1/customers',
        newCustomerBody({ personalIdentityCode: code, firstName: 'Annan' }),
      ),
      409,
    )
    expect(problem.detail).toMatch(/already registered/)
    expect(problem.errors).toEqual([
      { path: 'personalIdentityCode', message: 'is already registered for another customer' },
    ])
    expect(await customerCount()).toBe(before)
  })

  it('proposes the employment area of Nykarleby for its unemployed job seekers', async () => {
    const osoCounselor = await t.user('counselor', 'employment-ostrobothnia')
    const body = await api(t, await t.token(osoCounselor)).register({
      municipality: 'nykarleby',
      unemployedJobSeeker: true,
      categories: [],
    })
    expect(body).toMatchObject({
      jobSeekerStatus: 'unemployed',
      responsibleOrganisations: ['employment-ostrobothnia'],
      proposedOrganisations: ['employment-ostrobothnia'],
    })
  })

  it('proposes the Integration Unit with the wellbeing county for a quota refugee', async () => {
    const body = await client.register({ categories: ['quota-refugee'] })
    expect(body.responsibleOrganisations).toEqual(['integration-unit', 'wellbeing-ostrobothnia'])
    // A multisectoral case is shared: the wellbeing county's counsellor sees it.
    const wellbeing = await t.user('counselor', 'wellbeing-ostrobothnia')
    const response = await api(t, await t.token(wellbeing)).get(`/api/v1/customers/${body.id}`)
    expect(response.statusCode).toBe(200)
  })

  it('lets a counsellor change the proposal only with a reason', async () => {
    const before = await customerCount()
    const changed = { responsibleOrganisations: ['wellbeing-ostrobothnia', 'integration-unit'] }
    const problem = expectProblem(
      await client.post('/api/v1/customers', newCustomerBody(changed)),
      400,
    )
    expect(problem.errors).toEqual([
      { path: 'responsibilityReason', message: expect.stringContaining('integration-unit') },
    ])
    expect(await customerCount()).toBe(before)

    const body = await client.register({
      ...changed,
      responsibilityReason: 'Needs health services coordinated from the start.',
    })
    expect(body).toMatchObject({
      responsibleOrganisations: ['integration-unit', 'wellbeing-ostrobothnia'],
      proposedOrganisations: ['integration-unit'],
      responsibilityReason: 'Needs health services coordinated from the start.',
    })
    // Naming the proposal itself needs no reason.
    const same = await client.register({ responsibleOrganisations: ['integration-unit'] })
    expect(same.responsibilityReason).toBeNull()
  })

  it("refuses (422) a record the caller's organisation would not serve", async () => {
    const before = await customerCount()
    const unemployed = { municipality: 'nykarleby', unemployedJobSeeker: true, categories: [] }
    const problem = expectProblem(
      await client.post('/api/v1/customers', newCustomerBody(unemployed)),
      422,
    )
    expect(problem.detail).toMatch(/could not see the record/)
    expect(await customerCount()).toBe(before)

    const body = await client.register({
      ...unemployed,
      responsibleOrganisations: ['employment-ostrobothnia', 'integration-unit'],
      responsibilityReason: 'Needs the Integration Unit for housing matters as well.',
    })
    expect(body.proposedOrganisations).toEqual(['employment-ostrobothnia'])
  })
})

describe('GET /api/v1/customers/{id}', () => {
  it('shows the record, audits the read, and leaves out names of relatives the caller may not see', async () => {
    const other = await t.user('counselor', 'employment-ostrobothnia')
    const otherClient = api(t, await t.token(other))
    // A relative served by both organisations at first, then by the other alone.
    const relative = await otherClient.register({
      firstName: 'Dolda',
      lastName: 'Mallikas',
      responsibleOrganisations: ['employment-ostrobothnia', 'integration-unit'],
      responsibilityReason: 'Joint case while the family settles.',
    })
    const sibling = await client.register({ firstName: 'Synlig', lastName: 'Mallikas' })
    const body = await client.register({
      firstName: 'Kalle',
      lastName: 'Mallikas',
      familyLinks: [
        { customerId: relative.id, relation: 'parent' },
        { customerId: sibling.id, relation: 'sibling' },
      ],
    })
    const narrowed = await otherClient.patch(`/api/v1/customers/${relative.id}`, {
      version: relative.version,
      responsibleOrganisations: ['employment-ostrobothnia'],
      responsibilityReason: 'The joint part is over.',
    })
    expect(narrowed.statusCode).toBe(200)

    const response = await client.get(`/api/v1/customers/${body.id}`)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      id: body.id,
      version: 1,
      proposedOrganisations: ['integration-unit'],
      familyLinks: expect.arrayContaining([
        { customerId: relative.id, relation: 'parent', name: '' },
        { customerId: sibling.id, relation: 'sibling', name: 'Synlig Mallikas' },
      ]),
    })
    const entries = await auditEntries(body.id)
    expect(entries.map((e) => [e.action, e.access])).toEqual([
      ['customer.create', 'write'],
      ['customer.read', 'read'],
    ])
  })

  it('answers 404 for an unknown customer and 400 for an id that is not one', async () => {
    expectProblem(await client.get(`/api/v1/customers/${randomUUID()}`), 404)
    const bad = expectProblem(await client.get('/api/v1/customers/42'), 400)
    expect(bad.errors?.[0]?.path).toBe('id')
  })
})

describe('GET /api/v1/customers', () => {
  // Only this block's customers are served by employment-jakobstad, so no others mix in.
  let searcher: ReturnType<typeof api>
  let searcherUser: User
  const people = [
    ['Ahmed', 'Exempelsson', '1985-04-12', 910],
    ['Ahmed', 'Provinen', '1979-11-30', 911],
    ['Fatima', 'Ahmbergsson', '1992-07-01', 912],
    ['Olena', 'Testberg', '1985-04-12', 913],
    ['Yusuf', 'Esimerkki', '2001-02-03', 914],
    ['Amina', 'Zetterprov', '1996-12-24', 915],
  ] as const
  const ids = new Map<string, string>()

  beforeAll(async () => {
    searcherUser = await t.user('counselor', 'employment-jakobstad')
    searcher = api(t, await t.token(searcherUser))
    for (const [firstName, lastName, birthDate, n] of people) {
      const body = await searcher.register({
        firstName,
        lastName,
        birthDate,
        personalIdentityCode: identityCode(n, birthDate),
        unemployedJobSeeker: true,
        categories: [],
        arrivedOn: undefined,
      })
      ids.set(`${firstName} ${lastName}`, body.id)
    }
  })

  const search = async (query: string) => {
    const response = await searcher.get(`/api/v1/customers?${query}`)
    expect(response.statusCode).toBe(200)
    return response.json() as {
      items: Array<{ id: string; firstName: string; lastName: string; birthDate: string }>
      next: string | null
    }
  }
  const names = (page: Awaited<ReturnType<typeof search>>) =>
    page.items.map((i) => `${i.firstName} ${i.lastName}`)

  it('lists every visible customer in name order when q is empty, and only those', async () => {
    const page = await search('')
    expect(names(page)).toEqual([
      'Fatima Ahmbergsson',
      'Yusuf Esimerkki',
      'Ahmed Exempelsson',
      'Ahmed Provinen',
      'Olena Testberg',
      'Amina Zetterprov',
    ])
    expect(page.next).toBeNull()
  })

  it('matches name words as prefixes of the first or last name, ignoring case', async () => {
    expect(names(await search('q=ahm'))).toEqual([
      'Fatima Ahmbergsson',
      'Ahmed Exempelsson',
      'Ahmed Provinen',
    ])
    expect(names(await search('q=AHMED%20ex'))).toEqual(['Ahmed Exempelsson'])
    expect(names(await search('q=provinen'))).toEqual(['Ahmed Provinen'])
    expect(names(await search('q=hmed'))).toEqual([])
    expect(names(await search('q=%25'))).toEqual([])
  })

  it('finds a customer by identity code (any case) and by birth date in either form', async () => {
    const code = identityCode(913, '1985-04-12')
    expect(names(await search(`q=${code.toLowerCase()}`))).toEqual(['Olena Testberg'])
    expect(names(await search('q=1985-04-12'))).toEqual(['Ahmed Exempelsson', 'Olena Testberg'])
    expect(names(await search('q=12.4.1985'))).toEqual(['Ahmed Exempelsson', 'Olena Testberg'])
    const bad = expectProblem(await searcher.get('/api/v1/customers?q=30.2.1985'), 400)
    expect(bad.errors?.[0]?.path).toBe('q')
  })

  it('pages by key through three pages of two, with no duplicates or gaps', async () => {
    const seen: string[] = []
    let next: string | null = null
    let pages = 0
    do {
      const page = await search(`limit=2${next ? `&cursor=${next}` : ''}`)
      expect(page.items.length).toBeLessThanOrEqual(2)
      seen.push(...names(page))
      next = page.next
      pages += 1
    } while (next && pages < 10)
    expect(pages).toBe(3)
    expect(seen).toEqual(names(await search('')))
    expect(new Set(seen).size).toBe(6)

    const bad = expectProblem(await searcher.get('/api/v1/customers?cursor=bm9wZQ'), 400)
    expect(bad.errors?.[0]?.path).toBe('cursor')
  })

  it('audits one read per customer shown', async () => {
    const id = ids.get('Yusuf Esimerkki')!
    const before = (await auditEntries(id)).length
    await search('q=yusuf')
    const entries = await auditEntries(id)
    expect(entries).toHaveLength(before + 1)
    expect(entries.at(-1)).toMatchObject({
      action: 'customer.search',
      access: 'read',
      actor_email: searcherUser.email,
      details: { page: true },
    })
  })
})

describe('PATCH /api/v1/customers/{id}', () => {
  it('saves changes on top of the current version and audits the changed fields', async () => {
    const body = await client.register({ interpreterNeeded: true, interpreterLanguage: 'ar' })
    const response = await client.patch(`/api/v1/customers/${body.id}`, {
      version: 1,
      phone: '+358 50 000 0001',
      municipality: 'larsmo',
      interpreterNeeded: false,
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      version: 2,
      phone: '+358 50 000 0001',
      municipality: 'larsmo',
      interpreterNeeded: false,
      // No longer needing an interpreter clears the language.
      interpreterLanguage: null,
      firstName: 'Testa',
    })
    const entries = await auditEntries(body.id)
    expect(entries.at(-1)).toMatchObject({
      action: 'customer.update',
      access: 'write',
      details: { fields: ['interpreterLanguage', 'interpreterNeeded', 'municipality', 'phone'] },
    })
  })

  it('clears optional facts sent as null, and keeps those left out', async () => {
    const body = await client.register({ phone: '+358 50 000 0002', address: 'Testgatan 1' })
    const response = await client.patch(`/api/v1/customers/${body.id}`, {
      version: 1,
      phone: null,
      arrivedOn: null,
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ phone: null, arrivedOn: null, address: 'Testgatan 1' })
    const notClearable = await client.patch(`/api/v1/customers/${body.id}`, {
      version: 2,
      birthDate: null,
    })
    expectProblem(notClearable, 400)
  })

  it('refuses a save based on an old version (409) and changes nothing', async () => {
    const body = await client.register()
    const first = await client.patch(`/api/v1/customers/${body.id}`, {
      version: 1,
      address: 'Storgatan 1',
    })
    expect(first.statusCode).toBe(200)
    const stored = await t.database.db
      .selectFrom('customer')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow()
    const auditsBefore = (await auditEntries(body.id)).length

    const second = expectProblem(
      await client.patch(`/api/v1/customers/${body.id}`, { version: 1, address: 'Lillgatan 2' }),
      409,
    )
    expect(second.detail).toMatch(/someone else saved/i)
    expect(second.detail).toContain('version 2')
    const after = await t.database.db
      .selectFrom('customer')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow()
    expect(after).toEqual(stored)
    expect(await auditEntries(body.id)).toHaveLength(auditsBefore)
  })

  it('applies the registration checks to the resulting record', async () => {
    const body = await client.register({ personalIdentityCode: identityCode(920) })
    const url = `/api/v1/customers/${body.id}`
    const wrongBirth = expectProblem(
      await client.patch(url, { version: 1, birthDate: '1990-01-02' }),
      400,
    )
    expect(wrongBirth.errors?.map((e) => e.path)).toEqual(['personalIdentityCode'])
    const future = expectProblem(
      await client.patch(url, { version: 1, arrivedOn: '2026-12-01' }),
      400,
    )
    expect(future.errors?.map((e) => e.path)).toEqual(['arrivedOn'])
    const jobSeeker = expectProblem(
      await client.patch(url, {
        version: 1,
        unemployedJobSeeker: false,
        jobSeekerStatus: 'unemployed',
      }),
      400,
    )
    expect(jobSeeker.errors?.map((e) => e.path)).toEqual(['jobSeekerStatus'])
    const self = expectProblem(
      await client.patch(url, {
        version: 1,
        familyLinks: [{ customerId: body.id, relation: 'other' }],
      }),
      400,
    )
    expect(self.errors?.map((e) => e.path)).toEqual(['familyLinks.0.customerId'])
    const unknown = expectProblem(await client.patch(url, { version: 1, nickname: 'T' }), 400)
    expect(unknown.errors?.map((e) => e.path)).toEqual(['nickname'])

    const taken = identityCode(921)
    await client.register({ personalIdentityCode: taken })
    expectProblem(await client.patch(url, { version: 1, personalIdentityCode: taken }), 409)

    // Unemployed alone settles the finer status.
    const ok = await client.patch(url, { version: 1, unemployedJobSeeker: true })
    expect(ok.json()).toMatchObject({ version: 2, jobSeekerStatus: 'unemployed' })
  })

  it('changes the responsible organisations only with a reason, and never away from the caller', async () => {
    const body = await client.register()
    const url = `/api/v1/customers/${body.id}`
    const both = ['integration-unit', 'wellbeing-ostrobothnia']
    const noReason = expectProblem(
      await client.patch(url, { version: 1, responsibleOrganisations: both }),
      400,
    )
    expect(noReason.errors?.map((e) => e.path)).toEqual(['responsibilityReason'])
    const away = expectProblem(
      await client.patch(url, {
        version: 1,
        responsibleOrganisations: ['wellbeing-ostrobothnia'],
        responsibilityReason: 'Handing over.',
      }),
      422,
    )
    expect(away.detail).toMatch(/could not see the record/)

    const response = await client.patch(url, {
      version: 1,
      responsibleOrganisations: both,
      responsibilityReason: 'Needs health services coordinated.',
    })
    expect(response.json()).toMatchObject({
      version: 2,
      responsibleOrganisations: both,
      proposedOrganisations: ['integration-unit'],
      responsibilityReason: 'Needs health services coordinated.',
    })
    expect((await auditEntries(body.id)).at(-1)?.details).toEqual({
      fields: ['responsibilityReason', 'responsibleOrganisations'],
    })
  })

  it('answers 404 for an unknown customer', async () => {
    expectProblem(
      await client.patch(`/api/v1/customers/${randomUUID()}`, { version: 1, phone: '+358 40 1' }),
      404,
    )
  })
})

describe('POST /api/v1/customers/{id}/closure', () => {
  it('closes a case between registration and today, once, and then refuses changes', async () => {
    const body = await client.register()
    const url = `/api/v1/customers/${body.id}/closure`
    const future = expectProblem(
      await client.post(url, { version: 1, closedOn: '2026-03-03', reason: 'moved-away' }),
      422,
    )
    expect(future.errors?.[0]?.path).toBe('closedOn')
    const early = expectProblem(
      await client.post(url, { version: 1, closedOn: '2026-03-01', reason: 'moved-away' }),
      422,
    )
    expect(early.detail).toMatch(/registered \(2026-03-02\)/)
    expectProblem(
      await client.post(url, { version: 1, closedOn: '2026-03-02', reason: 'on-holiday' }),
      400,
    )
    expectProblem(
      await client.post(url, { version: 7, closedOn: '2026-03-02', reason: 'moved-away' }),
      409,
    )

    const response = await client.post(url, {
      version: 1,
      closedOn: '2026-03-02',
      reason: 'moved-away',
    })
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      closedOn: '2026-03-02',
      closureReason: 'moved-away',
      version: 2,
    })
    expect((await auditEntries(body.id)).map((e) => e.action)).toEqual([
      'customer.create',
      'customer.close',
    ])

    expectProblem(
      await client.post(url, { version: 2, closedOn: '2026-03-02', reason: 'other' }),
      422,
    )
    const change = expectProblem(
      await client.patch(`/api/v1/customers/${body.id}`, { version: 2, phone: '+358 40 000 0002' }),
      422,
    )
    expect(change.detail).toMatch(/closed/)
  })
})

describe('GET /api/v1/customers/{id}/timeline', () => {
  it('lists everything that happened in the case in date order and audits the read', async () => {
    const body = await client.register({ residencePermitOn: '2025-10-01', arrivedOn: '2025-11-01' })
    const id = body.id
    const db = t.database.db
    const now = t.clock.now()
    const by = { created_by: counselor.id, created_at: now }
    const assessmentId = randomUUID()
    const planId = randomUUID()
    const reviewId = randomUUID()
    const participationId = randomUUID()
    const testId = randomUUID()
    await db
      .insertInto('assessment')
      .values({
        id: assessmentId,
        customer_id: id,
        kind: 'standard',
        completed_on: '2026-03-10',
        organisations: ['integration-unit'],
        content: JSON.stringify({ goals: 'private text' }),
        ...by,
        updated_at: now,
        version: 1,
      })
      .execute()
    await db
      .insertInto('plan')
      .values({
        id: planId,
        customer_id: id,
        assessment_id: assessmentId,
        plan_type: 'integration-plan',
        starts_on: '2026-03-20',
        valid_until: '2028-03-20',
        next_review_due: '2026-09-20',
        primary_goal: 'employment',
        long_term_goals: '',
        period_goals: '',
        services: '{}',
        organisations: ['integration-unit'],
        ...by,
        updated_at: now,
        version: 1,
      })
      .execute()
    await db
      .insertInto('plan_review')
      .values({
        id: reviewId,
        plan_id: planId,
        reviewed_on: '2026-09-15',
        reason: 'scheduled',
        notes: 'private note',
        ...by,
      })
      .execute()
    await db
      .insertInto('participation')
      .values({
        id: participationId,
        customer_id: id,
        service: 'integration-training',
        started_on: '2026-04-01',
        ended_on: '2026-12-18',
        interrupted: false,
        ...by,
        updated_at: now,
        version: 1,
      })
      .execute()
    await db
      .insertInto('language_test')
      .values({
        id: testId,
        customer_id: id,
        taken_on: '2026-12-18',
        language: 'sv',
        results: JSON.stringify({ reading: 'B1.1', speaking: 'A2.2' }),
        lowest_level: 'A2.2',
        reached_target: false,
        ...by,
      })
      .execute()

    const response = await client.get(`/api/v1/customers/${id}/timeline`)
    expect(response.statusCode).toBe(200)
    const items = response.json().items as Array<{
      on: string
      kind: string
      recordId: string | null
      summary: Record<string, unknown>
    }>
    expect(items.map((i) => [i.on, i.kind])).toEqual([
      ['2025-10-01', 'residence-permit'],
      ['2025-11-01', 'arrived'],
      ['2026-03-02', 'registered'],
      ['2026-03-10', 'assessment'],
      ['2026-03-20', 'plan'],
      ['2026-04-01', 'participation-started'],
      ['2026-09-15', 'review'],
      ['2026-12-18', 'language-test'],
      ['2026-12-18', 'participation-ended'],
    ])
    expect(items[3]).toMatchObject({ recordId: assessmentId, summary: { kind: 'standard' } })
    expect(items[4]).toMatchObject({ recordId: planId, summary: { planType: 'integration-plan' } })
    expect(items[6]).toMatchObject({ recordId: reviewId, summary: { planId } })
    expect(items[7]).toMatchObject({
      recordId: testId,
      summary: { lowestLevel: 'A2.2', reachedTarget: false },
    })
    // Only small facts, never the assessment's text.
    expect(response.body).not.toContain('private text')
    expect(response.body).not.toContain('private note')

    expect((await auditEntries(id)).at(-1)).toMatchObject({
      action: 'customer.timeline.read',
      access: 'read',
    })
  })

  it('ends with the closure', async () => {
    const body = await client.register({ arrivedOn: undefined })
    await client.post(`/api/v1/customers/${body.id}/closure`, {
      version: 1,
      closedOn: '2026-03-02',
      reason: 'declined',
    })
    const response = await client.get(`/api/v1/customers/${body.id}/timeline`)
    expect(response.json().items).toEqual([
      { on: '2026-03-02', kind: 'registered', recordId: null, summary: {} },
      { on: '2026-03-02', kind: 'closed', recordId: null, summary: { reason: 'declined' } },
    ])
  })
})

describe('shareWithOrganisations', () => {
  it('adds organisations once, raising the version, so their counsellors see the case', async () => {
    const body = await client.register()
    const wellbeing = api(t, await t.token(await t.user('counselor', 'wellbeing-ostrobothnia')))
    expectProblem(await wellbeing.get(`/api/v1/customers/${body.id}`), 404)

    await t.database.db
      .transaction()
      .execute((tx) =>
        shareWithOrganisations(tx, body.id, ['wellbeing-ostrobothnia', 'integration-unit']),
      )
    await t.database.db
      .transaction()
      .execute((tx) => shareWithOrganisations(tx, body.id, ['wellbeing-ostrobothnia']))

    const response = await wellbeing.get(`/api/v1/customers/${body.id}`)
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({
      responsibleOrganisations: ['integration-unit', 'wellbeing-ostrobothnia'],
      version: 2,
    })
    expect(
      await t.database.db
        .transaction()
        .execute((tx) => shareWithOrganisations(tx, randomUUID(), ['wellbeing-ostrobothnia'])),
    ).toBeUndefined()
  })
})
