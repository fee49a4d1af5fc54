import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import type { AppDeps } from '../app-deps.js'
import { tooManyAttempts, unauthorized } from '../http/problem.js'
import { sessionResponse, signInRequest } from '../shared/api/session.schemas.js'
import { findUserByEmail } from '../users/users.queries.js'
import { authorize, SESSION_COOKIE } from './auth.js'
import { createSession, deleteSession } from './auth.queries.js'
import { verifyAgainstDummy, verifyPassword } from './secrets.js'
import { defaultThrottlePolicy, SignInThrottle } from './sign-in-throttle.js'

/** Takes as long for an unknown or disabled user as for a known one. */
async function passwordMatches(
  found: Awaited<ReturnType<typeof findUserByEmail>>,
  password: string,
): Promise<boolean> {
  if (found && !found.disabled && found.passwordHash)
    return verifyPassword(found.passwordHash, password)
  await verifyAgainstDummy(password)
  return false
}

export function authRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  const throttle = new SignInThrottle({ ...defaultThrottlePolicy, ...deps.signInThrottle })

  return async (app) => {
    app.post(
      '/api/v1/session',
      {
        schema: {
          tags: ['session'],
          summary: 'Sign in; sets the session cookie',
          body: signInRequest,
          response: { 200: sessionResponse },
        },
      },
      async (request, reply) => {
        const { db } = deps.database
        const { email, password } = request.body
        const verdict = await throttle.check(db, email, request.ip, deps.clock.now())
        if (verdict.kind === 'refuse') throw tooManyAttempts(verdict.retryAfterSeconds)
        if (verdict.delayMs > 0)
          await new Promise((resolve) => setTimeout(resolve, verdict.delayMs))

        const found = await findUserByEmail(db, email)
        const valid = await passwordMatches(found, password)
        const now = deps.clock.now()
        if (!found || !valid) {
          await throttle.failed(db, email, request.ip, now)
          request.log.info({ event: 'sign-in-failed' }, 'sign-in failed')
          throw unauthorized('The e-mail address or the password is wrong.')
        }
        await throttle.succeeded(db, email, request.ip)
        const session = await createSession(db, found.user.id, now, deps.config.sessionHours)
        reply.setCookie(SESSION_COOKIE, session, {
          path: '/',
          httpOnly: true,
          sameSite: 'strict',
          secure:
            deps.config.secureCookies === 'auto'
              ? request.protocol === 'https'
              : deps.config.secureCookies,
          maxAge: deps.config.sessionHours * 3600,
        })
        return { user: found.user }
      },
    )

    app.get(
      '/api/v1/session',
      {
        schema: {
          tags: ['session'],
          summary: 'The signed-in user',
          response: { 200: sessionResponse },
        },
      },
      async (request) => ({ user: authorize(request, 'any-role') }),
    )

    app.delete(
      '/api/v1/session',
      { schema: { tags: ['session'], summary: 'Sign out', response: { 204: z.null() } } },
      async (request, reply) => {
        const value = request.cookies[SESSION_COOKIE]
        if (value) await deleteSession(deps.database.db, value, deps.clock.now())
        reply.clearCookie(SESSION_COOKIE, { path: '/' })
        return reply.code(204).send(null)
      },
    )
  }
}
