import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LocalDate } from '../shared/time/local-date.js'
import { assembleFollowUp, type FollowUpParams } from './follow-up.js'
import type { FigureRow } from './report-sql.js'
import {
  type AdditiveGroup,
  type CellStatus,
  publishFollowUp,
  readerRanges,
  suppressionMarks,
} from './suppression.js'

// Publication mode (issue 6): counts 1–4 are "<5", and no published total
// lets a reader pin a hidden count down. The property tests brute-force every
// assignment a reader could make of the hidden cells and check that each
// hidden cell could hold at least two values.

const group = (total: string, parts: string[]): AdditiveGroup => ({ total, parts })

/** One group `t = p0 + p1 + …` with the given part values. */
function single(parts: number[]) {
  const values = new Map<string, number>([['t', parts.reduce((a, b) => a + b, 0)]])
  parts.forEach((v, i) => {
    values.set(`p${i}`, v)
  })
  const groups = [
    group(
      't',
      parts.map((_, i) => `p${i}`),
    ),
  ]
  return { values, groups, marks: suppressionMarks(values, groups) }
}

const shown = (marks: Map<string, CellStatus>, values: Map<string, number>) =>
  [...values.keys()].map((id) => {
    const status = marks.get(id)
    return status === 'small' ? '<5' : status === 'complement' ? 'x' : values.get(id)
  })

describe('readerRanges', () => {
  /** Whether the hidden parts of `t = p0 + p1 + …` are pinned, given the marks. */
  const pinned = (parts: number[], marks: CellStatus[]) => {
    const values = new Map<string, number>([['t', parts.reduce((a, b) => a + b, 0)]])
    const statuses = new Map<string, CellStatus>([['t', 'shown']])
    parts.forEach((v, i) => {
      values.set(`p${i}`, v)
      statuses.set(`p${i}`, marks[i] ?? 'shown')
    })
    const ranges = readerRanges(
      values,
      [
        group(
          't',
          parts.map((_, i) => `p${i}`),
        ),
      ],
      statuses,
    )
    return parts.some(
      (_, i) => marks[i] !== 'shown' && ranges.get(`p${i}`)!.lo === ranges.get(`p${i}`)!.hi,
    )
  }

  it('knows when the hidden parts of a group can be worked out from its shown total', () => {
    expect(pinned([10, 6], ['shown', 'shown'])).toBe(false) // nothing hidden
    expect(pinned([10, 3], ['shown', 'small'])).toBe(true) // one hidden part is the difference
    expect(pinned([10, 7], ['shown', 'complement'])).toBe(true)
    expect(pinned([1, 1, 9], ['small', 'small', 'shown'])).toBe(true) // 1 + 1
    expect(pinned([4, 4, 9], ['small', 'small', 'shown'])).toBe(true) // 4 + 4
    expect(pinned([2, 3, 9], ['small', 'small', 'shown'])).toBe(false) // 1+4, 2+3, …
    expect(pinned([1, 5], ['small', 'complement'])).toBe(true) // 1 + 5
    expect(pinned([3, 6], ['small', 'complement'])).toBe(false)
    expect(pinned([5, 5, 1], ['complement', 'complement', 'shown'])).toBe(true) // 5 + 5
  })

  it('carries what one group tells into another (a reader combines tables)', () => {
    const values = new Map([
      ['t', 8],
      ['m0', 4],
      ['m1', 4],
      ['l0', 1],
      ['l1', 7],
    ])
    const marks = new Map<string, CellStatus>([
      ['t', 'complement'],
      ['m0', 'small'],
      ['m1', 'small'],
      ['l0', 'small'],
      ['l1', 'shown'],
    ])
    // By language the total is at least 1 + 7; by municipality at most 4 + 4.
    const ranges = readerRanges(values, [group('t', ['m0', 'm1']), group('t', ['l0', 'l1'])], marks)
    expect(ranges.get('t')).toEqual({ lo: 8, hi: 8 })
    expect(ranges.get('m0')).toEqual({ lo: 4, hi: 4 })
  })
})

