import cookie from '@fastify/cookie'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { AppDeps } from '../app-deps.js'
import { forbidden, unauthorized } from '../http/problem.js'
import { isSafeMethod, isSameOrigin, SESSION_COOKIE } from './auth.js'
import { findSessionUser, findTokenUser } from './auth.queries.js'
import { looksLikeToken } from './secrets.js'

// Resolves `request.principal` for API requests from a bearer token or the
// session cookie, and refuses cross-site cookie-authenticated writes.

export const authPlugin = fp(async (app: FastifyInstance, { deps }: { deps: AppDeps }) => {
  await app.register(cookie)
  app.decorateRequest('principal', null)

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return
    const { db } = deps.database
    const now = deps.clock.now()
    const authorization = request.headers.authorization
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization)
      if (!match) throw unauthorized('The Authorization header must be "Bearer <token>".')
      const token = match[1]!
      const user = looksLikeToken(token) ? await findTokenUser(db, token, now) : undefined
      if (!user)
        throw unauthorized('The bearer token is not valid, or it has expired or been revoked.')
      request.principal = { user, via: 'token' }
      return
    }
    const sessionValue = request.cookies[SESSION_COOKIE]
    if (sessionValue) {
      const user = await findSessionUser(db, sessionValue, now)
      if (user) request.principal = { user, via: 'session' }
    }
    if (!isSafeMethod(request.method) && (request.principal || request.url === '/api/v1/session')) {
      if (request.headers.origin !== undefined || request.principal) {
        if (!isSameOrigin(request)) throw forbidden('Cross-site request refused.')
      }
    }
  })
})
