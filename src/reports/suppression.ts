import {
  type BreakdownRow,
  type Count,
  type CountRow,
  type Figure,
  type FollowUpMetricId,
  type FollowUpReport,
  followUpMetricIds,
  type MetricValues,
  type SteeringValues,
  suppressedComplement,
  suppressedSmall,
} from '../shared/api/reports.schemas.js'
import { infoPoints, municipalityIds } from '../shared/programme/definitions.js'
import type { FigureCases } from './follow-up.js'

// Publication mode for the follow-up figures (issue 6): no published figure
// may let a reader work out a count from 1 to 4. Primary suppression shows
// such counts as "<5"; complementary suppression hides further cells as "x"
// wherever a published total would otherwise pin the small ones down.
//
// What a reader knows: a "<5" cell holds 1–4; an "x" cell holds 5 or more
// (zeros are never hidden and 1–4 are always "<5", so an "x" is never
// smaller); a group's parts add up to its total. Pure: cells in, marks out.

export type CellStatus = 'shown' | 'small' | 'complement'

/** Cells (by id) whose values add up to a published total cell. */
export interface AdditiveGroup {
  readonly total: string
  readonly parts: readonly string[]
}

export const isSmallCount = (value: number) => value >= 1 && value <= 4

/** What a reader can know of a cell: the least and greatest value it may hold. */
export interface Range {
  lo: number
  hi: number
}

const rangeOf = (value: number, status: CellStatus): Range =>
  status === 'small'
    ? { lo: 1, hi: 4 }
    : status === 'complement'
      ? { lo: 5, hi: Number.POSITIVE_INFINITY }
      : { lo: value, hi: value }

/**
 * Narrows every cell's range by the sums its groups publish, until nothing
 * narrows further (bounds propagation; integer sums of ranges are ranges, so
 * for one group this is exact). A hidden cell whose range is one value is
 * pinned down. With one group and a shown total it is pinned exactly when
 * one part alone is hidden, or the hidden parts sum to their least (1 for
 * "<5", 5 for "x") or, with only "<5" parts, to their greatest (4).
 */
export function readerRanges(
  values: ReadonlyMap<string, number>,
  groups: readonly AdditiveGroup[],
  marks: ReadonlyMap<string, CellStatus>,
): Map<string, Range> {
  const ranges = new Map<string, Range>()
  const range = (id: string) => {
    let r = ranges.get(id)
    if (!r) {
      r = rangeOf(values.get(id) ?? 0, marks.get(id) ?? 'shown')
      ranges.set(id, r)
    }
    return r
  }
  for (let pass = 0, changed = true; changed && pass < 100; pass++) {
    changed = false
    const narrow = (r: Range, lo: number, hi: number) => {
      if (lo > r.lo) {
        r.lo = lo
        changed = true
      }
      if (hi < r.hi) {
        r.hi = hi
        changed = true
      }
    }
    for (const group of groups) {
      const parts = group.parts.map(range)
      const total = range(group.total)
      const sumLo = parts.reduce((sum, r) => sum + r.lo, 0)
      const sumHi = parts.reduce((sum, r) => sum + r.hi, 0)
      narrow(total, sumLo, sumHi)
      for (const part of parts) {
        const othersLo = sumLo - part.lo
        // Infinity minus an infinite part of its own: count the others' open ends.
        const othersHi =
          part.hi === Number.POSITIVE_INFINITY
            ? parts.reduce((sum, r) => (r === part ? sum : sum + r.hi), 0)
            : sumHi - part.hi
        narrow(part, total.lo - othersHi, total.hi - othersLo)
      }
    }
  }
  return ranges
}

/**
 * Marks every cell: counts 1–4 "small"; then, while some hidden cell is
 * pinned down, hides more ("complement"): in a group that by itself gives a
 * cell away, its smallest non-zero shown part, or with none left its total;
 * when only the groups together give a cell away, the same next to that cell. `unpublished` cells
 * take part in the sums but are never shown (a figure's remainder, such as
 * under-25 plans without an education goal), so they count as hidden.
 *
 * One case cannot be helped while "<5" means 1–4, "x" 5 or more and zeros
 * stay visible: a "<5" total whose parts are four "<5" cells (each then is 1).
 * Such cells are left as they are; the property test names the case.
 */
