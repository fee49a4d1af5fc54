import rateLimit from '@fastify/rate-limit'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AppDeps } from '../app-deps.js'
import { badRequest } from '../http/problem.js'
import { routingRequest, routingResponse } from '../shared/programme/routing.schemas.js'
import { answerRoutingRequest } from './routing.service.js'

// POST /api/v1/routing: who arranges each programme part for a person. No
// sign-in and nothing stored (the public guide asks it too), so it is
// rate-limited per client address.

export const ROUTING_RATE_LIMIT = { max: 120, timeWindow: '1 minute' }

export function routingRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(rateLimit, { global: false })
    app.post(
      '/api/v1/routing',
      {
        config: { rateLimit: deps.routingRateLimit ?? ROUTING_RATE_LIMIT },
        schema: {
          tags: ['programme'],
          summary: 'Who arranges each programme part for a person (nothing is stored)',
          body: routingRequest,
          response: { 200: routingResponse },
        },
      },
      async (request) => {
        const outcome = answerRoutingRequest(
          request.body,
          deps.clock.today(),
          deps.config.programmeSettings,
        )
        if (!outcome.ok) {
          throw badRequest(outcome.errors.map((e) => `${e.path}: ${e.message}`).join('; '), [
            ...outcome.errors,
          ])
        }
        return outcome.body
      },
    )
  }
}
