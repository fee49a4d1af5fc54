import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import type { FollowUpReport } from '../shared/api/reports.schemas.js'
import type { StaffOrganisationId } from '../shared/organisations.js'
import type { User } from '../users/users.js'
import { allSkills, historyBuilder, reportApi } from './follow-up.fixtures.js'

// GET /api/v1/reports/follow-up: every figure against hand-built histories
// at the period's edges (issue 6). Each scenario has a database of its own,
// so its totals are exactly what it built. Roles are in
// follow-up.scopes.test.ts; publication mode in suppression.test.ts too.

const YEAR = 'from=2026-01-01&to=2026-12-31'

interface Scenario {
  t: TestApp
  counselor: User
  history: ReturnType<typeof historyBuilder>
  report(query?: string): Promise<FollowUpReport>
  staff(org: StaffOrganisationId): Promise<User>
}

/** A database of its own for a describe block; today is 15 January 2027 in Helsinki. */
function scenario(now = '2027-01-15T10:00:00Z'): Scenario {
  const s = {} as Scenario
  beforeAll(async () => {
    s.t = await createTestApp({ now })
    s.counselor = await s.t.user('counselor', 'integration-unit')
    s.history = historyBuilder(s.t.database.db, s.counselor.id)
    const api = reportApi(s.t.app, await s.t.token(await s.t.user('manager')))
    s.report = async (query = YEAR) => {
      const response = await api.get(query)
      expect(response.statusCode, response.body).toBe(200)
      return response.json() as FollowUpReport
    }
    s.staff = (org) => s.t.user('front-desk', org)
  })
  afterAll(() => s.t.close())
  return s
}

const row = (rows: FollowUpReport['breakdowns']['month'], key: string) =>
  rows.find((r) => r.key === key)?.metrics

describe('assessments and visits at the period’s edges', () => {
  const s = scenario()
  beforeAll(async () => {
    const { history } = s
    const customer = await history.customer()
    for (const day of ['2025-12-31', '2026-01-01', '2026-12-31', '2027-01-01']) {
      await history.assessment(customer, day)
    }
    await history.assessment(customer, '2026-06-15', { kind: 'multisectoral' })
    // 00:30 on 1 January in Helsinki: the new year, though still 31 December in UTC.
    await history.visit({ at: '2025-12-31T22:30:00Z' })
    await history.visit({ at: '2026-12-31T21:59:00Z' }) // 23:59 on 31 December
    await history.visit({ at: '2026-12-31T22:30:00Z' }) // 00:30 on 1 January 2027
  })

  it('counts the first and last day of the period and nothing outside it', async () => {
    const report = await s.report()
    expect(report).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
      municipality: null,
      organisation: null,
      publication: false,
      asOf: '2026-12-31',
    })
    expect(report.metrics).toEqual({
      assessments: 2,
      'multisectoral-assessments': 1,
      'civic-orientation-participants': 0,
      'integration-training-participants': 0,
      'integration-training-reached-b1-1': 0,
      'integrationsporten-visits': 2,
      'registered-integration-customers': 0,
    })
  })

  it('dates a visit by the Helsinki calendar: 00:30 on 1 January belongs to the new year', async () => {
    const january = await s.report('from=2027-01-01&to=2027-01-31')
    expect(january.metrics['integrationsporten-visits']).toBe(1)
    expect(january.metrics.assessments).toBe(1)
    const year = await s.report()
    expect(row(year.breakdowns.month, '2026-01')?.['integrationsporten-visits']).toBe(1)
    expect(row(year.breakdowns.month, '2026-12')?.['integrationsporten-visits']).toBe(1)
  })

  it('lists every month of the period, zeros included, and puts events in their month', async () => {
    const { breakdowns } = await s.report()
    expect(breakdowns.month.map((r) => r.key)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ])
    expect(row(breakdowns.month, '2026-01')?.assessments).toBe(1)
    expect(row(breakdowns.month, '2026-12')?.assessments).toBe(1)
    expect(row(breakdowns.month, '2026-06')?.['multisectoral-assessments']).toBe(1)
    expect(row(breakdowns.month, '2026-03')).toEqual({
      assessments: 0,
      'multisectoral-assessments': 0,
      'civic-orientation-participants': 0,
      'integration-training-participants': 0,
      'integration-training-reached-b1-1': 0,
      'integrationsporten-visits': 0,
      'registered-integration-customers': 0,
    })
    // A period from the middle of a month touches that month.
    const short = await s.report('from=2026-01-20&to=2026-03-05')
    expect(short.breakdowns.month.map((r) => r.key)).toEqual(['2026-01', '2026-02', '2026-03'])
  })
})

