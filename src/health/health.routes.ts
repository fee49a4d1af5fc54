import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sql } from 'kysely'
import { z } from 'zod'
import type { AppDeps } from '../app-deps.js'
import { sendProblem } from '../http/problem.js'

// Asks the database for real, with a deadline, so a hung connection reads as down.
export function healthRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/healthz',
      {
        schema: {
          tags: ['health'],
          summary: 'Whether the database answers',
          response: { 200: z.object({ status: z.literal('ok') }) },
        },
      },
      async (_request, reply) => {
        try {
          await withTimeout(sql`select 1`.execute(deps.database.db), 2_000)
          return { status: 'ok' as const }
        } catch {
          return sendProblem(
            reply,
            { status: 503, title: 'Service unavailable', detail: 'The database does not answer.' },
            { 'retry-after': '5' },
          )
        }
      },
    )
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}