describe('suppressionMarks on one group', () => {
  it('shows 1–4 as small and hides the smallest other part when the total would reveal it', () => {
    const { values, marks } = single([10, 3, 6])
    expect(shown(marks, values)).toEqual([19, 10, '<5', 'x'])
  })

  it('leaves a group alone when nothing is small', () => {
    const { values, marks } = single([10, 0, 6])
    expect(shown(marks, values)).toEqual([16, 10, 0, 6])
  })

  it('hides further while the hidden parts sit at their least or greatest values', () => {
    expect(shown(single([1, 1, 7]).marks, single([1, 1, 7]).values)).toEqual([9, '<5', '<5', 'x'])
    // 1 + 5 = 6 is the least a "<5" and an "x" can hold: nothing left to hide, so the total goes.
    expect(shown(single([1, 5]).marks, single([1, 5]).values)).toEqual(['x', '<5', 'x'])
    expect(shown(single([4, 4]).marks, single([4, 4]).values)).toEqual(['x', '<5', '<5'])
    expect(shown(single([2, 3]).marks, single([2, 3]).values)).toEqual([5, '<5', '<5'])
  })

  it('never hides a zero and leaves a small total as "<5"', () => {
    const { values, marks } = single([0, 2, 0])
    expect(shown(marks, values)).toEqual(['<5', 0, '<5', 0])
  })

  it('cannot help a "<5" total of four "<5" parts (each is then 1): the one case left', () => {
    const { values, marks } = single([1, 1, 1, 1, 0])
    expect(shown(marks, values)).toEqual(['<5', '<5', '<5', '<5', '<5', 0])
  })
})

describe('suppressionMarks across groups', () => {
  it('hides more when another group pins a hidden total down', () => {
    const values = new Map([
      ['t', 8],
      ['m0', 4],
      ['m1', 4],
      ['l0', 1],
      ['l1', 7],
    ])
    const marks = suppressionMarks(values, [group('t', ['m0', 'm1']), group('t', ['l0', 'l1'])])
    expect(shown(marks, values)).toEqual(['x', '<5', '<5', '<5', 'x'])
  })

  it('does not let another group give back a hidden total', () => {
    // By municipality 4 + 4 hides the total; by language the total is one row of 8.
    const values = new Map([
      ['t', 8],
      ['m1', 4],
      ['m2', 4],
      ['l1', 8],
      ['l2', 0],
    ])
    const marks = suppressionMarks(values, [group('t', ['m1', 'm2']), group('t', ['l1', 'l2'])])
    expect(shown(marks, values)).toEqual(['x', '<5', '<5', 'x', 0])
  })

  it('hides a row that equals another group’s hidden cell (Nykarleby has one info point)', () => {
    const values = new Map([
      ['visits', 19],
      ['municipality:nykarleby', 6],
      ['municipality:kronoby', 3],
      ['municipality:jakobstad', 10],
      ['point:nykarleby', 6],
      ['point:kronoby', 3],
      ['point:jakobstad', 10],
    ])
    const marks = suppressionMarks(values, [
      group('visits', ['municipality:nykarleby', 'municipality:kronoby', 'municipality:jakobstad']),
      group('municipality:nykarleby', ['point:nykarleby']),
      group('municipality:kronoby', ['point:kronoby']),
      group('municipality:jakobstad', ['point:jakobstad']),
    ])
    expect(marks.get('municipality:nykarleby')).toBe('complement')
    expect(marks.get('point:nykarleby')).toBe('complement')
  })

  it('counts an unpublished remainder as hidden: 7 of 10 with a goal would reveal the other 3', () => {
    const values = new Map([
      ['plans', 10],
      ['education', 7],
      ['other', 3],
    ])
    const marks = suppressionMarks(
      values,
      [group('plans', ['education', 'other'])],
      new Set(['other']),
    )
    expect(marks.get('plans')).toBe('shown')
    expect(marks.get('education')).toBe('complement')
  })
})

// ---------------------------------------------------------------------------
// Brute force: every assignment a reader could make

type Marks = ReadonlyMap<string, CellStatus>

