import { type FollowUpReport, followUpReport } from '../../../src/shared/api/reports.schemas.js'
import { getJson, ProblemError } from '../api.js'
import { type FieldIssue, failureIssues } from '../forms/formFailure.js'
import { type ReportFilters, reportUrl } from './reportFilters.js'

// GET /api/v1/reports/follow-up (src/shared/api/reports.schemas.ts). A 400
// names the query's fields (from, to, …), so it comes back as field issues
// for the filter form rather than as a failure of the page.

export type { FollowUpReport }

export type FollowUpAnswer =
  | { readonly kind: 'report'; readonly report: FollowUpReport }
  | { readonly kind: 'invalid'; readonly issues: readonly FieldIssue[] }

export async function loadFollowUp(filters: ReportFilters): Promise<FollowUpAnswer> {
  try {
    return { kind: 'report', report: await getJson(reportUrl(filters), followUpReport) }
  } catch (error) {
    if (error instanceof ProblemError && error.status === 400) {
      return { kind: 'invalid', issues: failureIssues(error) }
    }
    throw error
  }
}
