import { randomUUID } from 'node:crypto'
import swagger from '@fastify/swagger'
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify'
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import type { AppDeps } from './app-deps.js'
import { auditRoutes } from './audit/audit.routes.js'
import { authPlugin } from './auth/auth.plugin.js'
import { authRoutes } from './auth/auth.routes.js'
import { caseworkRoutes } from './casework/casework.routes.js'
import { customerRoutes } from './customers/customers.routes.js'
import { directoryRoutes } from './directory/directory.routes.js'
import { guideRoutes } from './guide/guide.routes.js'
import { healthRoutes } from './health/health.routes.js'
import { registerProblemHandlers, sendProblem } from './http/problem.js'
import { registerSecurityHeaders } from './http/security.js'
import { registerStaffApp } from './http/staff-app.js'
import { routingRoutes } from './programme/routing.routes.js'
import { reportRoutes } from './reports/follow-up.routes.js'
import { visitRoutes } from './visits/visits.routes.js'

export const BODY_LIMIT = 1024 * 1024

export interface BuildOptions {
  /** Pino logger options, or false for none (tests). */
  logger?: false | { level: string; stream?: NodeJS.WritableStream }
  /** Where the built staff app is; tests may point elsewhere. */
  staffAppRoot?: string
}

export async function buildApp(
  deps: AppDeps,
  options: BuildOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: deps.config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    logController: new LogController({ disableRequestLogging: true }),
    logger: loggerOptions(options.logger ?? { level: deps.config.logLevel }),
    routerOptions: { ignoreTrailingSlash: false },
    // Addresses the router cannot read (bad percent-encoding, a path parameter
    // over 100 characters) are answered before any route or error handler:
    // as problem details too, without echoing the address.
    frameworkErrors: (error, _request, reply) =>
      sendProblem(reply, {
        status: error.statusCode ?? 400,
        title: error.statusCode === 414 ? 'Address too long' : 'Invalid address',
        detail:
          error.statusCode === 414
            ? 'A part of the address is longer than any identifier Porten uses.'
            : 'The address is not valid: check its percent-encoding.',
      }),
  }).withTypeProvider<ZodTypeProvider>()

  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  registerProblemHandlers(app)

  // One line per request: the route's pattern (never the path with its ids,
  // nor the query string or body), the status and the time taken.
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? '(no route)',
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    )
  })

  await registerSecurityHeaders(app)
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Porten API', version: '1', description: 'The external contract, v1' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'porten_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    hideUntagged: true,
  })
  await app.register(authPlugin, { deps })

  await app.register(healthRoutes(deps))
  await app.register(authRoutes(deps))
  await app.register(auditRoutes(deps))
  await app.register(routingRoutes(deps))
  await app.register(customerRoutes(deps))
  await app.register(caseworkRoutes(deps))
  await app.register(directoryRoutes(deps))
  await app.register(visitRoutes(deps))
  await app.register(reportRoutes(deps))
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger())

  await app.register(guideRoutes(deps))
  await registerStaffApp(app, options.staffAppRoot)
  return app
}

function loggerOptions(
  option: false | { level: string; stream?: NodeJS.WritableStream },
): FastifyServerOptions['logger'] {
  if (option === false) return false
  return {
    level: option.level,
    ...(option.stream ? { stream: option.stream } : {}),
    // Request and response objects are never logged (disableRequestLogging
    // and the onResponse line above): no headers, cookies, query strings or
    // bodies. Stray fields with these names are removed all the same.
    redact: {
      paths: [
        'email',
        'password',
        'req',
        'res',
        '*.email',
        '*.password',
        'headers.authorization',
        'headers.cookie',
      ],
      remove: true,
    },
  }
}
