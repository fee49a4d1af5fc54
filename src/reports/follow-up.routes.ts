import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AppDeps } from '../app-deps.js'
import { authorize } from '../auth/auth.js'
import type { Database } from '../db/database.js'
import { badRequest } from '../http/problem.js'
import {
  type FollowUpReport,
  followUpQuery,
  followUpReport,
  reportRoles,
} from '../shared/api/reports.schemas.js'
import type { StaffOrganisationId } from '../shared/organisations.js'
import type { MunicipalityId } from '../shared/programme/definitions.js'
import { LocalDate } from '../shared/time/local-date.js'
import {
  csvContentType,
  exportFileName,
  followUpCsv,
  followUpXlsx,
  xlsxContentType,
} from './export.js'
import {
  type FollowUpParams,
  followUpReportOf,
  maxPeriodYears,
  periodTooLong,
  referenceDay,
} from './follow-up.js'
import { loadFollowUpFigures } from './follow-up.queries.js'

// GET /api/v1/reports/follow-up (contract; issue 6): the programme's
// follow-up figures for a period, as JSON, CSV or XLSX. Managers and admins
// only. Figures are aggregates that name no customer, so no audit entry is
// written; the request log carries the route pattern, never the query.

export interface FollowUpRequest {
  readonly from: string
  readonly to: string
  readonly municipality?: MunicipalityId | undefined
  readonly organisation?: StaffOrganisationId | undefined
  readonly publication: boolean
}

/** Period checks the query schema cannot make: at most ten years. */
export function followUpParams(request: FollowUpRequest): FollowUpParams {
  const from = LocalDate.parse(request.from)
  const to = LocalDate.parse(request.to)
  if (periodTooLong(from, to)) {
    throw badRequest(`The period may be at most ${maxPeriodYears} years.`, [
      { path: 'to', message: `the period may be at most ${maxPeriodYears} years` },
    ])
  }
  return {
    from,
    to,
    municipality: request.municipality ?? null,
    organisation: request.organisation ?? null,
    publication: request.publication,
  }
}

/** The report for a request; shared with `porten report follow-up`. */
export async function followUpFor(
  database: Database,
  params: FollowUpParams,
  today: LocalDate,
): Promise<FollowUpReport> {
  const asOf = referenceDay(params.to, today)
  const figures = await loadFollowUpFigures(database, {
    from: params.from.toString(),
    to: params.to.toString(),
    asOf: asOf.toString(),
    municipality: params.municipality ?? undefined,
    organisation: params.organisation ?? undefined,
  })
  return followUpReportOf(params, asOf, figures)
}

/** A download: the JSON response schema does not apply to it. */
function sendFile(reply: FastifyReply, type: string, name: string, body: string | Buffer) {
  return reply
    .type(type)
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'no-store')
    .send(body)
}

export function reportRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/v1/reports/follow-up',
      {
        schema: {
          tags: ['reports'],
          summary: 'The programme’s follow-up figures for a period (JSON, CSV or XLSX)',
          querystring: followUpQuery,
          response: { 200: followUpReport },
        },
      },
      async (request, reply) => {
        const query = request.query
        authorize(request, reportRoles)
        const params = followUpParams({ ...query, publication: query.publication === 'true' })
        const report = await followUpFor(deps.database, params, deps.clock.today())
        const format = query.format ?? 'json'
        if (format === 'json') return report
        if (format === 'csv') {
          return sendFile(reply, csvContentType, exportFileName(report, 'csv'), followUpCsv(report))
        }
        const workbook = await followUpXlsx(report, query.lang ?? 'sv')
        return sendFile(reply, xlsxContentType, exportFileName(report, 'xlsx'), workbook)
      },
    )
  }
}