/** Every value of every hidden cell consistent with what the groups publish. */
function possibleValues(
  values: ReadonlyMap<string, number>,
  groups: readonly AdditiveGroup[],
  marks: Marks,
  bound: number,
): Map<string, Set<number>> {
  const hidden = (id: string) => (marks.get(id) ?? 'shown') !== 'shown'
  const domain = (id: string): [number, number] => (marks.get(id) === 'small' ? [1, 4] : [5, bound])
  const seen = new Map<string, Set<number>>()
  const record = (assigned: Map<string, number>) => {
    for (const [id, v] of assigned) {
      if (!seen.has(id)) seen.set(id, new Set())
      seen.get(id)!.add(v)
    }
  }
  const known = (id: string, assigned: Map<string, number>) =>
    hidden(id) ? assigned.get(id) : (values.get(id) ?? 0)

  const solveGroup = (gi: number, assigned: Map<string, number>) => {
    const g = groups[gi]
    if (g === undefined) return record(assigned)
    const open = g.parts.filter((id) => known(id, assigned) === undefined)
    const fixed = g.parts
      .filter((id) => known(id, assigned) !== undefined)
      .reduce((sum, id) => sum + known(id, assigned)!, 0)
    const total = known(g.total, assigned)
    const walk = (i: number, sum: number, next: Map<string, number>) => {
      const id = open[i]
      if (id === undefined) {
        if (total !== undefined) {
          if (sum === total) solveGroup(gi + 1, next)
          return
        }
        const [lo, hi] = domain(g.total)
        if (sum >= lo && sum <= hi) solveGroup(gi + 1, new Map(next).set(g.total, sum))
        return
      }
      const [lo, hi] = domain(id)
      for (let v = lo; v <= hi; v++) {
        if (total !== undefined && sum + v > total) break
        walk(i + 1, sum + v, new Map(next).set(id, v))
      }
    }
    walk(0, fixed, assigned)
  }
  solveGroup(0, new Map())
  return seen
}

const count = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 9 }))

function expectNothingPinned(values: Map<string, number>, groups: AdditiveGroup[], marks: Marks) {
  const bound = Math.max(...values.values()) + 1
  const possible = possibleValues(values, groups, marks, bound)
  // The one case left (see suppressionMarks): a "<5" total over four "<5" parts.
  const fourOnes = groups.some(
    (g) =>
      marks.get(g.total) === 'small' &&
      g.parts.filter((id) => marks.get(id) === 'small').length === 4,
  )
  for (const [id, status] of marks) {
    if (status === 'shown') continue
    const options = possible.get(id) ?? new Set()
    expect(options.has(values.get(id)!), `${id} keeps its true value`).toBe(true)
    if (fourOnes) continue
    expect(options.size, `${id} (${status}) could be worked out`).toBeGreaterThanOrEqual(2)
  }
}

