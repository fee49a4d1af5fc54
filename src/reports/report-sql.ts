import { type RawBuilder, sql } from 'kysely'
import type { StaffOrganisationId } from '../shared/organisations.js'
import type { MunicipalityId } from '../shared/programme/definitions.js'

// What the follow-up report's queries share (follow-up.queries.ts,
// steering.queries.ts): the filter, the row shapes, and SQL fragments for
// dates, the customer's language and the filters. Periods are calendar dates
// in Helsinki, passed as 'YYYY-MM-DD' and compared as dates.

export interface FollowUpFilter {
  /** First and last day of the period, 'YYYY-MM-DD', both inclusive. */
  readonly from: string
  readonly to: string
  /** The reference day for overdue reviews: min(to, today). */
  readonly asOf: string
  readonly municipality?: MunicipalityId | undefined
  readonly organisation?: StaffOrganisationId | undefined
}

export type FigureDimension =
  | 'total'
  | 'month'
  | 'municipality'
  | 'organisation'
  | 'language'
  | 'infoPoint'
  | 'topic'

/** One figure for one key of one dimension ('' for the total). */
export interface FigureRow {
  readonly figure: string
  readonly dim: FigureDimension
  readonly key: string
  readonly n: number
}

/** A median and how many cases it was taken over. */
export interface MedianRow {
  readonly figure: string
  readonly median: number | null
  readonly n: number
}

export interface FollowUpFigures {
  readonly rows: readonly FigureRow[]
  readonly medians: readonly MedianRow[]
}

export const day = (text: string) => sql`cast(${text} as date)`
/** A date, not a timestamp, so that the date indexes apply. */
export const twoYearsBefore = (text: string) => sql`(${day(text)} - interval '2 years')::date`

/** The customer's native language: the one marked, else the first listed, else 'und'. */
export const languageOf = (customer: string) => {
  const languages = sql.ref(`${customer}.languages`)
  return sql<string>`coalesce(
    jsonb_path_query_first(${languages}, '$[*] ? (@.native == true).code') #>> '{}',
    ${languages} #>> '{0,code}',
    'und')`
}

export const customerFilter = (f: FollowUpFilter) =>
  f.municipality ? sql`AND c.municipality = ${f.municipality}` : sql``

/** The customer of `plan p`, joined only when the municipality filter needs it. */
export const planCustomer = (f: FollowUpFilter) =>
  f.municipality ? sql`JOIN customer c ON c.id = p.customer_id` : sql``

export const organisationIn = (f: FollowUpFilter, organisations: RawBuilder<unknown>) =>
  f.organisation ? sql`AND ${f.organisation} = ANY(${organisations})` : sql``
