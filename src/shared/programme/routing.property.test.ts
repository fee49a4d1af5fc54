import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysInMonth, LocalDate } from '../time/local-date.js'
import {
  type CustomerCategory,
  customerCategoryIds,
  jobSeekerStatuses,
  municipalityIds,
  programmePartIds,
} from './definitions.js'
import {
  civicOrientationWindow,
  nextReviewDue,
  planLatestValidUntil,
  planStatus,
  planValidUntil,
} from './plan-clock.js'
import { type RoutingInput, route } from './routing.js'
import { routingResponse } from './routing.schemas.js'
import { defaultSettings, type ProgrammeSettings, programmeSettingsSchema } from './settings.js'

const runs = { numRuns: 400 }
const epoch = (iso: string) => LocalDate.parse(iso).toEpochDay()

/** Any calendar day from 2020 to 2035. */
const day = fc
  .integer({ min: epoch('2020-01-01'), max: epoch('2035-12-31') })
  .map(LocalDate.fromEpochDay)

const optionalFlag = fc.option(fc.boolean(), { nil: undefined })

type InputWithAge = Extract<RoutingInput, { age: number }>

/** A valid routing input: what parseRoutingRequest lets through. */
const routingInput: fc.Arbitrary<InputWithAge> = fc
  .record({
    municipality: fc.constantFrom(...municipalityIds),
    onDate: day,
    age: fc.integer({ min: 0, max: 100 }),
    jobSeekerStatus: fc.option(fc.constantFrom(...jobSeekerStatuses), { nil: undefined }),
    categories: fc.subarray([...customerCategoryIds]),
    arrivedDaysAgo: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }),
    permitDaysAgo: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }),
    temporarySocialAssistance: optionalFlag,
    needsCoordination: optionalFlag,
    assessmentCompleted: optionalFlag,
    assessedNeedForIntegrationTraining: optionalFlag,
    hasValidPlan: optionalFlag,
  })
  .map(({ arrivedDaysAgo, permitDaysAgo, jobSeekerStatus, ...r }) => ({
    ...r,
    unemployedJobSeeker: jobSeekerStatus === 'unemployed',
    ...(jobSeekerStatus ? { jobSeekerStatus } : {}),
    ...(arrivedDaysAgo === undefined ? {} : { arrivedOn: r.onDate.plusDays(-arrivedDaysAgo) }),
    ...(permitDaysAgo === undefined
      ? {}
      : { residencePermitOn: r.onDate.plusDays(-permitDaysAgo) }),
    temporarySocialAssistance: r.categories.includes('social-assistance')
      ? undefined
      : r.temporarySocialAssistance,
  }))

/** Any valid reading of the ambiguities. */
const settings: fc.Arbitrary<ProgrammeSettings> = fc.record({
  recentArrivalMonths: fc.integer({ min: 1, max: 60 }),
  adultAge: fc.integer({ min: 15, max: 25 }),
  civicOrientationPermitYears: fc.integer({ min: 1, max: 10 }),
  jobSeekerNotUnemployed: fc.constantFrom(
    ...programmeSettingsSchema.shape.jobSeekerNotUnemployed.options,
  ),
  employmentPlanCountsAsIntegrationPlan: fc.boolean(),
  unemployedInIntegrationUnitGroup: fc.constantFrom(
    ...programmeSettingsSchema.shape.unemployedInIntegrationUnitGroup.options,
  ),
  otherImmigrantsAssessment: fc.constantFrom('integration-unit', 'not-offered'),
  nonCustomerRouting: fc.constantFrom('as-customers', 'case-conference'),
  jointProvision: fc.constantFrom('joint', 'split-by-job-seeker-status'),
  nykarlebyOtherTrainingWithIntegrationUnit: fc.boolean(),
  unemployedTrainingRequiresAssessedNeed: fc.boolean(),
  newcomerWhenArrivalUnknown: fc.boolean(),
  reviewDueSoonDays: fc.integer({ min: 0, max: 180 }),
  expiringSoonDays: fc.integer({ min: 0, max: 365 }),
})

