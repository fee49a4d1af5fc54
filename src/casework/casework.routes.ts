import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import type { AppDeps } from '../app-deps.js'
import { assessmentRoutes } from './assessments.routes.js'
import { languageTestRoutes } from './language-tests.routes.js'
import { participationRoutes } from './participations.routes.js'
import { planRoutes } from './plans.routes.js'
import { workQueueRoutes } from './work-queue.routes.js'

// Case work (issue 4) after registration: assessments (part 1), plans and
// their reviews (part 2), participations in civic orientation and
// integration training (parts 3, 4), final language tests, and the work
// queue. Every route is for counsellors of an organisation serving the
// customer (src/customers/customer-access.ts); every read and change is audited.

export function caseworkRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(assessmentRoutes(deps))
    await app.register(planRoutes(deps))
    await app.register(participationRoutes(deps))
    await app.register(languageTestRoutes(deps))
    await app.register(workQueueRoutes(deps))
  }
}
