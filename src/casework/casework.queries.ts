import { randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { z } from 'zod'
import type { Queryable } from '../db/database.js'
import type { AssessmentTable, LanguageTestTable, ParticipationTable } from '../db/schema.js'
import type { assessment, languageTest, participation } from '../shared/api/cases.schemas.js'
import type { StaffOrganisationId } from '../shared/organisations.js'
import type { CustomerFacts } from './casework.js'

// Case work's SQL: plain functions over a database or an open transaction
// (STYLE.md rule 4), and the mapping from rows to the API's shapes. Plans
// and reviews are in plans.queries.ts.

type Assessment = z.infer<typeof assessment>
type Participation = z.infer<typeof participation>
type LanguageTest = z.infer<typeof languageTest>

export type AssessmentRow = Selectable<AssessmentTable>
export type ParticipationRow = Selectable<ParticipationTable>
export type LanguageTestRow = Selectable<LanguageTestTable>

// ---------------------------------------------------------------------------
// The customer

export interface CaseCustomer extends CustomerFacts {
  readonly id: string
  readonly closedOn: string | null
  readonly responsibleOrganisations: StaffOrganisationId[]
}

/**
 * The customer's facts for a change, with the row locked until the
 * transaction ends, so two changes to one case (two new plans) run one after
 * the other. Call after `requireVisibleCustomer`.
 */
export async function lockCaseCustomer(db: Queryable, customerId: string): Promise<CaseCustomer> {
  return caseCustomer(db, customerId, true)
}

export async function caseCustomer(
  db: Queryable,
  customerId: string,
  forUpdate = false,
): Promise<CaseCustomer> {
  const query = db
    .selectFrom('customer')
    .select([
      'id',
      'birth_date',
      'municipality',
      'job_seeker_status',
      'categories',
      'needs_coordination',
      'arrived_on',
      'residence_permit_on',
      'closed_on',
      'responsible_organisations',
    ])
    .where('id', '=', customerId)
  const row = await (forUpdate ? query.forUpdate() : query).executeTakeFirstOrThrow()
  return {
    id: row.id,
    birthDate: row.birth_date,
    municipality: row.municipality,
    jobSeekerStatus: row.job_seeker_status,
    categories: row.categories,
    needsCoordination: row.needs_coordination,
    arrivedOn: row.arrived_on,
    residencePermitOn: row.residence_permit_on,
    closedOn: row.closed_on,
    responsibleOrganisations: row.responsible_organisations as StaffOrganisationId[],
  }
}

// ---------------------------------------------------------------------------
// Assessments (part 1)

export async function insertAssessment(
  db: Queryable,
  values: {
    customerId: string
    kind: 'standard' | 'multisectoral'
    completedOn: string
    organisations: readonly StaffOrganisationId[]
    content: Record<string, unknown>
    needsPlan: boolean | null
    needsIntegrationTraining: boolean | null
    createdBy: string
    now: Date
  },
): Promise<AssessmentRow> {
  return db
    .insertInto('assessment')
    .values({
      id: randomUUID(),
      customer_id: values.customerId,
      kind: values.kind,
      completed_on: values.completedOn,
      organisations: [...values.organisations],
      content: JSON.stringify(values.content),
      needs_plan: values.needsPlan,
      needs_integration_training: values.needsIntegrationTraining,
      created_by: values.createdBy,
      created_at: values.now,
      updated_at: values.now,
      version: 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function findAssessment(db: Queryable, id: string) {
  return db.selectFrom('assessment').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The customer's assessments, latest completed first. */
export async function assessmentsOf(db: Queryable, customerId: string) {
  return db
    .selectFrom('assessment')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('completed_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
}

/** The customer's latest assessment, or the latest completed by a day. */
export async function latestAssessment(db: Queryable, customerId: string, completedBy?: string) {
  let query = db
    .selectFrom('assessment')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('completed_on', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1)
  if (completedBy !== undefined) query = query.where('completed_on', '<=', completedBy)
  return query.executeTakeFirst()
}

export function toAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    customerId: row.customer_id,
    kind: row.kind,
    completedOn: row.completed_on,
    organisations: row.organisations as StaffOrganisationId[],
    content: row.content,
    needsPlan: row.needs_plan,
    needsIntegrationTraining: row.needs_integration_training,
    version: row.version,
    createdAt: row.created_at.toISOString(),
  }
}

// ---------------------------------------------------------------------------
// Participations (parts 3 and 4)

export interface ParticipationValues {
  ended_on: string | null
  language: string | null
  provider: string | null
  interrupted: boolean
  interruption_reason: string | null
}

export async function insertParticipation(
  db: Queryable,
  values: ParticipationValues & {
    customer_id: string
    service: 'civic-orientation' | 'integration-training'
    started_on: string
    created_by: string
  },
  now: Date,
): Promise<ParticipationRow> {
  return db
    .insertInto('participation')
    .values({ id: randomUUID(), ...values, created_at: now, updated_at: now, version: 1 })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function findParticipation(db: Queryable, id: string) {
  return db.selectFrom('participation').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The customer's participations, latest start first. */
export async function participationsOf(db: Queryable, customerId: string) {
  return db
    .selectFrom('participation')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('started_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
}

/** Saves changes made to `version`; undefined when someone else saved in between. */
export async function updateParticipation(
  db: Queryable,
  id: string,
  version: number,
  values: ParticipationValues,
  now: Date,
): Promise<ParticipationRow | undefined> {
  return db
    .updateTable('participation')
    .set((eb) => ({ ...values, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
}

export function toParticipation(row: ParticipationRow): Participation {
  return {
    id: row.id,
    customerId: row.customer_id,
    service: row.service,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    language: row.language,
    provider: row.provider,
    interrupted: row.interrupted,
    interruptionReason: row.interruption_reason,
    version: row.version,
  }
}

// ---------------------------------------------------------------------------
// Final language tests (part 4)

export async function insertLanguageTest(
  db: Queryable,
  values: {
    customer_id: string
    taken_on: string
    language: 'sv' | 'fi'
    results: Record<string, string | undefined>
    lowest_level: string
    reached_target: boolean
    created_by: string
  },
  now: Date,
): Promise<LanguageTestRow> {
  return db
    .insertInto('language_test')
    .values({
      id: randomUUID(),
      ...values,
      results: JSON.stringify(values.results),
      created_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** The customer's language tests, latest first. */
export async function languageTestsOf(db: Queryable, customerId: string) {
  return db
    .selectFrom('language_test')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('taken_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
}

export function toLanguageTest(row: LanguageTestRow): LanguageTest {
  return {
    id: row.id,
    customerId: row.customer_id,
    takenOn: row.taken_on,
    language: row.language,
    results: row.results as LanguageTest['results'],
    lowestLevel: row.lowest_level as LanguageTest['lowestLevel'],
    reachedTarget: row.reached_target,
  }
}
