import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import type { User } from '../users/users.js'
import { insertDirectoryEntry, visitApi, visitBody, visitCount } from './visits.fixtures.js'

// Walk-in visits at the info points (part 6, M7, L420). Roles are in
// visits.scopes.test.ts. The clock starts at 2026-03-02 11:00 in Helsinki.

const START = '2026-03-02T09:00:00Z'

let t: TestApp
let desk: User
let api: ReturnType<typeof visitApi>
beforeAll(async () => {
  t = await createTestApp({ now: START })
  desk = await t.user('front-desk')
  api = visitApi(t.app, await t.token(desk))
  await insertDirectoryEntry(t.database.db, 'fiktiv-forening')
})
afterAll(() => t.close())
beforeEach(() => t.clock.set(START))

const recorded = async (overrides: Record<string, unknown> = {}) => {
  const response = await api.record(visitBody(overrides))
  expect(response.statusCode, response.body).toBe(201)
  return response.json()
}

describe('POST /api/v1/visits', () => {
  it('records an anonymous visit with its Helsinki date, and the contract’s four fields suffice', async () => {
    const response = await api.record({
      at: '2026-03-02T10:30:00+02:00',
      location: 'kronoby',
      language: 'fi',
      topics: ['housing', 'benefits'],
    })
    expect(response.statusCode).toBe(201)
    const created = response.json()
    expect(created).toEqual({
      id: expect.any(String),
      at: '2026-03-02T08:30:00.000Z',
      visitDate: '2026-03-02',
      location: 'kronoby',
      language: 'fi',
      interpreterLanguage: null,
      topics: ['housing', 'benefits'],
      referredTo: [],
      version: 1,
      recordedByMe: true,
    })
    const row = await t.database.db
      .selectFrom('visit')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow()
    expect(row).toMatchObject({
      visit_date: '2026-03-02',
      recorded_by: desk.id,
      recorded_at: new Date(START),
    })
  })

  it('takes another language with an interpreter, and referrals to the directory and to authorities', async () => {
    const created = await recorded({
      language: 'other',
      interpreterLanguage: 'ar',
      topics: ['residence-permit'],
      referredTo: ['migri', 'fiktiv-forening', 'kela'],
    })
    expect(created).toMatchObject({
      language: 'other',
      interpreterLanguage: 'ar',
      referredTo: ['migri', 'fiktiv-forening', 'kela'],
    })
    // An interpreter is not required: the language may be unknown to the desk.
    expect((await recorded({ language: 'other' })).interpreterLanguage).toBeNull()
  })

  it('counts a visit on its calendar date in Helsinki, across midnight and summer time', async () => {
    t.clock.set('2026-01-01T10:00:00Z')
    const cases = [
      ['2026-01-01T00:30+02:00', '2026-01-01', '2025-12-31T22:30:00.000Z'],
      ['2025-12-31T22:30:00Z', '2026-01-01', '2025-12-31T22:30:00.000Z'],
      ['2025-12-31T21:59:59Z', '2025-12-31', '2025-12-31T21:59:59.000Z'],
      ['2025-12-31T23:59:00-05:00', '2026-01-01', '2026-01-01T04:59:00.000Z'],
    ] as const
    for (const [at, visitDate, utc] of cases) {
      expect(await recorded({ at }), at).toMatchObject({ at: utc, visitDate })
    }
    t.clock.set('2026-07-01T06:00:00Z')
    expect(await recorded({ at: '2026-06-30T21:30:00Z' })).toMatchObject({
      visitDate: '2026-07-01',
    })
  })

  it('allows five minutes of clock skew and a week back, to the start of that Helsinki day', async () => {
    expect((await api.record(visitBody({ at: '2026-03-02T09:05:00Z' }))).statusCode).toBe(201)
    // 2026-02-23 starts at 2026-02-22T22:00Z in Helsinki.
    const weekBack = await recorded({ at: '2026-02-22T22:00:00Z' })
    expect(weekBack.visitDate).toBe('2026-02-23')
  })

  it('refuses bad input with the field’s path, storing nothing', async () => {
    const cases: [string, Record<string, unknown>, string[]][] = [
      ['an unknown location', visitBody({ location: 'larsmo' }), ['location']],
      ['an unknown language', visitBody({ language: 'ar' }), ['language']],
      ['an unknown topic', visitBody({ topics: ['work', 'taxes'] }), ['topics.1']],
      ['no topic', visitBody({ topics: [] }), ['topics']],
      ['a topic twice', visitBody({ topics: ['work', 'work'] }), ['topics']],
      ['no topics at all', visitBody({ topics: undefined }), ['topics']],
      ['an unknown field', visitBody({ name: 'Amina' }), ['name']],
      ['free text', visitBody({ notes: 'asked about Kela' }), ['notes']],
      [
        'an identity code',
        visitBody({ personalIdentityCode: '010190-123A' }),
        ['personalIdentityCode'],
      ],
      ['a time in the future', visitBody({ at: '2026-03-02T09:05:01Z' }), ['at']],
      ['a time tomorrow', visitBody({ at: '2026-03-03T10:00:00+02:00' }), ['at']],
      ['8 days back', visitBody({ at: '2026-02-22T21:59:59Z' }), ['at']],
      ['years back', visitBody({ at: '2019-03-02T10:00:00+02:00' }), ['at']],
      ['a time without offset', visitBody({ at: '2026-03-02T10:00:00' }), ['at']],
      ['a date only', visitBody({ at: '2026-03-02' }), ['at']],
      ['no time', visitBody({ at: undefined }), ['at']],
      [
        'an interpreter with Swedish',
        visitBody({ language: 'sv', interpreterLanguage: 'ar' }),
        ['interpreterLanguage'],
      ],
      [
        'an interpreter language that is no code',
        visitBody({ language: 'other', interpreterLanguage: 'Arabic' }),
        ['interpreterLanguage'],
      ],
      [
        'an unknown referral',
        visitBody({ referredTo: ['kela', 'no-such-place'] }),
        ['referredTo.1'],
      ],
      ['a referral that is no id', visitBody({ referredTo: ['Kela office'] }), ['referredTo.0']],
      ['a referral twice', visitBody({ referredTo: ['kela', 'kela'] }), ['referredTo']],
      [
        'more than 20 referrals',
        visitBody({ referredTo: Array.from({ length: 21 }, (_, i) => `place-${i}`) }),
        ['referredTo'],
      ],
    ]
    const before = await visitCount(t.database.db)
    for (const [what, body, paths] of cases) {
      const problem = expectProblem(await api.record(body), 400)
      expect(
        problem.errors?.map((e) => e.path),
        what,
      ).toEqual(paths)
    }
    expect(await visitCount(t.database.db)).toBe(before)
  })

  it('explains a time too far back with the earliest day allowed', async () => {
    const problem = expectProblem(
      await api.record(visitBody({ at: '2026-02-20T10:00:00+02:00' })),
      400,
    )
    expect(problem.errors).toEqual([
      { path: 'at', message: 'must be at most 7 days back: 2026-02-23 or later' },
    ])
  })
})

