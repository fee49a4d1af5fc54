import { randomUUID } from 'node:crypto'
import type { Queryable } from '../db/database.js'
import { makeIdentityCode } from '../shared/identity-code.js'
import type { StaffOrganisationId } from '../shared/organisations.js'
import {
  type CefrLevel,
  compareCefr,
  integrationTrainingTargetLevel,
  lowestCefr,
} from '../shared/programme/definitions.js'
import { nextReviewDue, primaryGoalOn } from '../shared/programme/plan-clock.js'
import type { LocalDate } from '../shared/time/local-date.js'

// Fictional demo customers with histories placed relative to today, so the
// work queue always has something in each group whatever day the demo runs.
// Names are invented; identity codes use individual numbers 900–999.

interface DemoCustomer {
  firstName: string
  lastName: string
  born: (today: LocalDate) => LocalDate
  identityNumber?: number
  municipality: 'jakobstad' | 'kronoby' | 'larsmo' | 'nykarleby' | 'pedersore'
  jobSeekerStatus: 'unemployed' | 'other-job-seeker' | 'not'
  categories: string[]
  languages: Array<{ code: string; native?: boolean }>
  arrivedDaysAgo: number
  permitDaysAgo?: number
  organisations: StaffOrganisationId[]
  /** Days ago the assessment was completed, and its kind. */
  assessment?: { daysAgo: number; kind: 'standard' | 'multisectoral' }
  /** Days ago the plan started; reviews days ago. */
  plan?: { daysAgo: number; type: string; reviewsDaysAgo?: number[] }
  civicOrientation?: { startedDaysAgo: number; endedDaysAgo?: number }
  training?: { startedDaysAgo: number; endedDaysAgo?: number; interrupted?: string }
  test?: { daysAgo: number; results: Record<string, string> }
}

const years = (n: number) => (today: LocalDate) => today.plusYears(-n).plusDays(-40)

export const demoCustomers: DemoCustomer[] = [
  {
    firstName: 'Amina',
    lastName: 'Demo-Haddad',
    born: years(34),
    identityNumber: 901,
    municipality: 'jakobstad',
    jobSeekerStatus: 'not',
    categories: ['quota-refugee'],
    languages: [{ code: 'ar', native: true }, { code: 'en' }],
    arrivedDaysAgo: 300,
    permitDaysAgo: 320,
    organisations: ['integration-unit', 'wellbeing-ostrobothnia'],
    assessment: { daysAgo: 280, kind: 'multisectoral' },
    plan: { daysAgo: 270, type: 'multisectoral-integration-plan', reviewsDaysAgo: [95] },
    civicOrientation: { startedDaysAgo: 250, endedDaysAgo: 200 },
    training: { startedDaysAgo: 190 },
  },
  {
    firstName: 'Dmytro',
    lastName: 'Demo-Kovalenko',
    born: years(41),
    identityNumber: 902,
    municipality: 'nykarleby',
    jobSeekerStatus: 'unemployed',
    categories: ['international-protection'],
    languages: [{ code: 'uk', native: true }, { code: 'ru' }],
    arrivedDaysAgo: 700,
    permitDaysAgo: 690,
    organisations: ['employment-ostrobothnia'],
    assessment: { daysAgo: 650, kind: 'standard' },
    plan: { daysAgo: 220, type: 'employment-plan' },
    training: { startedDaysAgo: 600, endedDaysAgo: 120 },
    test: {
      daysAgo: 110,
      results: { reading: 'B1.2', writing: 'B1.1', listening: 'B1.2', speaking: 'B1.1' },
    },
  },
  {
    firstName: 'Farid',
    lastName: 'Demo-Rahimi',
    born: years(22),
    identityNumber: 903,
    municipality: 'pedersore',
    jobSeekerStatus: 'not',
    categories: ['international-protection'],
    languages: [{ code: 'fa', native: true }],
    arrivedDaysAgo: 160,
    permitDaysAgo: 170,
    organisations: ['integration-unit'],
    assessment: { daysAgo: 210, kind: 'standard' },
    plan: { daysAgo: 170, type: 'integration-plan' },
  },
  {
    firstName: 'Hodan',
    lastName: 'Demo-Warsame',
    born: years(29),
    municipality: 'larsmo',
    jobSeekerStatus: 'not',
    categories: ['family-member', 'home-care-allowance'],
    languages: [{ code: 'so', native: true }],
    arrivedDaysAgo: 90,
    permitDaysAgo: 100,
    organisations: ['integration-unit'],
    assessment: { daysAgo: 45, kind: 'standard' },
  },
  {
    firstName: 'Lucía',
    lastName: 'Demo-Fernández',
    born: years(37),
    identityNumber: 904,
    municipality: 'kronoby',
    jobSeekerStatus: 'unemployed',
    categories: ['other'],
    languages: [{ code: 'es', native: true }, { code: 'en' }],
    arrivedDaysAgo: 1050,
    permitDaysAgo: 1060,
    organisations: ['employment-jakobstad'],
    assessment: { daysAgo: 700, kind: 'standard' },
    plan: { daysAgo: 690, type: 'employment-plan', reviewsDaysAgo: [510, 330, 150] },
    civicOrientation: { startedDaysAgo: 680, endedDaysAgo: 640 },
    training: { startedDaysAgo: 600, endedDaysAgo: 400, interrupted: 'Employed part-time' },
    test: {
      daysAgo: 390,
      results: { reading: 'B1.1', writing: 'A2.2', listening: 'B1.1', speaking: 'B1.2' },
    },
  },
  {
    firstName: 'Sami',
    lastName: 'Demo-Tesfaye',
    born: years(17),
    municipality: 'jakobstad',
    jobSeekerStatus: 'not',
    categories: ['unaccompanied-minor'],
    languages: [{ code: 'ti', native: true }],
    arrivedDaysAgo: 60,
    permitDaysAgo: 55,
    organisations: ['integration-unit', 'wellbeing-ostrobothnia'],
  },
]

