import { z } from 'zod'
import {
  type Customer,
  type CustomerChanges,
  customer,
  customerPage,
  type NewCustomer,
  timeline,
} from '../../../src/shared/api/cases.schemas.js'
import { getJson, sendJson, withQuery } from '../api.js'

// The customer routes of the case-work API (issue 4). Answers are checked
// against the shared schemas; a created record is read back by id, so only
// its id is needed from the 201.

const created = z.looseObject({ id: z.uuid() })

export const customerUrl = (id: string) => `/api/v1/customers/${encodeURIComponent(id)}`

export function registerCustomer(body: NewCustomer) {
  return sendJson('POST', '/api/v1/customers', body, created)
}

export function getCustomer(id: string): Promise<Customer> {
  return getJson(customerUrl(id), customer)
}

export function searchCustomers(query: { q?: string; cursor?: string; limit?: number }) {
  return getJson(withQuery('/api/v1/customers', query), customerPage)
}

export function updateCustomer(
  id: string,
  changes: CustomerChanges & { version: number },
): Promise<Customer> {
  return sendJson('PATCH', customerUrl(id), changes, customer)
}

export function closeCustomer(
  id: string,
  closure: { version: number; closedOn: string; reason: string },
): Promise<unknown> {
  return sendJson('POST', `${customerUrl(id)}/closure`, closure, z.unknown())
}

export function getTimeline(id: string) {
  return getJson(`${customerUrl(id)}/timeline`, timeline)
}