describe('civic orientation and integration training participants', () => {
  const s = scenario()
  beforeAll(async () => {
    const { history } = s
    const started2019 = await history.customer()
    await history.participation(started2019, 'civic-orientation', '2019-03-01') // still open
    const endedBefore = await history.customer()
    await history.participation(endedBefore, 'civic-orientation', '2025-01-10', {
      endedOn: '2025-12-31',
    })
    const twoOverlapping = await history.customer()
    await history.participation(twoOverlapping, 'integration-training', '2026-02-01', {
      endedOn: '2026-05-31',
    })
    await history.participation(twoOverlapping, 'integration-training', '2026-04-01')
    const startsLastDay = await history.customer()
    await history.participation(startsLastDay, 'integration-training', '2026-12-31')
    const endsFirstDay = await history.customer()
    await history.participation(endsFirstDay, 'civic-orientation', '2025-10-01', {
      endedOn: '2026-01-01',
    })
    const interrupted = await history.customer()
    await history.participation(interrupted, 'integration-training', '2025-09-01', {
      endedOn: '2026-03-15',
      interrupted: true,
    })
    const interruptedBefore = await history.customer()
    await history.participation(interruptedBefore, 'integration-training', '2024-09-01', {
      endedOn: '2025-06-30',
      interrupted: true,
    })
    const startsAfter = await history.customer()
    await history.participation(startsAfter, 'civic-orientation', '2027-01-01')
  })

  it('counts each customer once, open-ended participations from years back included', async () => {
    const { metrics, steering } = await s.report()
    expect(metrics['civic-orientation-participants']).toBe(2)
    expect(metrics['integration-training-participants']).toBe(3)
    expect(steering).toMatchObject({
      'civic-orientation-completed': 1,
      'civic-orientation-interrupted': 0,
      'integration-training-completed': 1,
      'integration-training-interrupted': 1,
    })
  })

  it('counts a customer in every month they took part in, once a month', async () => {
    const { breakdowns } = await s.report()
    const training = (month: string) =>
      row(breakdowns.month, month)?.['integration-training-participants']
    const civic = (month: string) =>
      row(breakdowns.month, month)?.['civic-orientation-participants']
    expect(['01', '02', '03', '04', '05', '06', '12'].map((m) => training(`2026-${m}`))).toEqual([
      1, 2, 2, 1, 1, 1, 2,
    ])
    expect(civic('2026-01')).toBe(2)
    expect(civic('2026-02')).toBe(1)
  })

  it('counts the participation that ended the day before in the previous period', async () => {
    const { metrics, steering } = await s.report('from=2025-12-31&to=2025-12-31')
    expect(metrics['civic-orientation-participants']).toBe(3)
    expect(steering['civic-orientation-completed']).toBe(1)
  })
})