export function suppressionMarks(
  values: ReadonlyMap<string, number>,
  groups: readonly AdditiveGroup[],
  unpublished: ReadonlySet<string> = new Set(),
): Map<string, CellStatus> {
  const value = (id: string) => values.get(id) ?? 0
  const marks = new Map<string, CellStatus>()
  for (const [id, v] of values) {
    if (isSmallCount(v)) marks.set(id, 'small')
    else if (unpublished.has(id) && v > 0) marks.set(id, 'complement')
    else marks.set(id, 'shown')
  }
  const isShown = (id: string) => (marks.get(id) ?? 'shown') === 'shown'
  const groupsOf = new Map<string, AdditiveGroup[]>()
  for (const group of groups) {
    for (const id of [group.total, ...group.parts]) {
      groupsOf.set(id, [...(groupsOf.get(id) ?? []), group])
    }
  }
  const smallest = (ids: readonly string[]): string | undefined =>
    ids.reduce<string | undefined>(
      (best, id) => (best === undefined || value(id) < value(best) ? id : best),
      undefined,
    )
  const hideIn = (around: readonly AdditiveGroup[]): boolean => {
    const next =
      smallest(around.flatMap((g) => g.parts.filter((id) => isShown(id) && value(id) > 0))) ??
      smallest(around.map((g) => g.total).filter((id) => isShown(id) && value(id) > 0))
    if (next === undefined) return false
    marks.set(next, 'complement')
    return true
  }
  const pinnedIn = (ranges: Map<string, Range>, ids: readonly string[]) =>
    ids.find((id) => {
      const r = ranges.get(id)
      return !isShown(id) && r !== undefined && r.lo === r.hi
    })
  const beyondHelp = new Set<string>()
  for (;;) {
    // First each group by itself (the rule as the programme's reader applies
    // it to one table): the group that gives a cell away hides more.
    const hidMore = groups.some(
      (g) =>
        pinnedIn(readerRanges(values, [g], marks), [g.total, ...g.parts]) !== undefined &&
        hideIn([g]),
    )
    if (hidMore) continue
    // Then what the groups tell together, hiding next to the cell given away.
    const ranges = readerRanges(values, groups, marks)
    const pinned = pinnedIn(
      ranges,
      [...ranges.keys()].filter((id) => !beyondHelp.has(id)),
    )
    if (pinned === undefined) return marks
    if (!hideIn(groupsOf.get(pinned) ?? [])) beyondHelp.add(pinned)
  }
}

/** A count as published: the number, "<5" or "x". */
export function publishedCount(value: number, status: CellStatus | undefined): Count {
  if (status === 'small') return suppressedSmall
  if (status === 'complement') return suppressedComplement
  return value
}

/** Medians and shares over fewer than five cases are not published. */
export const minimumCases = 5

// ---------------------------------------------------------------------------
// The follow-up report in publication mode

/** Event counts, whose months add up to the period's total. */
const eventMetrics: readonly FollowUpMetricId[] = [
  'assessments',
  'multisectoral-assessments',
  'integrationsporten-visits',
]

const VISITS = 'integrationsporten-visits'
const metricCell = (id: string) => `metric:${id}`
const rowCell = (dim: string, key: string, id: string) => `${dim}:${key}:${id}`
const infoPointCell = (key: string) => `infoPoint:${key}`
const topicCell = (key: string) => `topic:${key}`
const steeringCell = (id: string) => `steering:${id}`
const UNDER_25_OTHER = steeringCell('under-25-other-goal')

const numberOf = (count: Count): number => (typeof count === 'number' ? count : 0)

/**
 * The groups that add up to a published total: per metric its municipality
 * and language rows, the months of event counts; visits by info point, and
 * each municipality's visits by its info points; under-25 plans split by goal.
 * Organisation and topic rows, and months of distinct customers, do not add up.
 */
function additiveGroups(report: FollowUpReport): AdditiveGroup[] {
  const groups: AdditiveGroup[] = []
  const { breakdowns, visits } = report
  for (const id of followUpMetricIds) {
    const partsOf = (dim: 'municipality' | 'language' | 'month') =>
      breakdowns[dim].map((row) => rowCell(dim, row.key, id))
    groups.push({ total: metricCell(id), parts: partsOf('municipality') })
    groups.push({ total: metricCell(id), parts: partsOf('language') })
    if (eventMetrics.includes(id)) groups.push({ total: metricCell(id), parts: partsOf('month') })
  }
  groups.push({
    total: metricCell(VISITS),
    parts: visits.infoPoint.map((r) => infoPointCell(r.key)),
  })
  for (const municipality of municipalityIds) {
    const points = Object.values(infoPoints).filter((p) => p.municipality === municipality)
    groups.push({
      total: rowCell('municipality', municipality, VISITS),
      parts: points.map((p) => infoPointCell(p.id)),
    })
  }
  groups.push({
    total: steeringCell('under-25-plans'),
    parts: [steeringCell('under-25-education-goal'), UNDER_25_OTHER],
  })
  return groups
}

