import { useEffect, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { today as todayInHelsinki } from '../format.js'
import { useI18n } from '../i18n.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { useLoad } from '../layout/useLoad.js'
import { FollowUpFigures } from './FollowUpFigures.js'
import { ReportsLoadFailure } from './NoReportsPage.js'
import { ReportDownloads } from './ReportDownloads.js'
import { ReportFilterForm } from './ReportFilterForm.js'
import { filtersFromSearch, type ReportFilters, searchFromFilters } from './reportFilters.js'
import { formatPeriod, keyName } from './reportFormat.js'
import { loadFollowUp } from './reportsApi.js'
import './reports.css'

/**
 * /app/reports: the programme's follow-up figures (rules.md §i) for a period
 * and a selection, with downloads. Managers and administrators only; the
 * API decides (reportRoles). The choices live in the address.
 */
export function ReportsPage() {
  const { t, language } = useI18n()
  useDocumentTitle(t('reports.page.title'))
  const headingRef = usePageHeading<HTMLHeadingElement>()
  const [params, setParams] = useSearchParams()
  const [today] = useState(todayInHelsinki)
  const filters = filtersFromSearch(params, today)
  const query = searchFromFilters(filters).toString()
  const [loaded, reload] = useLoad(
    async () => ({ query, answer: await loadFollowUp(filters) }),
    [query],
  )
  const summaryRef = useRef<HTMLElement>(null)
  const focusSummary = useRef(false)

  // Opened without a period: the default goes into the address, so the view
  // can be bookmarked as shown (replacing, so Back does not return to it).
  useEffect(() => {
    if (!params.has('from') && !params.has('to')) {
      setParams(new URLSearchParams(query), { replace: true })
    }
  }, [params, query, setParams])

  const apply = (next: ReportFilters) => {
    focusSummary.current = true
    const nextQuery = searchFromFilters(next).toString()
    if (nextQuery === query) reload()
    else setParams(searchFromFilters(next))
  }

  const answer = loaded.state === 'loaded' ? loaded.data : undefined
  const current = answer?.query === query ? answer.answer : undefined
  const issues = current?.kind === 'invalid' ? current.issues : noIssues
  const shownReport = answer?.answer.kind === 'report' ? answer.answer.report : undefined
  // Waiting for the first answer, or for one to the address as it is now.
  const busy = loaded.state === 'loading' || (answer !== undefined && current === undefined)

  // After the user asked for figures and the API objected: the summary takes focus.
  useEffect(() => {
    if (!focusSummary.current || busy) return
    focusSummary.current = false
    if (issues.length > 0) summaryRef.current?.focus()
  }, [busy, issues])

  const selection = [
    filters.municipality
      ? t('reports.page.selectionMunicipality', {
          name: keyName('municipality', filters.municipality, language, t),
        })
      : t('reports.page.selectionRegion'),
    ...(filters.organisation
      ? [
          t('reports.page.selectionOrganisation', {
            name: keyName('organisation', filters.organisation, language, t),
          }),
        ]
      : []),
  ].join(', ')

  return (
    <div className="page" data-qa="reports-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('reports.page.heading')}
      </h1>
      <p className="lead">{t('reports.page.intro')}</p>
      <p className="page-links">
        <Link to="/reports/annual" data-qa="report-annual-link">
          {t('reports.page.annualLink')}
        </Link>
      </p>
      <ReportFilterForm
        filters={filters}
        issues={issues}
        today={today}
        onApply={apply}
        summaryRef={summaryRef}
      />

      <p className="report-status" role="status" data-qa="report-status">
        {busy
          ? t('reports.page.loadingFigures')
          : current?.kind === 'report'
            ? t('reports.page.shown', {
                period: formatPeriod(current.report.from, current.report.to, language),
                selection,
              })
            : ''}
      </p>
      {loaded.state === 'failed' && (
        <ReportsLoadFailure failure={loaded.failure} onRetry={reload} />
      )}
      {/* While new figures load, the last ones stay (marked busy) rather than flash away. */}
      {shownReport && current?.kind !== 'invalid' && (
        <div className="report-results" aria-busy={busy} data-qa="report-results">
          <FollowUpFigures report={shownReport} />
          {current?.kind === 'report' && <ReportDownloads filters={filters} />}
        </div>
      )}
    </div>
  )
}

const noIssues: readonly never[] = []