describe('distinct customers by month, against a naive count', () => {
  const s = scenario()
  // Records with gaps, overlaps, open ends and early ends, from a fixed pseudo-random sequence.
  const records: Array<{
    customer: number
    kind: 'plan' | 'civic-orientation' | 'integration-training'
    first: string
    last: string | null
  }> = []
  let state = 7
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
  }
  const dayOf = (offset: number) =>
    new Date(Date.UTC(2025, 6, 1) + offset * 86_400_000).toISOString().slice(0, 10)
  for (let customer = 0; customer < 30; customer++) {
    for (let r = 0; r < 2 + next(4); r++) {
      const start = next(550)
      const kind = (['plan', 'civic-orientation', 'integration-training'] as const)[next(3)]!
      const open = kind !== 'plan' && next(4) === 0
      records.push({
        customer,
        kind,
        first: dayOf(start),
        last: open ? null : dayOf(start + next(120)),
      })
    }
  }
  beforeAll(async () => {
    const ids: string[] = []
    for (let i = 0; i < 30; i++) ids.push(await s.history.customer())
    for (const r of records) {
      const id = ids[r.customer]!
      if (r.kind === 'plan') await s.history.plan(id, { startsOn: r.first, endedOn: r.last })
      else await s.history.participation(id, r.kind, r.first, r.last ? { endedOn: r.last } : {})
    }
  })

  it('counts each customer once in every month any of their records touches', async () => {
    const { breakdowns, metrics } = await s.report('from=2026-01-15&to=2026-11-10')
    const figureOf = {
      plan: 'registered-integration-customers',
      'civic-orientation': 'civic-orientation-participants',
      'integration-training': 'integration-training-participants',
    } as const
    for (const [kind, figure] of Object.entries(figureOf)) {
      for (const row of breakdowns.month) {
        const monthFirst = row.key === '2026-01' ? '2026-01-15' : `${row.key}-01`
        const monthLast = row.key === '2026-11' ? '2026-11-10' : `${row.key}-31`
        const customers = new Set(
          records
            .filter(
              (r) => r.kind === kind && r.first <= monthLast && (r.last ?? '9999') >= monthFirst,
            )
            .map((r) => r.customer),
        )
        expect(row.metrics[figure], `${figure} ${row.key}`).toBe(customers.size)
      }
      const inPeriod = records.filter(
        (r) => r.kind === kind && r.first <= '2026-11-10' && (r.last ?? '9999') >= '2026-01-15',
      )
      expect(metrics[figure]).toBe(new Set(inPeriod.map((r) => r.customer)).size)
    }
  })
})

describe('customers who reached B1.1', () => {
  const s = scenario()
  beforeAll(async () => {
    const { history } = s
    const oneSkillBelow = await history.customer()
    await history.languageTest(oneSkillBelow, '2026-06-01', {
      ...allSkills('B2.1'),
      writing: 'A2.2',
    })
    const allB11 = await history.customer()
    await history.languageTest(allB11, '2026-12-31', allSkills('B1.1'))
    const dayAfter = await history.customer()
    await history.languageTest(dayAfter, '2027-01-01', allSkills('B2.2'))
    const twice = await history.customer()
    await history.languageTest(twice, '2026-03-10', allSkills('B1.2'))
    await history.languageTest(twice, '2026-09-10', allSkills('B1.1'))
  })

  it('counts customers whose lowest skill is B1.1 or higher, once, in the period only', async () => {
    const { metrics, breakdowns } = await s.report()
    expect(metrics['integration-training-reached-b1-1']).toBe(2)
    const reached = (month: string) =>
      row(breakdowns.month, month)?.['integration-training-reached-b1-1']
    expect(['03', '06', '09', '12'].map((m) => reached(`2026-${m}`))).toEqual([1, 0, 1, 1])
    const next = await s.report('from=2027-01-01&to=2027-12-31')
    expect(next.metrics['integration-training-reached-b1-1']).toBe(1)
  })
})