export async function seedDemoCustomers(
  db: Queryable,
  today: LocalDate,
  createdBy: string,
  now: Date,
) {
  const existing = await db
    .selectFrom('customer')
    .select('id')
    .where('last_name', 'like', 'Demo-%')
    .executeTakeFirst()
  if (existing) return 0
  const ago = (days: number) => today.plusDays(-days).toString()
  for (const c of demoCustomers) {
    const id = randomUUID()
    const born = c.born(today)
    await db
      .insertInto('customer')
      .values({
        id,
        first_name: c.firstName,
        last_name: c.lastName,
        birth_date: born.toString(),
        personal_identity_code: c.identityNumber ? makeIdentityCode(born, c.identityNumber) : null,
        municipality: c.municipality,
        job_seeker_status: c.jobSeekerStatus,
        categories: c.categories,
        languages: JSON.stringify(c.languages),
        arrived_on: ago(c.arrivedDaysAgo),
        residence_permit_on: c.permitDaysAgo ? ago(c.permitDaysAgo) : null,
        needs_coordination: false,
        interpreter_needed: c.languages.every((l) => !['sv', 'fi', 'en'].includes(l.code)),
        interpreter_language: c.languages.find((l) => l.native)?.code ?? null,
        email: `${c.firstName
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z]/g, '')}@demo.porten.test`,
        responsible_organisations: c.organisations,
        created_at: now,
        updated_at: now,
      })
      .execute()
    if (!c.assessment) continue
    const assessmentId = randomUUID()
    await db
      .insertInto('assessment')
      .values({
        id: assessmentId,
        customer_id: id,
        kind: c.assessment.kind,
        completed_on: ago(c.assessment.daysAgo),
        organisations: c.organisations,
        content: JSON.stringify({ goals: 'Demo: learn Swedish and find work in the region.' }),
        needs_plan: true,
        needs_integration_training: true,
        created_by: createdBy,
        created_at: now,
        updated_at: now,
      })
      .execute()
    if (c.plan) {
      const startsOn = today.plusDays(-c.plan.daysAgo)
      const reviews = (c.plan.reviewsDaysAgo ?? []).map((d) => today.plusDays(-d))
      const lastReview = reviews.at(-1)
      const planId = randomUUID()
      await db
        .insertInto('plan')
        .values({
          id: planId,
          customer_id: id,
          assessment_id: assessmentId,
          plan_type: c.plan.type,
          starts_on: startsOn.toString(),
          valid_until: startsOn.plusYears(2).toString(),
          next_review_due: nextReviewDue(startsOn, lastReview).toString(),
          primary_goal: primaryGoalOn(born, lastReview ?? startsOn),
          long_term_goals: 'Demo: work or studies in the region.',
          period_goals: 'Demo: integration training and a work placement.',
          services: JSON.stringify({
            employment: ['Work placement'],
            studies: ['Integration training'],
          }),
          organisations: c.organisations,
          obligations_acknowledged_on: startsOn.toString(),
          created_by: createdBy,
          created_at: now,
          updated_at: now,
        })
        .execute()
      for (const reviewedOn of reviews) {
        await db
          .insertInto('plan_review')
          .values({
            id: randomUUID(),
            plan_id: planId,
            reviewed_on: reviewedOn.toString(),
            reason: 'scheduled',
            notes: 'Demo review.',
            created_by: createdBy,
            created_at: now,
          })
          .execute()
      }
    }
    for (const [service, p] of [
      ['civic-orientation', c.civicOrientation],
      ['integration-training', c.training],
    ] as const) {
      if (!p) continue
      const interrupted = 'interrupted' in p && p.interrupted ? p.interrupted : null
      await db
        .insertInto('participation')
        .values({
          id: randomUUID(),
          customer_id: id,
          service,
          started_on: ago(p.startedDaysAgo),
          ended_on: p.endedDaysAgo === undefined ? null : ago(p.endedDaysAgo),
          language: service === 'integration-training' ? 'sv' : (c.languages[0]?.code ?? null),
          provider: service === 'integration-training' ? 'Demo provider' : 'Integrationsenheten',
          interrupted: interrupted !== null,
          interruption_reason: interrupted,
          created_by: createdBy,
          created_at: now,
          updated_at: now,
        })
        .execute()
    }
    if (c.test) {
      const lowest = lowestCefr(Object.values(c.test.results) as CefrLevel[])!
      await db
        .insertInto('language_test')
        .values({
          id: randomUUID(),
          customer_id: id,
          taken_on: ago(c.test.daysAgo),
          language: 'sv',
          results: JSON.stringify(c.test.results),
          lowest_level: lowest,
          reached_target: compareCefr(lowest, integrationTrainingTargetLevel) >= 0,
          created_by: createdBy,
          created_at: now,
        })
        .execute()
    }
  }
  return demoCustomers.length
}