describe('routing properties', () => {
  it('names a responsible organisation exactly for the parts a person is eligible for', () => {
    fc.assert(
      fc.property(routingInput, settings, (input, s) => {
        const response = route(input, s)
        expect(Object.keys(response.services).sort()).toEqual([...programmePartIds].sort())
        for (const part of programmePartIds) {
          const answer = response.services[part]
          expect(answer.responsible.length > 0, part).toBe(answer.eligible !== 'no')
          expect(answer.responsible, part).toEqual([...new Set(answer.responsible)].sort())
          expect(answer.basis.lines.length, part).toBeGreaterThan(0)
          if (answer.caseConference) expect(answer.caseConference.parties.length).toBeGreaterThan(0)
        }
        expect(routingResponse.safeParse(response).success).toBe(true)
      }),
      runs,
    )
  })

  it('depends on the age, not on the exact birth date', () => {
    fc.assert(
      fc.property(routingInput, day, (input, birthDate) => {
        fc.pre(!birthDate.isAfter(input.onDate))
        const { age: _, ...facts } = input
        const byBirthDate = route({ ...facts, birthDate })
        expect(byBirthDate).toEqual(route({ ...facts, age: birthDate.ageOn(input.onDate) }))
      }),
      runs,
    )
  })

  it('does not turn on family-member or other, nor on the order of categories (row 5)', () => {
    fc.assert(
      fc.property(routingInput, settings, (input, s) => {
        const plain = input.categories.filter((c) => c !== 'family-member' && c !== 'other')
        const expected = route({ ...input, categories: plain }, s)
        const more: CustomerCategory[] = [...plain.slice().reverse(), 'other', 'family-member']
        expect(route({ ...input, categories: more }, s)).toEqual(expected)
      }),
      runs,
    )
  })

  it('treats the four JSO municipalities alike but for their info points (L151, R-A3)', () => {
    fc.assert(
      fc.property(routingInput, settings, (input, s) => {
        const answers = (['jakobstad', 'kronoby', 'larsmo', 'pedersore'] as const).map((m) => {
          const { guidance, ...rest } = route({ ...input, municipality: m }, s).services
          const { locations: _, ...guidanceRest } = guidance
          return { ...rest, guidance: guidanceRest }
        })
        for (const other of answers.slice(1)) expect(other).toEqual(answers[0])
      }),
      runs,
    )
  })

  it('sends Nykarleby’s unemployed job seekers to OSO and no one else there (L151, L204, L230)', () => {
    fc.assert(
      fc.property(routingInput, settings, (input, s) => {
        const services = route(input, s).services
        const courseParts = [
          'assessment',
          'integration-plan',
          'civic-orientation',
          'integration-training',
        ] as const
        for (const part of courseParts) {
          const orgs = services[part].responsible
          if (input.municipality !== 'nykarleby')
            expect(orgs).not.toContain('employment-ostrobothnia')
          else if (input.unemployedJobSeeker) expect(orgs).not.toContain('employment-jakobstad')
        }
      }),
      runs,
    )
  })

  it('offers civic orientation only to adults within the window', () => {
    fc.assert(
      fc.property(routingInput, settings, (input, s) => {
        const answer = route(input, s).services['civic-orientation']
        if (answer.eligible === 'yes') {
          expect(input.age).toBeGreaterThanOrEqual(s.adultAge)
          expect(answer.closesOn && answer.closesOn >= input.onDate.toString()).toBe(true)
        }
      }),
      runs,
    )
  })
})

describe('plan clock properties, all days 2020–2035', () => {
  it('never lets a plan run past two years, nor end before it starts', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -30, max: 800 }), (startsOn, length) => {
        const latest = planLatestValidUntil(startsOn)
        expect(startsOn.daysUntil(latest)).toBeGreaterThanOrEqual(730)
        expect(startsOn.daysUntil(latest)).toBeLessThanOrEqual(731)
        const requested = startsOn.plusDays(length)
        const result = planValidUntil(startsOn, requested)
        expect(result.ok).toBe(!requested.isBefore(startsOn) && !requested.isAfter(latest))
        const byDefault = planValidUntil(startsOn)
        expect(byDefault.ok && byDefault.validUntil.equals(latest)).toBe(true)
      }),
      runs,
    )
  })

  it('puts the next review six calendar months on, clamped to the month end', () => {
    fc.assert(
      fc.property(
        day,
        fc.option(fc.integer({ min: 0, max: 700 }), { nil: undefined }),
        (startsOn, after) => {
          const reviewedOn = after === undefined ? undefined : startsOn.plusDays(after)
          const from = reviewedOn ?? startsOn
          const due = nextReviewDue(startsOn, reviewedOn)
          expect((due.year - from.year) * 12 + due.month - from.month).toBe(6)
          expect(due.day).toBe(Math.min(from.day, daysInMonth(due.year, due.month)))
          expect(from.daysUntil(due)).toBeGreaterThanOrEqual(181)
          expect(from.daysUntil(due)).toBeLessThanOrEqual(184)
        },
      ),
      runs,
    )
  })

  it('keeps a plan in force from its first to its last day, and warns before a review is missed', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 730 }), (startsOn, offset) => {
        const plan = { startsOn, validUntil: planLatestValidUntil(startsOn) }
        const today = startsOn.plusDays(offset)
        const status = planStatus(plan, today)
        expect(status.inForce).toBe(!today.isAfter(plan.validUntil))
        if (status.inForce && today.isAfter(status.nextReviewDue)) {
          expect(status.flags).toContain('review-overdue')
        }
      }),
      runs,
    )
  })

  it('closes the civic-orientation window at most the longer window after the dates', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 3000 }), (onDate, ago) => {
        const residencePermitOn = onDate.plusDays(-ago)
        const window = civicOrientationWindow(
          { age: 40, onDate, residencePermitOn },
          defaultSettings,
        )
        expect(window.eligible).toBe(!onDate.isAfter(residencePermitOn.plusYears(3)))
      }),
      runs,
    )
  })
})