describe('registered integration customers', () => {
  const s = scenario()
  beforeAll(async () => {
    const { history } = s
    const endedEarly = await history.customer()
    await history.plan(endedEarly, { startsOn: '2024-03-01', endedOn: '2025-11-30' })
    const endsFirstDay = await history.customer()
    await history.plan(endsFirstDay, { startsOn: '2024-06-01', endedOn: '2026-01-01' })
    const startsLastDay = await history.customer()
    await history.plan(startsLastDay, { startsOn: '2026-12-31' })
    const startsAfter = await history.customer()
    await history.plan(startsAfter, { startsOn: '2027-01-01' })
    const twoPlans = await history.customer()
    await history.plan(twoPlans, { startsOn: '2026-02-01', endedOn: '2026-05-31' })
    await history.plan(twoPlans, { startsOn: '2026-06-01' })
    const runsOut = await history.customer()
    await history.plan(runsOut, { startsOn: '2024-06-01', validUntil: '2026-05-31' })
    const ranOut = await history.customer()
    await history.plan(ranOut, { startsOn: '2024-01-01', validUntil: '2025-12-31' })
    const replacedOnFirstDay = await history.customer()
    await history.plan(replacedOnFirstDay, { startsOn: '2026-03-01', endedOn: '2026-02-28' })
  })

  it('counts a customer with a plan in force on some day of the period, once', async () => {
    const { metrics, breakdowns } = await s.report()
    expect(metrics['registered-integration-customers']).toBe(4)
    const registered = (month: string) =>
      row(breakdowns.month, month)?.['registered-integration-customers']
    expect(['01', '02', '05', '06', '12'].map((m) => registered(`2026-${m}`))).toEqual([
      2, 2, 2, 1, 2,
    ])
  })

  it('counts a plan ended on the period’s first day, not one ended the day before', async () => {
    const day = await s.report('from=2026-01-01&to=2026-01-01')
    expect(day.metrics['registered-integration-customers']).toBe(2)
    const before = await s.report('from=2025-12-01&to=2025-12-01')
    expect(before.metrics['registered-integration-customers']).toBe(3)
  })
})

