import { issueText } from '../forms/fieldMessages.js'
import type { FieldIssue } from '../forms/formFailure.js'
import type { Translate } from './reportFormat.js'

// The follow-up query's own objection (src/shared/api/reports.schemas.ts,
// followUpQuery) in the user's language; the shared ones (a date that is not
// a date, a value not on the list) as every form shows them.

export function reportIssueText(issue: FieldIssue, t: Translate, language: string): string {
  if ('message' in issue) {
    if (/^must not be before from$/.test(issue.message)) return t('reports.page.toBeforeFrom')
    // src/reports/follow-up.routes.ts: a period longer than the server allows.
    const tooLong = /^the period may be at most (\d+) years$/.exec(issue.message)
    if (tooLong) return t('reports.page.periodTooLong', { years: Number(tooLong[1]) })
  }
  return issueText(issue, t, language)
}
