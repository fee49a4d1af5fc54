import { randomUUID } from 'node:crypto'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { Queryable } from '../db/database.js'
import type { StaffOrganisationId } from '../shared/organisations.js'

// Fixture builders for case-work tests (STYLE.md rule 10): rows inserted
// straight into the tables, so the tests do not lean on the customer routes.
// All names are fictional.

const firstNames = ['Amina', 'Yusuf', 'Olena', 'Farid', 'Hodan', 'Taras', 'Leyla', 'Omid']
const lastNames = ['Testberg', 'Provinen', 'Exempelsson', 'Fiktiva', 'Mallström', 'Demodotter']
let serial = 0

export interface CustomerOverrides {
  firstName?: string
  lastName?: string
  birthDate?: string
  municipality?: string
  jobSeekerStatus?: 'unemployed' | 'other-job-seeker' | 'not'
  categories?: string[]
  needsCoordination?: boolean
  arrivedOn?: string | null
  residencePermitOn?: string | null
  responsibleOrganisations?: StaffOrganisationId[]
  closedOn?: string | null
}

/** A customer of the Integration Unit, protected person, not a job seeker, born 1990. */
export async function insertCustomer(
  db: Queryable,
  overrides: CustomerOverrides = {},
  now: Date = new Date('2026-01-01T10:00:00Z'),
): Promise<{ id: string }> {
  serial += 1
  const id = randomUUID()
  await db
    .insertInto('customer')
    .values({
      id,
      first_name: overrides.firstName ?? firstNames[serial % firstNames.length]!,
      last_name: overrides.lastName ?? lastNames[serial % lastNames.length]!,
      birth_date: overrides.birthDate ?? '1990-05-14',
      municipality: overrides.municipality ?? 'jakobstad',
      job_seeker_status: overrides.jobSeekerStatus ?? 'not',
      categories: overrides.categories ?? ['international-protection'],
      needs_coordination: overrides.needsCoordination ?? false,
      interpreter_needed: false,
      languages: JSON.stringify([]),
      arrived_on: overrides.arrivedOn ?? null,
      residence_permit_on: overrides.residencePermitOn ?? null,
      responsible_organisations: overrides.responsibleOrganisations ?? ['integration-unit'],
      closed_on: overrides.closedOn ?? null,
      closure_reason: overrides.closedOn ? 'moved-away' : null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute()
  return { id }
}

export async function insertAssessmentRow(
  db: Queryable,
  values: {
    customerId: string
    createdBy: string
    completedOn: string
    kind?: 'standard' | 'multisectoral'
    needsPlan?: boolean | null
  },
): Promise<{ id: string }> {
  const id = randomUUID()
  const kind = values.kind ?? 'standard'
  const now = new Date()
  await db
    .insertInto('assessment')
    .values({
      id,
      customer_id: values.customerId,
      kind,
      completed_on: values.completedOn,
      organisations:
        kind === 'multisectoral'
          ? ['integration-unit', 'wellbeing-ostrobothnia']
          : ['integration-unit'],
      content: JSON.stringify({}),
      needs_plan: values.needsPlan ?? null,
      needs_integration_training: null,
      created_by: values.createdBy,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute()
  return { id }
}

export async function insertPlanRow(
  db: Queryable,
  values: {
    customerId: string
    assessmentId: string
    createdBy: string
    startsOn: string
    validUntil: string
    nextReviewDue: string
    endedOn?: string | null
  },
): Promise<{ id: string }> {
  const id = randomUUID()
  const now = new Date()
  await db
    .insertInto('plan')
    .values({
      id,
      customer_id: values.customerId,
      assessment_id: values.assessmentId,
      plan_type: 'integration-plan',
      starts_on: values.startsOn,
      valid_until: values.validUntil,
      next_review_due: values.nextReviewDue,
      primary_goal: 'employment',
      long_term_goals: '',
      period_goals: '',
      services: JSON.stringify({}),
      organisations: ['integration-unit'],
      ended_on: values.endedOn ?? null,
      created_by: values.createdBy,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute()
  return { id }
}

export async function insertParticipationRow(
  db: Queryable,
  values: {
    customerId: string
    createdBy: string
    service: 'civic-orientation' | 'integration-training'
    startedOn: string
    endedOn?: string
    interrupted?: boolean
  },
): Promise<{ id: string }> {
  const id = randomUUID()
  const now = new Date()
  await db
    .insertInto('participation')
    .values({
      id,
      customer_id: values.customerId,
      service: values.service,
      started_on: values.startedOn,
      ended_on: values.endedOn ?? null,
      interrupted: values.interrupted ?? false,
      interruption_reason: values.interrupted ? 'moved away' : null,
      created_by: values.createdBy,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute()
  return { id }
}

/** How many case-work rows and audit entries there are: "nothing stored" is no change here. */
export async function caseworkCounts(db: Queryable, customerId: string) {
  const count = async (
    table: 'assessment' | 'plan' | 'participation' | 'language_test' | 'audit_log',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('customer_id', '=', customerId)
          .executeTakeFirstOrThrow()
      ).n,
    )
  const reviews = await db
    .selectFrom('plan_review')
    .innerJoin('plan', 'plan.id', 'plan_review.plan_id')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('plan.customer_id', '=', customerId)
    .executeTakeFirstOrThrow()
  const customer = await db
    .selectFrom('customer')
    .select(['version', 'responsible_organisations'])
    .where('id', '=', customerId)
    .executeTakeFirstOrThrow()
  const plans = await db
    .selectFrom('plan')
    .select(['id', 'version', 'next_review_due', 'ended_on'])
    .where('customer_id', '=', customerId)
    .orderBy('id')
    .execute()
  return {
    assessments: await count('assessment'),
    plans: await count('plan'),
    reviews: Number(reviews.n),
    participations: await count('participation'),
    languageTests: await count('language_test'),
    auditEntries: await count('audit_log'),
    customerVersion: customer.version,
    responsibleOrganisations: customer.responsible_organisations,
    planStates: plans,
  }
}

/** A bearer-token client for one user: `api.post(url, body)`. */
export function apiAs(app: FastifyInstance, token: string | undefined) {
  const headers = token ? { authorization: `Bearer ${token}` } : {}
  const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    app.inject({
      method,
      url,
      headers,
      ...(payload ? { payload } : {}),
    }) as Promise<LightMyRequestResponse>
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, body: object) => send('POST', url, body),
    patch: (url: string, body: object) => send('PATCH', url, body),
  }
}