describe('filters and breakdowns', () => {
  const s = scenario()
  beforeAll(async () => {
    const { history } = s
    const arabic = await history.customer({ languages: [{ code: 'ar', native: true }] })
    await history.assessment(arabic, '2026-03-01')
    await history.participation(arabic, 'civic-orientation', '2026-02-01')
    const persian = await history.customer({
      municipality: 'kronoby',
      languages: [{ code: 'fa' }, { code: 'sv' }],
      organisations: ['employment-jakobstad', 'integration-unit'],
    })
    await history.assessment(persian, '2026-04-01', { organisations: ['employment-jakobstad'] })
    await history.participation(persian, 'integration-training', '2026-01-10')
    await history.languageTest(persian, '2026-05-05', allSkills('B1.1'))
    const unknown = await history.customer({ municipality: 'kronoby', languages: [] })
    const multisectoral = await history.assessment(unknown, '2026-05-01', {
      kind: 'multisectoral',
    })
    await history.plan(unknown, {
      startsOn: '2026-06-01',
      assessmentId: multisectoral,
      organisations: ['integration-unit', 'employment-jakobstad'],
    })
    const somali = await history.customer({
      municipality: 'nykarleby',
      languages: [{ code: 'sv' }, { code: 'so', native: true }],
      organisations: ['employment-ostrobothnia'],
    })
    await history.assessment(somali, '2026-07-01', { organisations: ['employment-ostrobothnia'] })

    const unitDesk = await s.staff('integration-unit')
    const employmentDesk = await s.staff('employment-jakobstad')
    await history.visit({
      at: '2026-02-10T10:00:00+02:00',
      location: 'jakobstad',
      language: 'sv',
      topics: ['work', 'housing'],
      recordedBy: unitDesk.id,
    })
    await history.visit({
      at: '2026-02-11T10:00:00+02:00',
      location: 'romporten',
      language: 'fi',
      topics: ['studies'],
      recordedBy: unitDesk.id,
    })
    await history.visit({
      at: '2026-03-01T10:00:00+02:00',
      location: 'kronoby',
      language: 'en',
      topics: ['health'],
      recordedBy: employmentDesk.id,
    })
    await history.visit({
      at: '2026-03-02T10:00:00+02:00',
      location: 'nykarleby',
      language: 'other',
      topics: ['work'],
      recordedBy: employmentDesk.id,
    })
  })

  const metrics = (values: Partial<FollowUpReport['metrics']>) => ({
    assessments: 0,
    'multisectoral-assessments': 0,
    'civic-orientation-participants': 0,
    'integration-training-participants': 0,
    'integration-training-reached-b1-1': 0,
    'integrationsporten-visits': 0,
    'registered-integration-customers': 0,
    ...values,
  })

  it('totals the whole region', async () => {
    const report = await s.report()
    expect(report.metrics).toEqual(
      metrics({
        assessments: 3,
        'multisectoral-assessments': 1,
        'civic-orientation-participants': 1,
        'integration-training-participants': 1,
        'integration-training-reached-b1-1': 1,
        'integrationsporten-visits': 4,
        'registered-integration-customers': 1,
      }),
    )
  })

  it('breaks down by the customer’s municipality, visits by their info point’s, every municipality listed', async () => {
    const { breakdowns } = await s.report()
    expect(breakdowns.municipality).toEqual([
      {
        key: 'jakobstad',
        metrics: metrics({
          assessments: 1,
          'civic-orientation-participants': 1,
          'integrationsporten-visits': 2,
        }),
      },
      {
        key: 'kronoby',
        metrics: metrics({
          assessments: 1,
          'multisectoral-assessments': 1,
          'integration-training-participants': 1,
          'integration-training-reached-b1-1': 1,
          'integrationsporten-visits': 1,
          'registered-integration-customers': 1,
        }),
      },
      { key: 'larsmo', metrics: metrics({}) },
      {
        key: 'nykarleby',
        metrics: metrics({ assessments: 1, 'integrationsporten-visits': 1 }),
      },
      { key: 'pedersore', metrics: metrics({}) },
    ])
  })

  it('breaks down by organisation: the record’s own, the customer’s responsible ones, the recorder’s', async () => {
    const { breakdowns } = await s.report()
    expect(breakdowns.organisation).toEqual([
      {
        key: 'integration-unit',
        metrics: metrics({
          assessments: 1,
          'multisectoral-assessments': 1,
          'civic-orientation-participants': 1,
          'integration-training-participants': 1,
          'integration-training-reached-b1-1': 1,
          'integrationsporten-visits': 2,
          'registered-integration-customers': 1,
        }),
      },
      {
        key: 'employment-jakobstad',
        metrics: metrics({
          assessments: 1,
          'integration-training-participants': 1,
          'integration-training-reached-b1-1': 1,
          'integrationsporten-visits': 2,
          'registered-integration-customers': 1,
        }),
      },
      { key: 'employment-ostrobothnia', metrics: metrics({ assessments: 1 }) },
      { key: 'wellbeing-ostrobothnia', metrics: metrics({ 'multisectoral-assessments': 1 }) },
    ])
  })

  it('breaks down by native language (the marked one, else the first, else und) and language of service', async () => {
    const { breakdowns } = await s.report()
    expect(breakdowns.language).toEqual([
      { key: 'ar', metrics: metrics({ assessments: 1, 'civic-orientation-participants': 1 }) },
      { key: 'en', metrics: metrics({ 'integrationsporten-visits': 1 }) },
      {
        key: 'fa',
        metrics: metrics({
          assessments: 1,
          'integration-training-participants': 1,
          'integration-training-reached-b1-1': 1,
        }),
      },
      { key: 'fi', metrics: metrics({ 'integrationsporten-visits': 1 }) },
      { key: 'other', metrics: metrics({ 'integrationsporten-visits': 1 }) },
      { key: 'so', metrics: metrics({ assessments: 1 }) },
      { key: 'sv', metrics: metrics({ 'integrationsporten-visits': 1 }) },
      {
        key: 'und',
        metrics: metrics({
          'multisectoral-assessments': 1,
          'registered-integration-customers': 1,
        }),
      },
    ])
  })

  it('breaks visits down by info point, topic and language of service', async () => {
    const { visits } = await s.report()
    expect(visits).toEqual({
      infoPoint: [
        { key: 'jakobstad', count: 1 },
        { key: 'nykarleby', count: 1 },
        { key: 'kronoby', count: 1 },
        { key: 'romporten', count: 1 },
      ],
      topic: [
        { key: 'housing', count: 1 },
        { key: 'work', count: 2 },
        { key: 'studies', count: 1 },
        { key: 'health', count: 1 },
      ],
      language: [
        { key: 'sv', count: 1 },
        { key: 'fi', count: 1 },
        { key: 'en', count: 1 },
        { key: 'other', count: 1 },
      ],
    })
  })

  it('filters by municipality: the customer’s, and for visits the info point’s', async () => {
    const kronoby = await s.report(`${YEAR}&municipality=kronoby`)
    expect(kronoby.municipality).toBe('kronoby')
    expect(kronoby.metrics).toEqual(
      metrics({
        assessments: 1,
        'multisectoral-assessments': 1,
        'integration-training-participants': 1,
        'integration-training-reached-b1-1': 1,
        'integrationsporten-visits': 1,
        'registered-integration-customers': 1,
      }),
    )
    expect(kronoby.visits.infoPoint).toEqual([{ key: 'kronoby', count: 1 }])
    expect(kronoby.breakdowns.municipality.map((r) => r.key)).toEqual([
      'jakobstad',
      'kronoby',
      'larsmo',
      'nykarleby',
      'pedersore',
    ])
    const jakobstad = await s.report(`${YEAR}&municipality=jakobstad`)
    expect(jakobstad.metrics['integrationsporten-visits']).toBe(2) // Romporten is in Jakobstad
    const larsmo = await s.report(`${YEAR}&municipality=larsmo`)
    expect(larsmo.metrics).toEqual(metrics({}))
  })

  it('filters by organisation, and by both', async () => {
    const employment = await s.report(`${YEAR}&organisation=employment-jakobstad`)
    expect(employment.organisation).toBe('employment-jakobstad')
    expect(employment.metrics).toEqual(
      metrics({
        assessments: 1,
        'integration-training-participants': 1,
        'integration-training-reached-b1-1': 1,
        'integrationsporten-visits': 2,
        'registered-integration-customers': 1,
      }),
    )
    const both = await s.report(`${YEAR}&organisation=employment-jakobstad&municipality=kronoby`)
    expect(both.metrics).toEqual(
      metrics({
        assessments: 1,
        'integration-training-participants': 1,
        'integration-training-reached-b1-1': 1,
        'integrationsporten-visits': 1,
        'registered-integration-customers': 1,
      }),
    )
  })
})

