import { parse, UsageError, withDatabase } from '../cli-support.js'
import type { Config } from '../config.js'
import { migrate } from '../db/migrate.js'
import { HttpProblem } from '../http/problem.js'
import { followUpQuery, followUpReport } from '../shared/api/reports.schemas.js'
import { systemClock } from '../shared/time/clock.js'
import { followUpCsv } from './export.js'
import { followUpFor, followUpParams } from './follow-up.routes.js'

// `porten report follow-up --from D --to D [--municipality M]
// [--organisation O] [--format json|csv] [--publication]` (contract): the
// same JSON as GET /api/v1/reports/follow-up, or exactly the same CSV.

export async function reportCommand(args: string[], config: Config): Promise<number> {
  const [sub, ...rest] = args
  if (sub !== 'follow-up') throw new UsageError('Use "report follow-up".')
  const { values } = parse(rest, {
    from: { type: 'string' },
    to: { type: 'string' },
    municipality: { type: 'string' },
    organisation: { type: 'string' },
    format: { type: 'string' },
    publication: { type: 'boolean' },
  })
  const parsed = followUpQuery.safeParse({
    ...values,
    publication: values.publication ? 'true' : undefined,
  })
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues.map((i) => `--${i.path.join('.') || 'input'}: ${i.message}`).join('\n'),
    )
  }
  const query = parsed.data
  const format = query.format ?? 'json'
  if (format === 'xlsx') throw new UsageError('--format: json or csv (XLSX comes from the API)')
  let params: ReturnType<typeof followUpParams>
  try {
    params = followUpParams({ ...query, publication: query.publication === 'true' })
  } catch (error) {
    if (!(error instanceof HttpProblem)) throw error
    throw new UsageError((error.errors ?? []).map((e) => `--${e.path}: ${e.message}`).join('\n'))
  }
  return withDatabase(config, async (database) => {
    await migrate(database)
    const report = await followUpFor(database, params, systemClock.today())
    if (format === 'csv') process.stdout.write(followUpCsv(report))
    else process.stdout.write(`${JSON.stringify(followUpReport.parse(report))}\n`)
  })
}
