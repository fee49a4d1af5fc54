import { type ExpressionBuilder, sql } from 'kysely'
import type { Queryable } from '../db/database.js'
import type { DB } from '../db/schema.js'
import type { StaffOrganisationId } from '../shared/organisations.js'

// The work queue's SQL. Each query starts from the caller's organisation's
// open customers (the GIN index on customer.responsible_organisations) or
// from the plan indexes, and reaches a customer's records through the
// (customer_id, …) indexes.

const summaryColumns = [
  'customer.id as customer_id',
  'customer.first_name',
  'customer.last_name',
  'customer.birth_date',
  'customer.municipality',
  'customer.closed_on',
] as const

/** Open customers served by the organisation: a filter for queries over `customer`. */
function openAndServedBy(org: StaffOrganisationId) {
  return (eb: ExpressionBuilder<DB, 'customer'>) =>
    eb.and([
      eb(eb.ref('customer.responsible_organisations'), '@>', eb.val([org])),
      eb('customer.closed_on', 'is', null),
    ])
}

/**
 * Plans in force today (not ended by a newer plan) whose review is due by
 * `reviewBy` or which expire by `expiringBy`. A plan in force started at most
 * two years ago (L190), which bounds both index ranges: plan_next_review_idx
 * for the reviews and plan_valid_idx (starts_on, valid_until) for the ends.
 */
export async function plansNeedingAttention(
  db: Queryable,
  org: StaffOrganisationId,
  window: { today: string; startedFrom: string; reviewBy: string; expiringBy: string },
) {
  return db
    .selectFrom('plan')
    .innerJoin('customer', 'customer.id', 'plan.customer_id')
    .select([
      ...summaryColumns,
      'plan.id as plan_id',
      'plan.starts_on',
      'plan.valid_until',
      'plan.next_review_due',
    ])
    .where(openAndServedBy(org))
    .where('plan.ended_on', 'is', null)
    .where('plan.starts_on', '>=', window.startedFrom)
    .where('plan.starts_on', '<=', window.today)
    .where('plan.valid_until', '>=', window.today)
    .where((eb) =>
      eb.or([
        eb.between('plan.next_review_due', window.startedFrom, window.reviewBy),
        eb.between('plan.valid_until', window.today, window.expiringBy),
      ]),
    )
    .execute()
}

/**
 * Customers whose latest assessment was completed on or before `completedBy`
 * and no plan starts on or after it; an assessment that found no plan
 * needed (needs_plan false) waits for none.
 */
export async function assessmentsWithoutPlan(
  db: Queryable,
  org: StaffOrganisationId,
  completedBy: string,
) {
  return db
    .selectFrom('customer')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('assessment')
          .select(['assessment.id', 'assessment.completed_on', 'assessment.needs_plan'])
          .whereRef('assessment.customer_id', '=', 'customer.id')
          .orderBy('assessment.completed_on', 'desc')
          .orderBy('assessment.created_at', 'desc')
          .limit(1)
          .as('latest'),
      (join) => join.onTrue(),
    )
    .select([...summaryColumns, 'latest.id as assessment_id', 'latest.completed_on'])
    .where(openAndServedBy(org))
    .where('latest.completed_on', '<=', completedBy)
    .where((eb) => eb(eb.fn.coalesce('latest.needs_plan', sql<boolean>`true`), '=', true))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('plan')
            .select(sql<number>`1`.as('one'))
            .whereRef('plan.customer_id', '=', 'customer.id')
            .whereRef('plan.starts_on', '>=', 'latest.completed_on'),
        ),
      ),
    )
    .execute()
}

/**
 * The organisation's open customers with the facts routing turns on: for the
 * case-conference flags and the civic-orientation window, which are decided
 * in TypeScript by the programme rules.
 */
export async function openCustomersForRouting(
  db: Queryable,
  org: StaffOrganisationId,
  today: string,
) {
  return db
    .selectFrom('customer')
    .select(({ exists, selectFrom }) => [
      ...summaryColumns,
      'customer.job_seeker_status',
      'customer.categories',
      'customer.needs_coordination',
      'customer.arrived_on',
      'customer.residence_permit_on',
      exists(
        selectFrom('assessment')
          .select(sql<number>`1`.as('one'))
          .whereRef('assessment.customer_id', '=', 'customer.id'),
      ).as('has_assessment'),
      exists(
        selectFrom('plan')
          .select(sql<number>`1`.as('one'))
          .whereRef('plan.customer_id', '=', 'customer.id')
          .where('plan.starts_on', '<=', today)
          .where((eb) => eb(eb.fn.coalesce('plan.ended_on', 'plan.valid_until'), '>=', today)),
      ).as('has_plan_in_force'),
      // An interrupted course does not count: the person may still join one (L202).
      exists(
        selectFrom('participation')
          .select(sql<number>`1`.as('one'))
          .whereRef('participation.customer_id', '=', 'customer.id')
          .where('participation.service', '=', 'civic-orientation')
          .where('participation.interrupted', '=', false),
      ).as('has_civic_orientation'),
    ])
    .where(openAndServedBy(org))
    .execute()
}