describe('steering: plan reviews', () => {
  const s = scenario()
  beforeAll(async () => {
    const { history } = s
    const plan = async (o: Parameters<typeof history.plan>[1], reviews: string[] = []) => {
      const id = await history.plan(await history.customer(), o)
      for (const day of reviews) await history.review(id, day)
    }
    // 31 August + six months is the last day of February (L190, plan clock).
    await plan({ startsOn: '2025-08-31' }, ['2026-02-28']) // on time
    await plan({ startsOn: '2025-08-31' }, ['2026-03-01']) // late
    await plan({ startsOn: '2025-01-10' }, ['2025-07-01', '2026-01-01', '2026-07-02'])
    await plan({ startsOn: '2026-03-15' }) // due 2026-09-15: overdue at the year's end
    await plan({ startsOn: '2026-06-30' }) // due 2026-12-30: overdue
    await plan({ startsOn: '2026-07-01' }) // due 2027-01-01: not yet
    await plan({ startsOn: '2025-05-01', endedOn: '2026-10-01' }) // ended: owes nothing
    await plan({ startsOn: '2024-12-31', validUntil: '2026-12-30' }) // expired the day before
    // A leap year: 31 August 2027 + six months is 29 February 2028.
    await plan({ startsOn: '2027-08-31' }, ['2028-02-29'])
  })

  it('counts reviews on time and late against the review due then, month ends clamped', async () => {
    const { steering } = await s.report()
    expect(steering['reviews-on-time']).toBe(2)
    expect(steering['reviews-late']).toBe(2)
    const leap = await s.report('from=2028-01-01&to=2028-12-31')
    expect(leap.steering['reviews-on-time']).toBe(1)
    expect(leap.steering['reviews-late']).toBe(0)
  })

  it('counts plans in force on the reference day whose review was due before it', async () => {
    const year = await s.report()
    expect(year.asOf).toBe('2026-12-31')
    expect(year.steering['reviews-overdue']).toBe(4)
    // A period running past today is judged today (15 January 2027).
    const ahead = await s.report('from=2027-01-01&to=2027-06-30')
    expect(ahead.asOf).toBe('2027-01-15')
    expect(ahead.steering['reviews-overdue']).toBe(5)
  })
})