describe('GET /api/v1/visits', () => {
  it('lists the visits the caller recorded on a day, latest first, optionally at one point', async () => {
    const mine = visitApi(t.app, await t.token(await t.user('front-desk')))
    const other = visitApi(t.app, await t.token(await t.user('counselor')))
    const early = (await mine.record(visitBody({ at: '2026-03-02T08:15:00+02:00' }))).json()
    const late = (
      await mine.record(visitBody({ at: '2026-03-02T10:45:00+02:00', location: 'nykarleby' }))
    ).json()
    const yesterday = (await mine.record(visitBody({ at: '2026-03-01T16:00:00+02:00' }))).json()
    await other.record(visitBody())

    expect((await mine.list()).json()).toEqual({ items: [late, early] })
    expect((await mine.list('?date=2026-03-02&location=jakobstad')).json()).toEqual({
      items: [early],
    })
    expect((await mine.list('?date=2026-03-01')).json()).toEqual({ items: [yesterday] })
    expect((await mine.list('?date=2026-02-01')).json()).toEqual({ items: [] })

    expectProblem(await mine.list('?date=2026-02-30'), 400)
    expectProblem(await mine.list('?location=larsmo'), 400)
    expectProblem(await mine.list('?customerId=x'), 400)
  })
})

describe('PATCH /api/v1/visits/{id}', () => {
  it('corrects a visit and refuses a stale version (409), keeping the correction', async () => {
    const created = await recorded({ language: 'other', interpreterLanguage: 'ar' })
    const corrected = await api.correct(created.id, {
      version: 1,
      topics: ['studies', 'language-courses'],
      referredTo: ['fiktiv-forening'],
      at: '2026-03-02T10:40:00+02:00',
    })
    expect(corrected.statusCode).toBe(200)
    expect(corrected.json()).toMatchObject({
      at: '2026-03-02T08:40:00.000Z',
      language: 'other',
      interpreterLanguage: 'ar',
      topics: ['studies', 'language-courses'],
      referredTo: ['fiktiv-forening'],
      version: 2,
    })

    expectProblem(await api.correct(created.id, { version: 1, topics: ['health'] }), 409)
    const [saved] = (await api.list())
      .json()
      .items.filter((v: { id: string }) => v.id === created.id)
    expect(saved).toMatchObject({ topics: ['studies', 'language-courses'], version: 2 })

    // Moving to Swedish takes the interpreter with it.
    const swedish = await api.correct(created.id, { version: 2, language: 'sv' })
    expect(swedish.json()).toMatchObject({ language: 'sv', interpreterLanguage: null, version: 3 })
  })

  it('corrects yesterday’s visit, and may move a visit within today and yesterday only', async () => {
    const created = await recorded({ at: '2026-03-01T15:00:00+02:00' })
    expect(
      (await api.correct(created.id, { version: 1, at: '2026-03-02T09:00:00+02:00' })).json(),
    ).toMatchObject({ visitDate: '2026-03-02', version: 2 })
    const outside = expectProblem(
      await api.correct(created.id, { version: 2, at: '2026-02-27T09:00:00+02:00' }),
      422,
    )
    expect(outside.errors?.map((e) => e.path)).toEqual(['at'])
    const future = expectProblem(
      await api.correct(created.id, { version: 2, at: '2026-03-02T12:00:00+02:00' }),
      400,
    )
    expect(future.errors?.map((e) => e.path)).toEqual(['at'])
  })

  it('refuses bad corrections with the field’s path, changing nothing', async () => {
    const created = await recorded()
    const cases: [string, Record<string, unknown>, string[]][] = [
      [
        'an interpreter with Swedish',
        { version: 1, interpreterLanguage: 'ar' },
        ['interpreterLanguage'],
      ],
      ['an unknown referral', { version: 1, referredTo: ['nowhere'] }, ['referredTo.0']],
      ['an unknown topic', { version: 1, topics: ['taxes'] }, ['topics.0']],
      ['no topic', { version: 1, topics: [] }, ['topics']],
      ['an unknown location', { version: 1, location: 'pedersore' }, ['location']],
      ['an unknown field', { version: 1, recordedBy: desk.id }, ['recordedBy']],
      ['no version', { topics: ['work'] }, ['version']],
    ]
    for (const [what, body, paths] of cases) {
      const problem = expectProblem(await api.correct(created.id, body), 400)
      expect(
        problem.errors?.map((e) => e.path),
        what,
      ).toEqual(paths)
    }
    const [saved] = (await api.list())
      .json()
      .items.filter((v: { id: string }) => v.id === created.id)
    expect(saved).toEqual(created)
  })

  it('lets only the recorder correct, and only today’s and yesterday’s visits', async () => {
    const created = await recorded()
    const colleague = visitApi(t.app, await t.token(await t.user('front-desk')))
    expectProblem(await colleague.correct(created.id, { version: 1, topics: ['health'] }), 403)
    expectProblem(
      await api.correct('00000000-0000-4000-8000-000000000000', { version: 1, topics: ['health'] }),
      404,
    )
    expectProblem(await api.correct('not-a-uuid', { version: 1, topics: ['health'] }), 400)

    const twoDaysAgo = await recorded({ at: '2026-02-28T15:00:00+02:00' })
    expectProblem(await api.correct(twoDaysAgo.id, { version: 1, topics: ['health'] }), 422)
    // A day later, yesterday's visit is out of reach too.
    const yesterday = await recorded({ at: '2026-03-01T15:00:00+02:00' })
    t.clock.set('2026-03-03T09:00:00Z')
    expectProblem(await api.correct(yesterday.id, { version: 1, topics: ['health'] }), 422)
    // Midnight in Helsinki, not UTC, ends the window: 23:30 UTC on 3 March is 4 March.
    const today = await recorded({ at: '2026-03-03T10:00:00+02:00' })
    t.clock.set('2026-03-04T22:30:00Z')
    expectProblem(await api.correct(today.id, { version: 1, topics: ['health'] }), 422)
  })
})

describe('DELETE /api/v1/visits/{id}', () => {
  it('removes a mistaken visit by its recorder, with the version it saw', async () => {
    const created = await recorded()
    const before = await visitCount(t.database.db)
    expectProblem(await api.remove(created.id, 2), 409)
    expectProblem(await api.send('DELETE', `/api/v1/visits/${created.id}`), 400)
    expect(await visitCount(t.database.db)).toBe(before)

    const removed = await api.remove(created.id, 1)
    expect(removed.statusCode).toBe(204)
    expect(removed.body).toBe('')
    expect(await visitCount(t.database.db)).toBe(before - 1)
    expectProblem(await api.remove(created.id, 1), 404)
  })

  it('follows the correction rules: the recorder only, today or yesterday', async () => {
    const created = await recorded()
    const colleague = visitApi(t.app, await t.token(await t.user('counselor')))
    expectProblem(await colleague.remove(created.id, 1), 403)
    const old = await recorded({ at: '2026-02-27T12:00:00+02:00' })
    expectProblem(await api.remove(old.id, 1), 422)
    const yesterday = await recorded({ at: '2026-03-01T23:59:00+02:00' })
    expect((await api.remove(yesterday.id, 1)).statusCode).toBe(204)
  })
})
