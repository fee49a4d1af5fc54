import { type RawBuilder, sql } from 'kysely'
import type { Database, Queryable } from '../db/database.js'
import { infoPoints } from '../shared/programme/definitions.js'
import {
  customerFilter,
  day,
  type FigureRow,
  type FollowUpFigures,
  type FollowUpFilter,
  languageOf,
  organisationIn,
  twoYearsBefore,
} from './report-sql.js'
import { arrivalToAssessment, planStartFigures, reviewFigures } from './steering.queries.js'

// The programme's follow-up figures in SQL (issue 6; definitions in
// src/shared/api/reports.schemas.ts), and the loader that runs every query of
// the report. One query per kind of record, each answering its totals and
// breakdowns in one round trip (GROUPING SETS and UNION ALL), every row as
// (figure, dimension, key, n). visit_date already holds a visit's Helsinki date.
//
// Index use: assessment_completed_idx, visit_date_location_idx,
// language_test_taken_idx and plan_valid_idx bound their tables by the
// period. A plan is in force for at most two years (L190, CHECK on plan), so
// a plan valid on some day from `from` on started at most two years before.

/** The municipality an info point is in (Romporten is in Jakobstad). */
const infoPointMunicipality = (location: RawBuilder<unknown>) =>
  sql<string>`(CASE ${location} ${sql.join(
    Object.values(infoPoints).map((p) => sql`WHEN ${p.id} THEN ${p.municipality}`),
    sql` `,
  )} END)`

/** A month as one number (year × 12 + month − 1), for month arithmetic in SQL. */
const monthIndex = (date: RawBuilder<unknown>) =>
  sql<number>`(extract(year FROM ${date})::int * 12 + extract(month FROM ${date})::int - 1)`

/** Every month the period touches: its key and index. */
const monthsCte = (f: FollowUpFilter) => sql`months AS (
  SELECT to_char(m, 'YYYY-MM') AS key, ${monthIndex(sql.ref('m'))} AS mi
  FROM generate_series(date_trunc('month', cast(${f.from} as timestamp)),
    cast(${f.to} as timestamp), interval '1 month') AS m
)`

/**
 * Distinct customers by month, from `source` (customer_id, figure,
 * first_day, last_day: each record's days within the period). A customer's
 * records are merged into runs of months (gaps and islands), each run adds
 * one from its first month and takes one away after its last, and a month's
 * count is the sum of the changes up to it: a few rows per customer, where
 * listing every customer in every month would sort hundreds of thousands.
 * Needs the CTE `months`; defines `spans`, `runs` and `changes`.
 */
const monthlyChangesCtes = (source: string) => sql`
  spans AS (
    SELECT customer_id, figure, ${monthIndex(sql.ref('first_day'))} AS s,
      ${monthIndex(sql.ref('last_day'))} AS e
    FROM ${sql.table(source)}
  ),
  runs AS (
    SELECT figure, min(s) AS s, max(e) AS e
    FROM (
      SELECT customer_id, figure, s, e,
        count(*) FILTER (WHERE starts_run) OVER (PARTITION BY customer_id, figure
          ORDER BY s, e ROWS UNBOUNDED PRECEDING) AS run
      FROM (
        SELECT customer_id, figure, s, e,
          s > coalesce(max(e) OVER (PARTITION BY customer_id, figure ORDER BY s, e
            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), -1) AS starts_run
        FROM spans
      ) marked
    ) numbered
    GROUP BY customer_id, figure, run
  ),
  changes AS (
    SELECT figure, s AS mi, count(*) AS d FROM runs GROUP BY figure, s
    UNION ALL
    SELECT figure, e + 1, -count(*) FROM runs GROUP BY figure, e
  )`

const monthlyFromChanges = sql`
  SELECT changes.figure, 'month', months.key, sum(changes.d)
  FROM months JOIN changes ON changes.mi <= months.mi
  GROUP BY changes.figure, months.key`

/**
 * Distinct customers in `source` (customer_id, figure, municipality,
 * language, organisations) in total, by municipality, language and
 * organisation: each customer once per key, then counted.
 */