describe('steering: medians and the under-25s', () => {
  const s = scenario()
  beforeAll(async () => {
    const { history } = s
    const tenDays = await history.customer({ arrivedOn: '2025-12-22', birthDate: '2001-01-07' })
    const a1 = await history.assessment(tenDays, '2026-01-01')
    // 24 on the plan's first day: under 25, education first (L173).
    await history.plan(tenDays, {
      startsOn: '2026-01-06',
      assessmentId: a1,
      primaryGoal: 'education',
    })
    const twentyDays = await history.customer({ arrivedOn: '2026-02-01', birthDate: '2001-03-08' })
    const a2 = await history.assessment(twentyDays, '2026-02-21')
    await history.plan(twentyDays, { startsOn: '2026-03-08', assessmentId: a2 }) // 25 that day
    const thirtyDays = await history.customer({ arrivedOn: '2026-03-01', birthDate: '2005-01-01' })
    const a3 = await history.assessment(thirtyDays, '2026-03-31')
    await history.assessment(thirtyDays, '2026-06-01') // not the first
    await history.plan(thirtyDays, { startsOn: '2026-05-10', assessmentId: a3 })
    const assessedBefore = await history.customer({ arrivedOn: '2025-01-01' })
    await history.assessment(assessedBefore, '2025-06-01')
    await history.assessment(assessedBefore, '2026-04-01')
    const arrivalUnknown = await history.customer({ arrivedOn: null })
    const a5 = await history.assessment(arrivalUnknown, '2026-05-01')
    await history.plan(arrivalUnknown, { startsOn: '2026-08-09', assessmentId: a5 })
    // Born on 29 February: still 24 on 28 February 2029, as LocalDate.ageOn counts.
    const leapling = await history.customer({ birthDate: '2004-02-29' })
    await history.plan(leapling, { startsOn: '2029-02-28', primaryGoal: 'education' })
  })

  it('takes the median days from arrival to the first assessment', async () => {
    const { steering } = await s.report()
    expect(steering['median-days-arrival-to-assessment']).toBe(20)
  })

  it('takes the median days from the assessment a plan rests on to its start', async () => {
    const { steering } = await s.report()
    expect(steering['median-days-assessment-to-plan']).toBe(27.5) // 5, 15, 40, 100
  })

  it('counts plans for people under 25 on the start day and the share with an education goal', async () => {
    const { steering } = await s.report()
    expect(steering['under-25-plans']).toBe(2)
    expect(steering['under-25-education-goal']).toBe(1)
    expect(steering['under-25-education-share']).toBe(0.5)
    const leap = await s.report('from=2029-01-01&to=2029-12-31')
    expect(leap.steering['under-25-plans']).toBe(1)
  })

  it('has no median or share where there is nothing to take it over', async () => {
    const { steering } = await s.report('from=2020-01-01&to=2020-12-31')
    expect(steering['median-days-arrival-to-assessment']).toBeNull()
    expect(steering['median-days-assessment-to-plan']).toBeNull()
    expect(steering['under-25-education-share']).toBeNull()
  })
})

