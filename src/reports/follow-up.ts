import {
  type BreakdownDimension,
  type BreakdownRow,
  type CountRow,
  type FollowUpMetricId,
  type FollowUpReport,
  followUpMetricIds,
  type MetricValues,
  type SteeringValues,
} from '../shared/api/reports.schemas.js'
import { serviceLanguages, visitTopicIds } from '../shared/api/visits.schemas.js'
import { type StaffOrganisationId, staffOrganisationIds } from '../shared/organisations.js'
import {
  infoPointIds,
  type MunicipalityId,
  municipalityIds,
} from '../shared/programme/definitions.js'
import { LocalDate } from '../shared/time/local-date.js'
import type { FigureRow, FollowUpFigures } from './report-sql.js'
import { publishFollowUp } from './suppression.js'

// The follow-up report (issue 6) put together from the query rows: every
// month of the period and every municipality listed even when zero, rows in
// a fixed order, and publication mode applied last. Pure.

/** «Uppföljning»: longer periods are refused (400 on `to`). */
export const maxPeriodYears = 10

export interface FollowUpParams {
  readonly from: LocalDate
  readonly to: LocalDate
  readonly municipality: MunicipalityId | null
  readonly organisation: StaffOrganisationId | null
  readonly publication: boolean
}

/** Whether the period runs for more than ten years. */
export function periodTooLong(from: LocalDate, to: LocalDate): boolean {
  return !to.isBefore(from.plusYears(maxPeriodYears))
}

/** The reference day for overdue reviews: the period's last day, or today if that is earlier. */
export function referenceDay(to: LocalDate, today: LocalDate): LocalDate {
  return LocalDate.min(to, today)
}

/** 'YYYY-MM' of every month the period touches, in order. */
export function monthsOf(from: LocalDate, to: LocalDate): string[] {
  const months: string[] = []
  for (let m = LocalDate.of(from.year, from.month, 1); !m.isAfter(to); m = m.plusMonths(1)) {
    months.push(m.toString().slice(0, 7))
  }
  return months
}

/** How many cases the medians and the share were taken over (for publication). */
export interface FigureCases {
  readonly 'median-days-arrival-to-assessment': number
  readonly 'median-days-assessment-to-plan': number
}

const zeroMetrics = (): Record<FollowUpMetricId, number> =>
  Object.fromEntries(followUpMetricIds.map((id) => [id, 0])) as Record<FollowUpMetricId, number>

const isMetric = (figure: string): figure is FollowUpMetricId =>
  (followUpMetricIds as readonly string[]).includes(figure)

/** Keys in a fixed order first, the rest alphabetically ('und', unknown, last). */
function orderBy(fixed: readonly string[]) {
  const rank = (key: string) => {
    const at = fixed.indexOf(key)
    return at === -1 ? fixed.length + (key === 'und' ? 1 : 0) : at
  }
  return (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b)
}

function breakdown(
  rows: readonly FigureRow[],
  dim: BreakdownDimension,
  always: readonly string[],
  order: (a: string, b: string) => number,
): BreakdownRow[] {
  const byKey = new Map<string, Record<FollowUpMetricId, number>>()
  for (const key of always) byKey.set(key, zeroMetrics())
  for (const row of rows) {
    if (row.dim !== dim || !isMetric(row.figure) || row.n === 0) continue
    const metrics = byKey.get(row.key) ?? zeroMetrics()
    metrics[row.figure] += row.n
    byKey.set(row.key, metrics)
  }
  return [...byKey.keys()]
    .sort(order)
    .map((key) => ({ key, metrics: byKey.get(key) as MetricValues }))
}

function visitRows(
  rows: readonly FigureRow[],
  dim: 'infoPoint' | 'topic' | 'language',
  fixed: readonly string[],
): CountRow[] {
  return rows
    .filter((r) => r.figure === 'integrationsporten-visits' && r.dim === dim && r.n > 0)
    .map((r) => ({ key: r.key, count: r.n }))
    .sort((a, b) => orderBy(fixed)(a.key, b.key))
}

/** The report with every figure a number (internal use). */
export function assembleFollowUp(
  params: FollowUpParams,
  asOf: LocalDate,
  figures: FollowUpFigures,
): { report: FollowUpReport; cases: FigureCases } {
  const { rows, medians } = figures
  const total = (figure: string) =>
    rows.filter((r) => r.dim === 'total' && r.figure === figure).reduce((sum, r) => sum + r.n, 0)
  const median = (figure: keyof FigureCases) => medians.find((m) => m.figure === figure)
  const metrics = zeroMetrics()
  for (const id of followUpMetricIds) metrics[id] = total(id)

  const under25 = total('under-25-plans')
  const education = total('under-25-education-goal')
  const steering: SteeringValues = {
    'reviews-on-time': total('reviews-on-time'),
    'reviews-late': total('reviews-late'),
    'reviews-overdue': total('reviews-overdue'),
    'median-days-arrival-to-assessment':
      median('median-days-arrival-to-assessment')?.median ?? null,
    'median-days-assessment-to-plan': median('median-days-assessment-to-plan')?.median ?? null,
    'under-25-plans': under25,
    'under-25-education-goal': education,
    'under-25-education-share': under25 === 0 ? null : education / under25,
    'civic-orientation-completed': total('civic-orientation-completed'),
    'civic-orientation-interrupted': total('civic-orientation-interrupted'),
    'integration-training-completed': total('integration-training-completed'),
    'integration-training-interrupted': total('integration-training-interrupted'),
  }
  const alphabetical = orderBy([])
  const report: FollowUpReport = {
    from: params.from.toString(),
    to: params.to.toString(),
    municipality: params.municipality,
    organisation: params.organisation,
    publication: false,
    asOf: asOf.toString(),
    metrics,
    steering,
    breakdowns: {
      month: breakdown(rows, 'month', monthsOf(params.from, params.to), alphabetical),
      municipality: breakdown(rows, 'municipality', municipalityIds, orderBy(municipalityIds)),
      organisation: breakdown(rows, 'organisation', [], orderBy(staffOrganisationIds)),
      language: breakdown(rows, 'language', [], alphabetical),
    },
    visits: {
      infoPoint: visitRows(rows, 'infoPoint', infoPointIds),
      topic: visitRows(rows, 'topic', visitTopicIds),
      language: visitRows(rows, 'language', serviceLanguages),
    },
  }
  const cases: FigureCases = {
    'median-days-arrival-to-assessment': median('median-days-arrival-to-assessment')?.n ?? 0,
    'median-days-assessment-to-plan': median('median-days-assessment-to-plan')?.n ?? 0,
  }
  return { report, cases }
}

/** The report as the API and the command line answer it. */
export function followUpReportOf(
  params: FollowUpParams,
  asOf: LocalDate,
  figures: FollowUpFigures,
): FollowUpReport {
  const { report, cases } = assembleFollowUp(params, asOf, figures)
  return params.publication ? publishFollowUp(report, cases) : report
}