const distinctCustomerBreakdowns = (source: string) => sql`
  SELECT figure,
    CASE WHEN GROUPING(municipality) = 0 THEN 'municipality'
      WHEN GROUPING(language) = 0 THEN 'language' ELSE 'total' END AS dim,
    coalesce(municipality, language, '') AS key,
    count(*) AS n
  FROM (SELECT DISTINCT customer_id, figure, municipality, language FROM ${sql.table(source)})
    per_customer
  GROUP BY GROUPING SETS ((figure), (figure, municipality), (figure, language))
  UNION ALL
  SELECT figure, 'organisation', organisation, count(*)
  FROM (SELECT DISTINCT customer_id, figure, organisation
    FROM ${sql.table(source)}, unnest(organisations) AS organisation) per_organisation
  GROUP BY figure, organisation`

/** Standard and multisectoral assessments completed in the period (M1, M2). */
export async function assessmentFigures(db: Queryable, f: FollowUpFilter): Promise<FigureRow[]> {
  const result = await sql<FigureRow>`
    WITH a AS (
      SELECT CASE a.kind WHEN 'standard' THEN 'assessments' ELSE 'multisectoral-assessments' END
          AS figure,
        to_char(a.completed_on, 'YYYY-MM') AS month, c.municipality,
        ${languageOf('c')} AS language, a.organisations
      FROM assessment a JOIN customer c ON c.id = a.customer_id
      WHERE a.completed_on BETWEEN ${day(f.from)} AND ${day(f.to)}
        ${customerFilter(f)} ${organisationIn(f, sql.ref('a.organisations'))}
    )
    SELECT figure,
      CASE WHEN GROUPING(month) = 0 THEN 'month' WHEN GROUPING(municipality) = 0 THEN 'municipality'
        WHEN GROUPING(language) = 0 THEN 'language' ELSE 'total' END AS dim,
      coalesce(month, municipality, language, '') AS key,
      count(*) AS n
    FROM a
    GROUP BY GROUPING SETS ((figure), (figure, month), (figure, municipality), (figure, language))
    UNION ALL
    SELECT figure, 'organisation', organisation, count(*)
    FROM a, unnest(a.organisations) AS organisation
    GROUP BY figure, organisation`.execute(db)
  return result.rows
}

/** Visits at Integrationsporten by their Helsinki date (M7). */
export async function visitFigures(db: Queryable, f: FollowUpFilter): Promise<FigureRow[]> {
  const locations = Object.values(infoPoints)
    .filter((p) => p.municipality === f.municipality)
    .map((p) => p.id)
  const inMunicipality = f.municipality
    ? locations.length
      ? sql`AND v.location IN (${sql.join(locations)})`
      : sql`AND false`
    : sql``
  const byRecorder = f.organisation ? sql`AND u.organisation_id = ${f.organisation}` : sql``
  const result = await sql<FigureRow>`
    WITH v AS (
      SELECT to_char(v.visit_date, 'YYYY-MM') AS month,
        ${infoPointMunicipality(sql.ref('v.location'))} AS municipality,
        u.organisation_id AS organisation, v.language, v.location, v.topics
      FROM visit v JOIN app_user u ON u.id = v.recorded_by
      WHERE v.visit_date BETWEEN ${day(f.from)} AND ${day(f.to)} ${inMunicipality} ${byRecorder}
    )
    SELECT 'integrationsporten-visits' AS figure,
      CASE WHEN GROUPING(month) = 0 THEN 'month' WHEN GROUPING(municipality) = 0 THEN 'municipality'
        WHEN GROUPING(organisation) = 0 THEN 'organisation'
        WHEN GROUPING(language) = 0 THEN 'language'
        WHEN GROUPING(location) = 0 THEN 'infoPoint' ELSE 'total' END AS dim,
      coalesce(month, municipality, organisation, language, location, '') AS key,
      count(*) AS n
    FROM v
    GROUP BY GROUPING SETS ((), (month), (municipality), (organisation), (language), (location))
    UNION ALL
    SELECT 'integrationsporten-visits', 'topic', topic, count(*)
    FROM v, unnest(v.topics) AS topic
    GROUP BY topic`.execute(db)
  return result.rows
}

/**
 * Participants in civic orientation and integration training (M3, M4):
 * participations overlapping the period, an open one running on; and the
 * participations that ended in the period, completed or interrupted.
 */
