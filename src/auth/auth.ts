import type { FastifyRequest } from 'fastify'
import { forbidden, unauthorized } from '../http/problem.js'
import type { Role } from '../shared/organisations.js'
import type { User } from '../users/users.js'

// Who is asking, and may they? Every API handler starts by calling
// `authorize` with the roles the route allows (STYLE.md rule 3); the
// organisation checks on customer data come with the customer routes.

export interface Principal {
  user: User
  via: 'session' | 'token'
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null
  }
}

export const SESSION_COOKIE = 'porten_session'

export function authorize(request: FastifyRequest, allowed: readonly Role[] | 'any-role'): User {
  const principal = request.principal
  if (!principal) throw unauthorized()
  if (allowed !== 'any-role' && !allowed.includes(principal.user.role)) {
    throw forbidden(`This needs one of the roles: ${allowed.join(', ')}.`)
  }
  return principal.user
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method)
}

/**
 * Whether a request comes from Porten's own pages. Cookie-authenticated
 * writes must, so another site cannot make a signed-in browser act (the
 * SameSite=Strict cookie is the first guard; this is the second).
 */
export function isSameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin
  if (origin) {
    try {
      return new URL(origin).host === request.host
    } catch {
      return false
    }
  }
  const site = request.headers['sec-fetch-site']
  return site === 'same-origin'
}