describe('no hidden count can be worked out (brute force)', () => {
  it('in one group with its total', () => {
    fc.assert(
      fc.property(fc.array(count, { minLength: 1, maxLength: 5 }), (parts) => {
        const { values, groups, marks } = single(parts)
        for (const [id, v] of values) {
          if (v >= 1 && v <= 4) expect(marks.get(id)).toBe('small')
          if (v === 0) expect(marks.get(id)).toBe('shown')
        }
        expectNothingPinned(values, groups, marks)
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 400) },
    )
  })

  it('in two groups of the same total (by municipality and by language)', () => {
    fc.assert(
      fc.property(
        fc.array(count, { minLength: 1, maxLength: 3 }),
        fc.array(count, { minLength: 0, maxLength: 2 }),
        (municipalities, languagesButLast) => {
          const total = municipalities.reduce((a, b) => a + b, 0)
          const used = languagesButLast.reduce((a, b) => a + b, 0)
          fc.pre(used <= total)
          const languages = [...languagesButLast, total - used]
          const values = new Map<string, number>([['t', total]])
          municipalities.forEach((v, i) => {
            values.set(`m${i}`, v)
          })
          languages.forEach((v, i) => {
            values.set(`l${i}`, v)
          })
          const groups = [
            group(
              't',
              municipalities.map((_, i) => `m${i}`),
            ),
            group(
              't',
              languages.map((_, i) => `l${i}`),
            ),
          ]
          expectNothingPinned(values, groups, suppressionMarks(values, groups))
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    )
  })
  it('in three groups of one total, and in a total whose first part splits further', () => {
    const split = (total: number, cuts: number[]) => {
      const parts: number[] = []
      let left = total
      for (const cut of cuts) {
        const part = Math.min(cut, left)
        parts.push(part)
        left -= part
      }
      return [...parts, left]
    }
    fc.assert(
      fc.property(
        fc.array(count, { minLength: 1, maxLength: 3 }),
        fc.array(count, { maxLength: 1 }),
        fc.array(count, { maxLength: 1 }),
        fc.boolean(),
        (municipalities, languageCuts, monthCuts, nested) => {
          const total = municipalities.reduce((a, b) => a + b, 0)
          const values = new Map<string, number>([['t', total]])
          municipalities.forEach((v, i) => {
            values.set(`m${i}`, v)
          })
          const groups = [
            group(
              't',
              municipalities.map((_, i) => `m${i}`),
            ),
          ]
          if (nested) {
            // The first municipality's visits by its two info points.
            const [a = 0, b = 0] = split(municipalities[0] ?? 0, languageCuts)
            values.set('i0', a).set('i1', b)
            groups.push(group('m0', ['i0', 'i1']))
            groups.push(
              group('t', ['i0', 'i1', ...municipalities.slice(1).map((_, i) => `m${i + 1}`)]),
            )
          } else {
            const languages = split(total, languageCuts)
            const months = split(total, monthCuts)
            languages.forEach((v, i) => {
              values.set(`l${i}`, v)
            })
            months.forEach((v, i) => {
              values.set(`d${i}`, v)
            })
            groups.push(
              group(
                't',
                languages.map((_, i) => `l${i}`),
              ),
            )
            groups.push(
              group(
                't',
                months.map((_, i) => `d${i}`),
              ),
            )
          }
          expectNothingPinned(values, groups, suppressionMarks(values, groups))
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    )
  })
})

// ---------------------------------------------------------------------------
// The report in publication mode

const params: FollowUpParams = {
  from: LocalDate.parse('2026-01-01'),
  to: LocalDate.parse('2026-03-31'),
  municipality: null,
  organisation: null,
  publication: true,
}

const rows = (figure: string, dim: FigureRow['dim'], counts: Record<string, number>) =>
  Object.entries(counts).map(([key, n]): FigureRow => ({ figure, dim, key, n }))

describe('publishFollowUp', () => {
  const figures = {
    rows: [
      ...rows('assessments', 'total', { '': 12 }),
      ...rows('assessments', 'month', { '2026-01': 2, '2026-02': 5, '2026-03': 5 }),
      ...rows('assessments', 'municipality', { jakobstad: 12 }),
      ...rows('assessments', 'language', { ar: 12 }),
      ...rows('assessments', 'organisation', { 'integration-unit': 12 }),
      ...rows('integrationsporten-visits', 'total', { '': 9 }),
      ...rows('integrationsporten-visits', 'month', { '2026-01': 9 }),
      ...rows('integrationsporten-visits', 'municipality', { jakobstad: 9 }),
      ...rows('integrationsporten-visits', 'language', { sv: 6, fi: 3 }),
      ...rows('integrationsporten-visits', 'infoPoint', { jakobstad: 6, romporten: 3 }),
      ...rows('integrationsporten-visits', 'topic', { work: 9, housing: 2 }),
      ...rows('integrationsporten-visits', 'organisation', { 'integration-unit': 9 }),
      ...rows('reviews-on-time', 'total', { '': 3 }),
      ...rows('reviews-late', 'total', { '': 7 }),
      ...rows('under-25-plans', 'total', { '': 8 }),
      ...rows('under-25-education-goal', 'total', { '': 6 }),
    ],
    medians: [
      { figure: 'median-days-arrival-to-assessment', median: 40, n: 4 },
      { figure: 'median-days-assessment-to-plan', median: 12.5, n: 5 },
    ],
  }
  const { report, cases } = assembleFollowUp(params, params.to, figures)
  const published = publishFollowUp(report, cases)

  it('hides months of event counts that a total would reveal, but not distinct-customer months', () => {
    expect(published.metrics.assessments).toBe(12)
    expect(published.breakdowns.month.map((r) => r.metrics.assessments)).toEqual(['<5', 'x', 5])
  })

  it('keeps the language rows’ visits and the visits by language the same cells', () => {
    expect(published.visits.language).toEqual([
      { key: 'sv', count: 'x' },
      { key: 'fi', count: '<5' },
    ])
    const byLanguage = Object.fromEntries(
      published.breakdowns.language.map((r) => [r.key, r.metrics['integrationsporten-visits']]),
    )
    expect(byLanguage).toMatchObject({ sv: 'x', fi: '<5' })
    expect(published.visits.infoPoint).toEqual([
      { key: 'jakobstad', count: 'x' },
      { key: 'romporten', count: '<5' },
    ])
    // Topics do not add up (a visit may have several): only the small one goes.
    expect(published.visits.topic).toEqual([
      { key: 'housing', count: '<5' },
      { key: 'work', count: 9 },
    ])
  })

  it('hides small steering counts, medians over fewer than five, and a share that would reveal one', () => {
    expect(published.steering).toMatchObject({
      'reviews-on-time': '<5',
      'reviews-late': 7,
      'median-days-arrival-to-assessment': 'x',
      'median-days-assessment-to-plan': 12.5,
      'under-25-plans': 8,
      // 6 of 8 would reveal the other 2.
      'under-25-education-goal': 'x',
      'under-25-education-share': 'x',
      'civic-orientation-completed': 0,
    })
    expect(report.steering['under-25-education-share']).toBe(0.75)
    expect(published.publication).toBe(true)
  })
})
