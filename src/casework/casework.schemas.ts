import { z } from 'zod'
import {
  assessment,
  languageTest,
  participation,
  plan,
  planReview,
} from '../shared/api/cases.schemas.js'

// The request and response shapes case work needs beyond the shared API
// schemas (src/shared/api/cases.schemas.ts): path parameters, lists and the
// answer to a review. Bodies are always the shared schemas.

export const recordId = z.object({ id: z.uuid('must be a UUID') })

export const assessmentList = z.object({ items: z.array(assessment) })
export const planList = z.object({ items: z.array(plan) })
export const participationList = z.object({ items: z.array(participation) })
export const languageTestList = z.object({ items: z.array(languageTest) })

/** POST /api/v1/plans/{id}/reviews: the review, and where it leaves the plan (L190, AMB-22). */
export const reviewRecorded = planReview.extend({
  planId: z.uuid(),
  nextReviewDue: z.string().describe('Six months after the latest review (L190)'),
  primaryGoal: z.enum(['employment', 'education']).describe('Judged on the review day (AMB-22)'),
  planVersion: z.number().int().describe("The plan's version after the review"),
})