describe('publication mode', () => {
  const s = scenario()
  beforeAll(async () => {
    const { history } = s
    const visits = { jakobstad: 10, kronoby: 3, nykarleby: 6 }
    for (const [location, n] of Object.entries(visits)) {
      for (let i = 0; i < n; i++) await history.visit({ at: '2026-05-05T10:00:00+03:00', location })
    }
    for (const [arrivedOn, completedOn] of [
      ['2026-01-01', '2026-02-01'],
      ['2026-01-01', '2026-03-01'],
      ['2026-01-01', '2026-04-01'],
    ] as const) {
      await history.assessment(await history.customer({ arrivedOn }), completedOn)
    }
  })

  it('shows counts from 1 to 4 as "<5" and hides what would let a total reveal them', async () => {
    const internal = await s.report()
    expect(internal.metrics.assessments).toBe(3)
    expect(internal.steering['median-days-arrival-to-assessment']).toBe(59)
    const published = await s.report(`${YEAR}&publication=true`)
    expect(published.publication).toBe(true)
    expect(published.metrics.assessments).toBe('<5')
    expect(published.metrics['integrationsporten-visits']).toBe(19)
    expect(published.steering['median-days-arrival-to-assessment']).toBe('x')
    const visits = (rows: FollowUpReport['breakdowns']['municipality']) =>
      rows.map((r) => [r.key, r.metrics['integrationsporten-visits']])
    expect(visits(published.breakdowns.municipality)).toEqual([
      ['jakobstad', 10],
      ['kronoby', '<5'],
      ['larsmo', 0],
      ['nykarleby', 'x'],
      ['pedersore', 0],
    ])
    expect(published.visits.infoPoint).toEqual([
      { key: 'jakobstad', count: 10 },
      { key: 'nykarleby', count: 'x' },
      { key: 'kronoby', count: '<5' },
    ])
    expect(row(published.breakdowns.month, '2026-05')?.['integrationsporten-visits']).toBe(19)
    expect(row(published.breakdowns.month, '2026-02')?.assessments).toBe('<5')
  })
})

describe('invalid requests', () => {
  const s = scenario()
  const get = async (query: string) => {
    const api = reportApi(s.t.app, await s.t.token(await s.t.user('admin')))
    return api.get(query)
  }
  const errorsOf = async (query: string) => expectProblem(await get(query), 400).errors

  it('answers 400 with the field for bad dates, a reversed or too long period, unknown values', async () => {
    // The schema's from ≤ to check also compares the invalid text, so 'to' may be named too.
    expect(await errorsOf('from=2026-13-01&to=2026-12-31')).toContainEqual({
      path: 'from',
      message: expect.stringContaining('not a date'),
    })
    expect(await errorsOf('from=2026-12-31&to=2026-01-01')).toEqual([
      { path: 'to', message: 'must not be before from' },
    ])
    expect(await errorsOf(`${YEAR}&municipality=vasa`)).toEqual([
      { path: 'municipality', message: expect.any(String) },
    ])
    expect(await errorsOf(`${YEAR}&colour=blue`)).toEqual([
      { path: 'colour', message: 'unknown field' },
    ])
    expect(await errorsOf('from=2015-01-01&to=2025-12-31')).toEqual([
      { path: 'to', message: 'the period may be at most 10 years' },
    ])
    expect(await errorsOf('from=2026-01-01')).toEqual([{ path: 'to', message: 'required' }])
  })

  it('takes a period of exactly ten years', async () => {
    expect((await get('from=2016-01-01&to=2025-12-31')).statusCode).toBe(200)
    expectProblem(await get('from=2016-01-01&to=2026-01-01'), 400)
  })
})
