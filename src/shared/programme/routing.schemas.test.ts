import { describe, expect, it } from 'vitest'
import { LocalDate } from '../time/local-date.js'
import { route } from './routing.js'
import { parseRoutingRequest, routingRequest, routingResponse } from './routing.schemas.js'
import { withSettings } from './settings.js'

const today = LocalDate.parse('2025-06-02')
const good = {
  municipality: 'nykarleby',
  birthDate: '1990-04-12',
  unemployedJobSeeker: true,
  categories: ['international-protection'],
  arrivedOn: '2025-01-20',
}

function errorsFor(body: unknown) {
  const result = parseRoutingRequest(body, today)
  if (result.ok) throw new Error('expected the request to be refused')
  return result.errors
}

describe('parseRoutingRequest: good input', () => {
  it('parses the contract request and defaults onDate to today', () => {
    const result = parseRoutingRequest(good, today)
    expect(result).toEqual({
      ok: true,
      input: {
        municipality: 'nykarleby',
        birthDate: LocalDate.parse('1990-04-12'),
        unemployedJobSeeker: true,
        categories: ['international-protection'],
        arrivedOn: LocalDate.parse('2025-01-20'),
        onDate: today,
      },
    })
  })

  it('takes an age instead of a birth date, an explicit onDate and Porten’s optional facts', () => {
    const result = parseRoutingRequest(
      {
        municipality: 'larsmo',
        age: 24,
        unemployedJobSeeker: false,
        jobSeekerStatus: 'other-job-seeker',
        categories: [],
        residencePermitOn: '2024-02-29',
        onDate: '2025-01-01',
        needsCoordination: true,
        assessedNeedForIntegrationTraining: false,
        hasValidPlan: true,
      },
      today,
    )
    expect(result.ok && result.input).toMatchObject({
      age: 24,
      onDate: LocalDate.parse('2025-01-01'),
      jobSeekerStatus: 'other-job-seeker',
      needsCoordination: true,
      assessedNeedForIntegrationTraining: false,
      hasValidPlan: true,
    })
    expect(result.ok && 'assessmentCompleted' in result.input).toBe(false)
  })

  it('gives a response the response schema accepts, under any setting', () => {
    const result = parseRoutingRequest(good, today)
    if (!result.ok) throw new Error('expected ok')
    expect(routingResponse.safeParse(route(result.input)).success).toBe(true)
    const other = withSettings({ jointProvision: 'split-by-job-seeker-status' })
    expect(routingResponse.safeParse(route(result.input, other)).success).toBe(true)
  })

  it('is a closed object in JSON Schema, for the OpenAPI document', () => {
    const schema = routingRequest.toJSONSchema() as {
      additionalProperties?: boolean
      required?: string[]
    }
    expect(schema.additionalProperties).toBe(false)
    expect(schema.required).toEqual(['municipality', 'unemployedJobSeeker', 'categories'])
  })
})

describe('parseRoutingRequest: bad input names the field and the reason', () => {
  it.each([
    [
      'unknown municipality',
      { municipality: 'vasa' },
      'municipality',
      'unknown municipality "vasa"',
    ],
    ['missing municipality', { municipality: undefined }, 'municipality', 'required'],
    [
      'impossible date',
      { birthDate: '1990-02-30' },
      'birthDate',
      '1990-02-30 is not a day in the calendar',
    ],
    ['not a date', { arrivedOn: '20.1.2025' }, 'arrivedOn', 'YYYY-MM-DD'],
    ['impossible onDate', { onDate: '2025-02-30' }, 'onDate', 'not a day in the calendar'],
    ['birth date in the future', { birthDate: '2025-06-03' }, 'birthDate', 'in the future'],
    [
      'unknown category',
      { categories: ['quota-refugee', 'tourist'] },
      'categories.1',
      'unknown category "tourist"',
    ],
    ['category twice', { categories: ['other', 'other'] }, 'categories.1', 'more than once'],
    ['categories missing', { categories: undefined }, 'categories', 'required'],
    [
      'unemployedJobSeeker not boolean',
      { unemployedJobSeeker: 'yes' },
      'unemployedJobSeeker',
      'true or false',
    ],
    ['both birth date and age', { age: 35 }, 'age', 'not both'],
    ['neither birth date nor age', { birthDate: undefined }, 'birthDate', 'give birthDate or age'],
    ['negative age', { birthDate: undefined, age: -1 }, 'age', 'must not be negative'],
    ['absurd age', { birthDate: undefined, age: 400 }, 'age', 'at most 120'],
    ['fractional age', { birthDate: undefined, age: 30.5 }, 'age', 'whole number'],
    ['absurd birth date', { birthDate: '1901-01-01' }, 'birthDate', 'over 120 years'],
    [
      'arrival after onDate',
      { arrivedOn: '2025-06-03' },
      'arrivedOn',
      'in the future (after 2025-06-02)',
    ],
    [
      'permit after onDate',
      { onDate: '2025-01-01', residencePermitOn: '2025-01-02' },
      'residencePermitOn',
      'after 2025-01-01',
    ],
    ['arrival before birth', { arrivedOn: '1989-01-01' }, 'arrivedOn', 'before birthDate'],
    ['date out of range', { onDate: '9999-12-31' }, 'onDate', 'between 1900-01-01 and 2200-12-31'],
    [
      'unknown field',
      { personalIdentityCode: '120490-123A' },
      'personalIdentityCode',
      'unknown field',
    ],
    [
      'status contradicts flag',
      { jobSeekerStatus: 'not' },
      'jobSeekerStatus',
      'contradicts unemployedJobSeeker',
    ],
    [
      'temporary and non-temporary assistance',
      { categories: ['social-assistance'], temporarySocialAssistance: true },
      'temporarySocialAssistance',
      'contradicts',
    ],
    [
      'need without assessment',
      { assessmentCompleted: false, assessedNeedForIntegrationTraining: true },
      'assessedNeedForIntegrationTraining',
      'completed assessment',
    ],
    [
      'plan without assessment',
      { assessmentCompleted: false, hasValidPlan: true },
      'hasValidPlan',
      'completed assessment',
    ],
  ])('%s', (_, change, path, reason) => {
    const errors = errorsFor({ ...good, ...change })
    expect(errors).toContainEqual({ path, message: expect.stringContaining(reason) })
  })

  it('refuses a body that is not an object', () => {
    expect(errorsFor(null)).toEqual([{ path: '', message: 'must be a JSON object' }])
    expect(errorsFor([good])).toEqual([{ path: '', message: 'must be a JSON object' }])
  })

  it('reports every bad field at once', () => {
    const errors = errorsFor({ ...good, municipality: 'oulu', categories: ['x'], extra: 1 })
    expect(errors.map((e) => e.path).sort()).toEqual(['categories.0', 'extra', 'municipality'])
  })
})