export async function participationFigures(db: Queryable, f: FollowUpFilter): Promise<FigureRow[]> {
  const result = await sql<FigureRow>`
    WITH p AS (
      SELECT p.customer_id, p.service || '-participants' AS figure, p.service,
        p.ended_on, p.interrupted,
        greatest(p.started_on, ${day(f.from)}) AS first_day,
        least(coalesce(p.ended_on, ${day(f.to)}), ${day(f.to)}) AS last_day,
        c.municipality, ${languageOf('c')} AS language,
        c.responsible_organisations AS organisations
      FROM participation p JOIN customer c ON c.id = p.customer_id
      WHERE p.started_on <= ${day(f.to)} AND (p.ended_on IS NULL OR p.ended_on >= ${day(f.from)})
        ${customerFilter(f)} ${organisationIn(f, sql.ref('c.responsible_organisations'))}
    ), ${monthsCte(f)}, ${monthlyChangesCtes('p')}
    ${distinctCustomerBreakdowns('p')}
    UNION ALL
    ${monthlyFromChanges}
    UNION ALL
    SELECT p.service || CASE WHEN p.interrupted THEN '-interrupted' ELSE '-completed' END,
      'total', '', count(*)
    FROM p WHERE p.ended_on BETWEEN ${day(f.from)} AND ${day(f.to)}
    GROUP BY p.service, p.interrupted`.execute(db)
  return result.rows
}

/** Customers with a language test in the period whose lowest skill is B1.1 or higher (M5). */
export async function languageTestFigures(db: Queryable, f: FollowUpFilter): Promise<FigureRow[]> {
  const result = await sql<FigureRow>`
    WITH t AS (
      SELECT DISTINCT t.customer_id, 'integration-training-reached-b1-1' AS figure,
        to_char(t.taken_on, 'YYYY-MM') AS month, c.municipality, ${languageOf('c')} AS language,
        c.responsible_organisations AS organisations
      FROM language_test t JOIN customer c ON c.id = t.customer_id
      WHERE t.taken_on BETWEEN ${day(f.from)} AND ${day(f.to)} AND t.reached_target
        ${customerFilter(f)} ${organisationIn(f, sql.ref('c.responsible_organisations'))}
    )
    ${distinctCustomerBreakdowns('t')}
    UNION ALL
    SELECT figure, 'month', month, count(DISTINCT customer_id) FROM t GROUP BY figure, month`.execute(
    db,
  )
  return result.rows
}

/**
 * Registered integration customers (M8): a plan valid on some day of the
 * period, from its start to its early end (ended_on) or valid_until. A plan
 * ended before it started (replaced on its first day) was never in force.
 */
export async function planFigures(db: Queryable, f: FollowUpFilter): Promise<FigureRow[]> {
  const result = await sql<FigureRow>`
    WITH p AS (
      SELECT p.customer_id, 'registered-integration-customers' AS figure,
        greatest(p.starts_on, ${day(f.from)}) AS first_day,
        least(coalesce(p.ended_on, p.valid_until), ${day(f.to)}) AS last_day,
        c.municipality, ${languageOf('c')} AS language, p.organisations
      FROM plan p JOIN customer c ON c.id = p.customer_id
      WHERE p.starts_on <= ${day(f.to)}
        AND p.starts_on >= ${twoYearsBefore(f.from)}
        AND coalesce(p.ended_on, p.valid_until) >= ${day(f.from)}
        AND coalesce(p.ended_on, p.valid_until) >= p.starts_on
        ${customerFilter(f)} ${organisationIn(f, sql.ref('p.organisations'))}
    ), ${monthsCte(f)}, ${monthlyChangesCtes('p')}
    ${distinctCustomerBreakdowns('p')}
    UNION ALL
    ${monthlyFromChanges}`.execute(db)
  return result.rows
}

/** Every query of the report, as one list of independent reads. */
function allQueries(db: Queryable, f: FollowUpFilter) {
  return [
    assessmentFigures(db, f),
    visitFigures(db, f),
    participationFigures(db, f),
    languageTestFigures(db, f),
    planFigures(db, f),
    reviewFigures(db, f),
    planStartFigures(db, f),
    arrivalToAssessment(db, f),
  ] as const
}

/**
 * Runs the report's queries: side by side over the pool on PostgreSQL, in
 * one transaction on the single-connection embedded engine (where a query
 * outside a transaction could land in another request's open one).
 */
export async function loadFollowUpFigures(
  database: Database,
  f: FollowUpFilter,
): Promise<FollowUpFigures> {
  const run = async (db: Queryable) => {
    const [assessments, visits, participations, tests, plans, reviews, starts, arrival] =
      await Promise.all(allQueries(db, f))
    return {
      rows: [
        ...assessments,
        ...visits,
        ...participations,
        ...tests,
        ...plans,
        ...reviews,
        ...starts.rows,
      ],
      medians: [arrival, starts.median],
    }
  }
  if (database.kind === 'postgres') return run(database.db)
  return database.db.transaction().execute(run)
}
