import { sql } from 'kysely'
import type { Queryable } from '../db/database.js'
import {
  customerFilter,
  day,
  type FigureRow,
  type FollowUpFilter,
  type MedianRow,
  organisationIn,
  planCustomer,
  twoYearsBefore,
} from './report-sql.js'

// The figures a manager steers by (issue 6; definitions in
// src/shared/api/reports.schemas.ts): plan reviews on time, late and
// overdue, the medians from arrival to assessment and from assessment to
// plan, and the under-25s' plans and their goals.

/**
 * Plan reviews (L190): those made in the period on or before the review due
 * then (six months after the plan's start or the latest review on an
 * earlier day; PostgreSQL's month arithmetic clamps month ends like
 * LocalDate.plusMonths), and plans in force on `asOf` whose review was due
 * before it.
 */
export async function reviewFigures(db: Queryable, f: FollowUpFilter): Promise<FigureRow[]> {
  const result = await sql<FigureRow>`
    SELECT CASE WHEN r.reviewed_on <= due.due_on THEN 'reviews-on-time' ELSE 'reviews-late' END
        AS figure,
      'total' AS dim, '' AS key, count(*) AS n
    FROM plan_review r
      JOIN plan p ON p.id = r.plan_id
      ${planCustomer(f)}
      CROSS JOIN LATERAL (SELECT (greatest(p.starts_on,
        (SELECT max(e.reviewed_on) FROM plan_review e
          WHERE e.plan_id = r.plan_id AND e.reviewed_on < r.reviewed_on))
        + interval '6 months')::date AS due_on) due
    WHERE r.reviewed_on BETWEEN ${day(f.from)} AND ${day(f.to)}
      ${customerFilter(f)} ${organisationIn(f, sql.ref('p.organisations'))}
    GROUP BY 1
    UNION ALL
    SELECT 'reviews-overdue', 'total', '', count(*)
    FROM plan p ${planCustomer(f)}
    WHERE p.starts_on <= ${day(f.asOf)}
      AND p.starts_on >= ${twoYearsBefore(f.asOf)}
      AND coalesce(p.ended_on, p.valid_until) >= ${day(f.asOf)}
      AND (greatest(p.starts_on,
        (SELECT max(e.reviewed_on) FROM plan_review e
          WHERE e.plan_id = p.id AND e.reviewed_on <= ${day(f.asOf)}))
        + interval '6 months')::date < ${day(f.asOf)}
      ${customerFilter(f)} ${organisationIn(f, sql.ref('p.organisations'))}`.execute(db)
  return result.rows
}

/**
 * Plans starting in the period: days from the assessment they rest on, and
 * those for people under 25 on the start day (age as LocalDate.ageOn counts
 * it, 29 February birthdays included) with education as the primary goal (L173).
 */
export async function planStartFigures(
  db: Queryable,
  f: FollowUpFilter,
): Promise<{ rows: FigureRow[]; median: MedianRow }> {
  const result = await sql<{
    median: number | null
    n: number
    under_25: number
    under_25_education: number
  }>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY p.starts_on - a.completed_on) AS median,
      count(*) AS n,
      count(*) FILTER (WHERE young.under_25) AS under_25,
      count(*) FILTER (WHERE young.under_25 AND p.primary_goal = 'education') AS under_25_education
    FROM plan p
      JOIN assessment a ON a.id = p.assessment_id
      JOIN customer c ON c.id = p.customer_id
      CROSS JOIN LATERAL (SELECT extract(year FROM age(p.starts_on, c.birth_date)) < 25 AS under_25)
        young
    WHERE p.starts_on BETWEEN ${day(f.from)} AND ${day(f.to)}
      AND coalesce(p.ended_on, p.valid_until) >= p.starts_on
      ${customerFilter(f)} ${organisationIn(f, sql.ref('p.organisations'))}`.execute(db)
  const row = result.rows[0] ?? { median: null, n: 0, under_25: 0, under_25_education: 0 }
  return {
    rows: [
      { figure: 'under-25-plans', dim: 'total', key: '', n: row.under_25 },
      { figure: 'under-25-education-goal', dim: 'total', key: '', n: row.under_25_education },
    ],
    median: { figure: 'median-days-assessment-to-plan', median: row.median, n: row.n },
  }
}

/**
 * Days from arrival to the first assessment, over customers whose first
 * assessment was completed in the period and whose arrival day is known.
 */
export async function arrivalToAssessment(db: Queryable, f: FollowUpFilter): Promise<MedianRow> {
  const result = await sql<{ median: number | null; n: number }>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median, count(*) AS n
    FROM (
      SELECT DISTINCT ON (a.customer_id) a.completed_on - c.arrived_on AS days
      FROM assessment a JOIN customer c ON c.id = a.customer_id
      WHERE a.completed_on BETWEEN ${day(f.from)} AND ${day(f.to)}
        AND c.arrived_on IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM assessment e
          WHERE e.customer_id = a.customer_id AND e.completed_on < a.completed_on)
        ${customerFilter(f)} ${organisationIn(f, sql.ref('a.organisations'))}
      ORDER BY a.customer_id
    ) first_assessment`.execute(db)
  const row = result.rows[0] ?? { median: null, n: 0 }
  return { figure: 'median-days-arrival-to-assessment', median: row.median, n: row.n }
}