/**
 * Publication mode: counts 1–4 become "<5", complementary cells "x"; medians
 * over fewer than five cases "x", and the under-25 share "x" when it could
 * reveal a hidden count.
 */
export function publishFollowUp(report: FollowUpReport, cases: FigureCases): FollowUpReport {
  const values = new Map<string, number>()
  const { metrics, steering, breakdowns, visits } = report
  for (const id of followUpMetricIds) values.set(metricCell(id), numberOf(metrics[id]))
  for (const dim of ['month', 'municipality', 'organisation', 'language'] as const) {
    for (const row of breakdowns[dim]) {
      for (const id of followUpMetricIds) {
        values.set(rowCell(dim, row.key, id), numberOf(row.metrics[id]))
      }
    }
  }
  for (const row of visits.infoPoint) values.set(infoPointCell(row.key), numberOf(row.count))
  for (const row of visits.topic) values.set(topicCell(row.key), numberOf(row.count))
  // visits.language repeats the language rows' visits: the same cells.
  for (const row of visits.language) {
    values.set(rowCell('language', row.key, VISITS), numberOf(row.count))
  }
  const counts = Object.entries(steering).filter(([id]) => !isRatio(id))
  for (const [id, value] of counts) values.set(steeringCell(id), numberOf(value as Count))
  const under25 = numberOf(steering['under-25-plans'])
  const education = numberOf(steering['under-25-education-goal'])
  values.set(UNDER_25_OTHER, under25 - education)

  const marks = suppressionMarks(values, additiveGroups(report), new Set([UNDER_25_OTHER]))
  const published = (cell: string) => publishedCount(values.get(cell) ?? 0, marks.get(cell))
  const publishedMetrics = (cell: (id: string) => string): MetricValues =>
    Object.fromEntries(followUpMetricIds.map((id) => [id, published(cell(id))])) as MetricValues
  const publishedRows = (dim: keyof FollowUpReport['breakdowns']): BreakdownRow[] =>
    breakdowns[dim].map((row) => ({
      key: row.key,
      metrics: publishedMetrics((id) => rowCell(dim, row.key, id)),
    }))
  const publishedVisits = (rows: readonly CountRow[], cell: (key: string) => string) =>
    rows.map((row) => ({ key: row.key, count: published(cell(row.key)) }))

  const median = (value: Figure, n: number): Figure =>
    value === null ? null : n < minimumCases ? suppressedComplement : value
  const shareHidden =
    under25 < minimumCases ||
    marks.get(steeringCell('under-25-plans')) !== 'shown' ||
    marks.get(steeringCell('under-25-education-goal')) !== 'shown'
  const steeringCount = (id: string) => published(steeringCell(id))
  const publishedSteering: SteeringValues = {
    'reviews-on-time': steeringCount('reviews-on-time'),
    'reviews-late': steeringCount('reviews-late'),
    'reviews-overdue': steeringCount('reviews-overdue'),
    'median-days-arrival-to-assessment': median(
      steering['median-days-arrival-to-assessment'],
      cases['median-days-arrival-to-assessment'],
    ),
    'median-days-assessment-to-plan': median(
      steering['median-days-assessment-to-plan'],
      cases['median-days-assessment-to-plan'],
    ),
    'under-25-plans': steeringCount('under-25-plans'),
    'under-25-education-goal': steeringCount('under-25-education-goal'),
    'under-25-education-share':
      steering['under-25-education-share'] === null
        ? null
        : shareHidden
          ? suppressedComplement
          : steering['under-25-education-share'],
    'civic-orientation-completed': steeringCount('civic-orientation-completed'),
    'civic-orientation-interrupted': steeringCount('civic-orientation-interrupted'),
    'integration-training-completed': steeringCount('integration-training-completed'),
    'integration-training-interrupted': steeringCount('integration-training-interrupted'),
  }
  return {
    ...report,
    publication: true,
    metrics: publishedMetrics(metricCell),
    steering: publishedSteering,
    breakdowns: {
      month: publishedRows('month'),
      municipality: publishedRows('municipality'),
      organisation: publishedRows('organisation'),
      language: publishedRows('language'),
    },
    visits: {
      infoPoint: publishedVisits(visits.infoPoint, infoPointCell),
      topic: publishedVisits(visits.topic, topicCell),
      language: publishedVisits(visits.language, (key) => rowCell('language', key, VISITS)),
    },
  }
}

const isRatio = (id: string) => id.startsWith('median-') || id === 'under-25-education-share'
