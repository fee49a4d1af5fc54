import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { sql } from 'kysely'
import { z } from 'zod'
import type { AppDeps } from '../app-deps.js'
import { sendProblem } from '../http/problem.js'

// Asks the database for real, with a deadline, so a hung connection reads as
// down; an embedded engine stopped after a disk fault is down without asking.
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
        const fault = deps.database.storage?.fault()
        if (fault) {
          // The embedded engine stopped after a disk fault; asking it would hang.
          return sendProblem(
            reply,
            {
              status: 503,
              title: 'Service unavailable',
              detail: `The database stopped: its disk is ${fault.problem}. It reopens by itself when the disk is fixed.`,
            },
            { 'retry-after': '30' },
          )
        }
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
