import { z } from 'zod'
import {
  problem,
  type SessionUser,
  type SignInRequest,
  sessionResponse,
} from '../../src/shared/api/session.schemas.js'

// A tiny typed client for the session routes. Every call either returns the
// parsed body or throws one of the errors below, so pages can tell a wrong
// password (ProblemError 401) from a dropped connection (NetworkError).

const sessionUrl = '/api/v1/session'

/** The server answered with an error (problem+json where it could). */
export class ProblemError extends Error {
  readonly status: number
  readonly title: string
  readonly detail: string | undefined
  readonly errors: readonly { path: string; message: string }[]
  /** Seconds to wait before trying again, from `Retry-After` (429, 503). */
  readonly retryAfter: number | undefined

  constructor(fields: {
    status: number
    title: string
    detail?: string | undefined
    errors?: readonly { path: string; message: string }[] | undefined
    retryAfter?: number | undefined
  }) {
    super(`${fields.status} ${fields.title}`)
    this.name = 'ProblemError'
    this.status = fields.status
    this.title = fields.title
    this.detail = fields.detail
    this.errors = fields.errors ?? []
    this.retryAfter = fields.retryAfter
  }
}

/** The request never got an answer: offline, DNS, server down. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network request failed', { cause })
    this.name = 'NetworkError'
  }
}

/** The server answered 2xx with a body that does not match the schema. */
export class UnexpectedResponseError extends Error {
  constructor(cause: unknown) {
    super('unexpected response from the server', { cause })
    this.name = 'UnexpectedResponseError'
  }
}

export async function signIn(credentials: SignInRequest): Promise<SessionUser> {
  const response = await request('POST', sessionUrl, credentials)
  return (await parseBody(response, sessionResponse)).user
}

/** The signed-in user, or null when there is no session. */
export async function currentSession(): Promise<SessionUser | null> {
  try {
    const response = await request('GET', sessionUrl)
    return (await parseBody(response, sessionResponse)).user
  } catch (error) {
    if (error instanceof ProblemError && error.status === 401) return null
    throw error
  }
}

export async function signOut(): Promise<void> {
  await request('DELETE', sessionUrl)
}

/** Anything with zod's `parse`: the shared API schemas. */
export interface Schema<T> {
  parse(value: unknown): T
}

/** A list answer: `{ items: [...] }` as the contract shapes lists (a bare array is accepted too). */
export function listOf<T>(item: z.ZodType<T>) {
  return z
    .union([z.object({ items: z.array(item) }), z.array(item)])
    .transform((answer) => (Array.isArray(answer) ? answer : answer.items))
}

/** GET a JSON resource and check it against its schema. */
export async function getJson<T>(url: string, schema: Schema<T>): Promise<T> {
  return parseBody(await request('GET', url), schema)
}

/** POST or PATCH a JSON body; the answer is checked against `schema`. */
export async function sendJson<T>(
  method: 'POST' | 'PATCH',
  url: string,
  body: unknown,
  schema: Schema<T>,
): Promise<T> {
  return parseBody(await request(method, url, body), schema)
}

/** A path with its query string; empty and undefined parameters are left out. */
export function withQuery(path: string, query: Record<string, string | number | undefined>) {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value))
  }
  const text = params.toString()
  return text ? `${path}?${text}` : path
}

async function request(method: string, url: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' }
  // Only with a body: Fastify rejects a JSON content type on an empty body.
  if (body !== undefined) headers['content-type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? null : JSON.stringify(body),
    })
  } catch (error) {
    throw new NetworkError(error)
  }
  if (!response.ok) throw await problemFrom(response)
  return response
}

async function parseBody<T>(response: Response, schema: { parse(value: unknown): T }): Promise<T> {
  try {
    return schema.parse(await response.json())
  } catch (error) {
    // A warning, not an error: it names the mismatch for whoever debugs the
    // API, while the page tells the user in their language.
    console.warn(`unexpected response from ${response.url}`, error)
    throw new UnexpectedResponseError(error)
  }
}

async function problemFrom(response: Response): Promise<ProblemError> {
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'))
  let body: unknown
  try {
    body = await response.json()
  } catch {
    body = undefined
  }
  const parsed = problem.safeParse(body)
  if (parsed.success) return new ProblemError({ ...parsed.data, retryAfter })
  // A proxy or a crash can answer without problem+json; keep the status.
  return new ProblemError({ status: response.status, title: response.statusText, retryAfter })
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const at = Date.parse(trimmed)
  if (Number.isNaN(at)) return undefined
  return Math.max(0, Math.ceil((at - now) / 1000))
}
