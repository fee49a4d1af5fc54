import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPorten } from '../../test/porten-command.js'
import { createTestApp, expectProblem, type TestApp } from '../../test/test-app.js'
import { programmePartIds } from '../shared/programme/definitions.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({
    now: '2026-03-02T09:00:00Z',
    routingRateLimit: { max: 1000, timeWindow: '1 minute' },
  })
})
afterAll(() => t.close())

const post = (payload: unknown, app = t.app) =>
  app.inject({ method: 'POST', url: '/api/v1/routing', payload: payload as object })

const examples = [
  {
    municipality: 'nykarleby',
    birthDate: '1990-05-01',
    unemployedJobSeeker: true,
    categories: [],
    onDate: '2026-03-02',
  },
  {
    municipality: 'jakobstad',
    age: 22,
    unemployedJobSeeker: false,
    categories: ['quota-refugee'],
    residencePermitOn: '2025-09-01',
    onDate: '2026-03-02',
  },
  {
    municipality: 'larsmo',
    birthDate: '1985-01-31',
    unemployedJobSeeker: true,
    categories: ['international-protection'],
    arrivedOn: '2025-12-01',
    onDate: '2026-01-15',
  },
  {
    municipality: 'pedersore',
    age: 40,
    unemployedJobSeeker: false,
    categories: ['family-member'],
    arrivedOn: '2024-02-01',
    onDate: '2026-03-02',
  },
  {
    municipality: 'kronoby',
    birthDate: '2009-04-30',
    unemployedJobSeeker: false,
    categories: ['unaccompanied-minor'],
    onDate: '2026-03-02',
  },
]

describe('POST /api/v1/routing', () => {
  it('answers every programme part per the contract, without sign-in', async () => {
    const response = await post(examples[0])
    expect(response.statusCode).toBe(200)
    const { services } = response.json()
    expect(Object.keys(services).sort()).toEqual([...programmePartIds].sort())
    for (const part of programmePartIds) {
      const answer = services[part]
      expect(['yes', 'no', 'if-assessed']).toContain(answer.eligible)
      expect(answer.responsible).toEqual([...answer.responsible].sort())
      expect(answer.basis.sv.length).toBeGreaterThan(0)
    }
    // L151: Nykarleby's unemployed job seekers are assessed by Österbottens sysselsättningsområde.
    expect(services.assessment).toMatchObject({
      eligible: 'yes',
      kind: 'standard',
      responsible: ['employment-ostrobothnia'],
    })
    expect(services['integration-plan']).toMatchObject({
      planType: 'employment-plan',
      primaryGoal: 'employment',
    })
  })

  it('gives under-25s education as the plan’s primary goal (L173)', async () => {
    const { services } = (await post(examples[1])).json()
    expect(services.assessment.kind).toBe('multisectoral')
    expect(services['integration-plan'].primaryGoal).toBe('education')
  })

  it('stores nothing', async () => {
    const count = async () =>
      Number(
        (
          await t.database.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    const before = await count()
    await post(examples[2])
    expect(await count()).toBe(before)
  })

  it('refuses bad input with the field and the reason', async () => {
    const base = examples[0]!
    const cases: Array<[object, string, RegExp]> = [
      [{ ...base, municipality: 'vasa' }, 'municipality', /unknown municipality/],
      [{ ...base, birthDate: '1990-02-30' }, 'birthDate', /not a day in the calendar/],
      [{ ...base, birthDate: '2027-01-01', onDate: undefined }, 'birthDate', /future/],
      [{ ...base, categories: ['pirate'] }, 'categories.0', /unknown category/],
      [{ ...base, unemployedJobSeeker: 'yes' }, 'unemployedJobSeeker', /true or false/],
      [{ ...base, favouriteColour: 'blue' }, 'favouriteColour', /unknown field/],
    ]
    for (const [payload, path, reason] of cases) {
      const body = expectProblem(await post(payload), 400)
      const error = body.errors?.find((e) => e.path === path)
      expect(error, `${path} in ${JSON.stringify(body.errors)}`).toBeDefined()
      expect(error!.message).toMatch(reason)
    }
  })

  it('is rate-limited with 429 and Retry-After', async () => {
    const limited = await createTestApp({ routingRateLimit: { max: 2, timeWindow: '1 minute' } })
    try {
      expect((await post(examples[0], limited.app)).statusCode).toBe(200)
      expect((await post(examples[0], limited.app)).statusCode).toBe(200)
      const refused = await post(examples[0], limited.app)
      expectProblem(refused, 429)
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    } finally {
      await limited.close()
    }
  })
})

function portenRoute(json: string) {
  return runPorten(['route', '--json', json], {
    ...process.env,
    PORTEN_DATA_DIR: '/nonexistent-not-needed',
  })
}

describe('porten route --json', () => {
  it('prints exactly what the API answers, and nothing else', async () => {
    for (const example of examples) {
      const [cli, api] = await Promise.all([portenRoute(JSON.stringify(example)), post(example)])
      expect(cli.code).toBe(0)
      expect(JSON.parse(cli.stdout)).toEqual(api.json())
      expect(cli.stdout.trim().split('\n')).toHaveLength(1)
    }
  }, 120_000)

  it('exits 2 with the field errors on bad input', async () => {
    const cli = await portenRoute(JSON.stringify({ ...examples[0], municipality: 'vasa' }))
    expect(cli.code).toBe(2)
    expect(cli.stdout).toBe('')
    expect(JSON.parse(cli.stderr).errors[0].path).toBe('municipality')
  }, 60_000)
})
