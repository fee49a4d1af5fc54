import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import type { NewCustomer } from '../shared/api/cases.schemas.js'
import { makeIdentityCode } from '../shared/identity-code.js'
import { LocalDate } from '../shared/time/local-date.js'

// Fixture builders for the customer tests (STYLE.md rule 10). Identity codes
// use the individual numbers 900–999 kept for test use; names are made up.
// Kept free of test/ imports so the server build can include it.

export function identityCode(individualNumber: number, birthDate = '1990-01-01', modern = false) {
  return makeIdentityCode(LocalDate.parse(birthDate), individualNumber, modern)
}

/** A person the programme routes to the Integration Unit alone (an L149 group, not a job seeker). */
export function newCustomerBody(overrides: Record<string, unknown> = {}): NewCustomer {
  return {
    firstName: 'Testa',
    lastName: 'Exempelsson',
    birthDate: '1990-01-01',
    municipality: 'jakobstad',
    unemployedJobSeeker: false,
    categories: ['international-protection'],
    languages: [{ code: 'ar', native: true }, { code: 'sv' }],
    arrivedOn: '2025-11-01',
    ...overrides,
  } as NewCustomer
}

export function api(t: { app: FastifyInstance }, token: string | undefined) {
  const headers = token ? { authorization: `Bearer ${token}` } : {}
  const send = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    })
  return {
    get: (url: string) => send('GET', url),
    post: (url: string, payload: unknown) => send('POST', url, payload),
    patch: (url: string, payload: unknown) => send('PATCH', url, payload),
    /** Registers a customer and returns the 201 body, or throws with the answer. */
    async register(overrides: Record<string, unknown> = {}) {
      const response = await send('POST', '/api/v1/customers', newCustomerBody(overrides))
      return created(response)
    },
  }
}

export function created(response: LightMyRequestResponse) {
  if (response.statusCode !== 201) {
    throw new Error(`expected 201, got ${response.statusCode}: ${response.body}`)
  }
  return response.json() as { id: string; version: number } & Record<string, unknown>
}
