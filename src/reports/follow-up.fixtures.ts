import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { languageTestOutcome } from '../casework/casework.js'
import type { Queryable } from '../db/database.js'
import type { StaffOrganisationId } from '../shared/organisations.js'
import type { CefrLevel } from '../shared/programme/definitions.js'
import { visitDateOf } from '../visits/visits.js'

// Fixture builders for the follow-up report's tests (STYLE.md rule 10): hand-
// built histories inserted straight into the tables, so every date is the
// test's choice (the API refuses dates in the future and old visits).
// Fictional people only; nobody here has an identity code.

const created = new Date('2026-01-01T10:00:00Z')

export interface CustomerFixture {
  municipality?: string
  birthDate?: string
  arrivedOn?: string | null
  languages?: Array<{ code: string; native?: boolean }>
  organisations?: StaffOrganisationId[]
}

export interface PlanFixture {
  startsOn: string
  validUntil?: string
  endedOn?: string | null
  /** The assessment the plan rests on; one completed 30 days before the start is made if absent. */
  assessmentId?: string
  primaryGoal?: 'employment' | 'education'
  organisations?: StaffOrganisationId[]
}

export interface VisitFixture {
  at: string
  location?: string
  language?: string
  topics?: string[]
  recordedBy?: string
}

const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

const plusYears = (date: string, years: number) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate()
  return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}

/** Histories recorded by `staffId` (a counsellor row in app_user). */
export function historyBuilder(db: Queryable, staffId: string) {
  let serial = 0
  const builder = {
    async customer(o: CustomerFixture = {}): Promise<string> {
      serial += 1
      const id = randomUUID()
      await db
        .insertInto('customer')
        .values({
          id,
          first_name: ['Amina', 'Yusuf', 'Olena', 'Farid'][serial % 4]!,
          last_name: 'Rapportsson',
          birth_date: o.birthDate ?? '1990-05-14',
          municipality: o.municipality ?? 'jakobstad',
          job_seeker_status: 'not',
          categories: ['international-protection'],
          needs_coordination: false,
          interpreter_needed: false,
          languages: JSON.stringify(o.languages ?? [{ code: 'ar', native: true }]),
          arrived_on: o.arrivedOn ?? null,
          residence_permit_on: null,
          responsible_organisations: o.organisations ?? ['integration-unit'],
          created_at: created,
          updated_at: created,
        })
        .execute()
      return id
    },

    async assessment(
      customerId: string,
      completedOn: string,
      o: { kind?: 'standard' | 'multisectoral'; organisations?: StaffOrganisationId[] } = {},
    ): Promise<string> {
      const id = randomUUID()
      const kind = o.kind ?? 'standard'
      await db
        .insertInto('assessment')
        .values({
          id,
          customer_id: customerId,
          kind,
          completed_on: completedOn,
          organisations:
            o.organisations ??
            (kind === 'multisectoral'
              ? ['integration-unit', 'wellbeing-ostrobothnia']
              : ['integration-unit']),
          content: JSON.stringify({}),
          created_by: staffId,
          created_at: created,
          updated_at: created,
        })
        .execute()
      return id
    },

    async plan(customerId: string, o: PlanFixture): Promise<string> {
      const assessmentId =
        o.assessmentId ?? (await builder.assessment(customerId, plusDays(o.startsOn, -30)))
      const id = randomUUID()
      await db
        .insertInto('plan')
        .values({
          id,
          customer_id: customerId,
          assessment_id: assessmentId,
          plan_type: 'integration-plan',
          starts_on: o.startsOn,
          valid_until: o.validUntil ?? plusYears(o.startsOn, 2),
          next_review_due: plusDays(o.startsOn, 180),
          primary_goal: o.primaryGoal ?? 'employment',
          long_term_goals: '',
          period_goals: '',
          services: JSON.stringify({}),
          organisations: o.organisations ?? ['integration-unit'],
          ended_on: o.endedOn ?? null,
          created_by: staffId,
          created_at: created,
          updated_at: created,
        })
        .execute()
      return id
    },

    async review(planId: string, reviewedOn: string): Promise<void> {
      await db
        .insertInto('plan_review')
        .values({
          id: randomUUID(),
          plan_id: planId,
          reviewed_on: reviewedOn,
          reason: 'scheduled',
          notes: '',
          created_by: staffId,
          created_at: created,
        })
        .execute()
    },

    async participation(
      customerId: string,
      service: 'civic-orientation' | 'integration-training',
      startedOn: string,
      o: { endedOn?: string; interrupted?: boolean } = {},
    ): Promise<void> {
      await db
        .insertInto('participation')
        .values({
          id: randomUUID(),
          customer_id: customerId,
          service,
          started_on: startedOn,
          ended_on: o.endedOn ?? null,
          interrupted: o.interrupted ?? false,
          interruption_reason: o.interrupted ? 'moved away' : null,
          created_by: staffId,
          created_at: created,
          updated_at: created,
        })
        .execute()
    },

    async languageTest(
      customerId: string,
      takenOn: string,
      results: Record<'reading' | 'writing' | 'listening' | 'speaking', CefrLevel>,
    ): Promise<void> {
      const outcome = languageTestOutcome(results)
      await db
        .insertInto('language_test')
        .values({
          id: randomUUID(),
          customer_id: customerId,
          taken_on: takenOn,
          language: 'sv',
          results: JSON.stringify(results),
          lowest_level: outcome.lowestLevel,
          reached_target: outcome.reachedTarget,
          created_by: staffId,
          created_at: created,
        })
        .execute()
    },

    async visit(o: VisitFixture): Promise<void> {
      const at = new Date(o.at)
      await db
        .insertInto('visit')
        .values({
          id: randomUUID(),
          at,
          visit_date: visitDateOf(at).toString(),
          location: o.location ?? 'jakobstad',
          language: o.language ?? 'sv',
          interpreter_language: null,
          topics: o.topics ?? ['work'],
          referred_to: [],
          recorded_by: o.recordedBy ?? staffId,
          recorded_at: at,
          updated_at: at,
        })
        .execute()
    },
  }
  return builder
}

/** All four skills at one level. */
export const allSkills = (level: CefrLevel) => ({
  reading: level,
  writing: level,
  listening: level,
  speaking: level,
})

/** GET /api/v1/reports/follow-up as one caller (a bearer token, or nobody). */
export function reportApi(app: FastifyInstance, token: string | undefined) {
  const headers = token ? { authorization: `Bearer ${token}` } : {}
  return {
    get: (query: string) =>
      app.inject({ method: 'GET', url: `/api/v1/reports/follow-up?${query}`, headers }),
  }
}
