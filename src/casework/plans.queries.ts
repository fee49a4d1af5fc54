import { randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { z } from 'zod'
import type { Queryable } from '../db/database.js'
import type { PlanReviewTable, PlanTable } from '../db/schema.js'
import type { plan, planReview } from '../shared/api/cases.schemas.js'
import type { StaffOrganisationId } from '../shared/organisations.js'

// Plans (part 2) and their reviews: SQL over a database or an open
// transaction (STYLE.md rule 4), and the mapping from rows to the API's shapes.

type Plan = z.infer<typeof plan>
type PlanReview = z.infer<typeof planReview>

export type PlanRow = Selectable<PlanTable>
export type PlanReviewRow = Selectable<PlanReviewTable>

export async function insertPlan(
  db: Queryable,
  values: {
    customerId: string
    assessmentId: string
    planType: string
    startsOn: string
    validUntil: string
    nextReviewDue: string
    primaryGoal: 'employment' | 'education'
    longTermGoals: string
    periodGoals: string
    services: Record<string, string[] | undefined>
    organisations: readonly StaffOrganisationId[]
    obligationsAcknowledgedOn: string | null
    createdBy: string
    now: Date
  },
): Promise<PlanRow> {
  return db
    .insertInto('plan')
    .values({
      id: randomUUID(),
      customer_id: values.customerId,
      assessment_id: values.assessmentId,
      plan_type: values.planType,
      starts_on: values.startsOn,
      valid_until: values.validUntil,
      next_review_due: values.nextReviewDue,
      primary_goal: values.primaryGoal,
      long_term_goals: values.longTermGoals,
      period_goals: values.periodGoals,
      services: JSON.stringify(values.services),
      organisations: [...values.organisations],
      obligations_acknowledged_on: values.obligationsAcknowledgedOn,
      created_by: values.createdBy,
      created_at: values.now,
      updated_at: values.now,
      version: 1,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

export async function findPlan(db: Queryable, id: string, forUpdate = false) {
  const query = db.selectFrom('plan').selectAll().where('id', '=', id)
  return (forUpdate ? query.forUpdate() : query).executeTakeFirst()
}

/** The customer's plans, latest start first. */
export async function plansOf(db: Queryable, customerId: string) {
  return db
    .selectFrom('plan')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('starts_on', 'desc')
    .execute()
}

/**
 * The customer's plans in force on the day or later: not ended, and not
 * expired, before it. A new plan starting that day overlaps them.
 */
export async function plansOverlapping(db: Queryable, customerId: string, day: string) {
  return db
    .selectFrom('plan')
    .select(['id', 'starts_on'])
    .where('customer_id', '=', customerId)
    .where((eb) => eb(eb.fn.coalesce('ended_on', 'valid_until'), '>=', day))
    .execute()
}

export async function endPlan(db: Queryable, id: string, endedOn: string, now: Date) {
  await db
    .updateTable('plan')
    .set((eb) => ({ ended_on: endedOn, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .execute()
}

export type PlanChanges = Partial<{
  long_term_goals: string
  period_goals: string
  services: string
  organisations: string[]
  obligations_acknowledged_on: string
  next_review_due: string
  primary_goal: 'employment' | 'education'
}>

/** Saves changes made to `version`; undefined when someone else saved in between. */
export async function updatePlan(
  db: Queryable,
  id: string,
  version: number,
  changes: PlanChanges,
  now: Date,
): Promise<PlanRow | undefined> {
  return db
    .updateTable('plan')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .where('version', '=', version)
    .returningAll()
    .executeTakeFirst()
}

export async function insertReview(
  db: Queryable,
  values: {
    planId: string
    reviewedOn: string
    reason: string
    notes: string
    createdBy: string
    now: Date
  },
): Promise<PlanReviewRow> {
  return db
    .insertInto('plan_review')
    .values({
      id: randomUUID(),
      plan_id: values.planId,
      reviewed_on: values.reviewedOn,
      reason: values.reason,
      notes: values.notes,
      created_by: values.createdBy,
      created_at: values.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}

/** Reviews of the plans, oldest first. */
export async function reviewsOf(db: Queryable, planIds: readonly string[]) {
  if (planIds.length === 0) return []
  return db
    .selectFrom('plan_review')
    .selectAll()
    .where('plan_id', 'in', [...planIds])
    .orderBy('reviewed_on')
    .orderBy('created_at')
    .execute()
}

export async function lastReviewOn(db: Queryable, planId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('plan_review')
    .select((eb) => eb.fn.max('reviewed_on').as('last'))
    .where('plan_id', '=', planId)
    .executeTakeFirst()
  return row?.last ?? undefined
}

export function toPlanReview(row: PlanReviewRow): PlanReview {
  return {
    id: row.id,
    reviewedOn: row.reviewed_on,
    reason: row.reason as PlanReview['reason'],
    notes: row.notes,
    createdAt: row.created_at.toISOString(),
  }
}

export function toPlan(row: PlanRow, reviews: readonly PlanReviewRow[]): Plan {
  return {
    id: row.id,
    customerId: row.customer_id,
    assessmentId: row.assessment_id,
    planType: row.plan_type as Plan['planType'],
    startsOn: row.starts_on,
    validUntil: row.valid_until,
    nextReviewDue: row.next_review_due,
    primaryGoal: row.primary_goal,
    longTermGoals: row.long_term_goals,
    periodGoals: row.period_goals,
    services: row.services,
    organisations: row.organisations as StaffOrganisationId[],
    obligationsAcknowledgedOn: row.obligations_acknowledged_on,
    endedOn: row.ended_on,
    reviews: reviews.filter((r) => r.plan_id === row.id).map(toPlanReview),
    version: row.version,
    createdAt: row.created_at.toISOString(),
  }
}
