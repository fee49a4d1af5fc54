import { z } from 'zod'
import {
  type NewPlan,
  type newReview,
  type Plan,
  plan,
  type planUpdate,
} from '../../../src/shared/api/cases.schemas.js'
import { getJson, listOf, sendJson } from '../api.js'
import { customerUrl } from '../customers/customersApi.js'

// Integration plans (programme part 2) and their reviews.

export type PlanChanges = z.input<typeof planUpdate>
export type NewReview = z.input<typeof newReview>

const planUrl = (id: string) => `/api/v1/plans/${encodeURIComponent(id)}`
const created = z.looseObject({ id: z.uuid() })

export function addPlan(customerId: string, body: NewPlan) {
  return sendJson('POST', `${customerUrl(customerId)}/plans`, body, created)
}

const planList = listOf(plan)

export function listPlans(customerId: string) {
  return getJson(`${customerUrl(customerId)}/plans`, planList)
}

export function getPlan(id: string): Promise<Plan> {
  return getJson(planUrl(id), plan)
}

export function updatePlan(id: string, changes: PlanChanges): Promise<Plan> {
  return sendJson('PATCH', planUrl(id), changes, plan)
}

/** Adds a review; the plan's new nextReviewDue is read back with the plan. */
export function addReview(planId: string, body: NewReview): Promise<unknown> {
  return sendJson('POST', `${planUrl(planId)}/reviews`, body, z.unknown())
}
