import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod'
import type { Problem } from '../shared/api/session.schemas.js'

// Every error leaves the server as RFC 9457 problem details
// (application/problem+json), with field paths and reasons for invalid input.

export interface FieldError {
  path: string
  message: string
}

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title)
    this.name = 'HttpProblem'
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(400, 'Invalid input', detail, errors)
export const unauthorized = (detail = 'Sign in or send a valid bearer token.') =>
  new HttpProblem(401, 'Not signed in', detail)
export const forbidden = (detail = 'Your role or organisation does not allow this.') =>
  new HttpProblem(403, 'Not allowed', detail)
export const notFound = (detail = 'No such resource, or it is not visible to you.') =>
  new HttpProblem(404, 'Not found', detail)
export const conflict = (detail: string) => new HttpProblem(409, 'Edit conflict', detail)
export const programmeRule = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(422, 'Breaks a programme rule', detail, errors)
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new HttpProblem(
    429,
    'Too many attempts',
    `Try again in ${retryAfterSeconds} seconds.`,
    undefined,
    {
      'retry-after': String(retryAfterSeconds),
    },
  )

export function sendProblem(
  reply: FastifyReply,
  problem: Problem,
  headers: Record<string, string> = {},
) {
  return reply
    .code(problem.status)
    .headers(headers)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(problem)
}

/** Zod issue paths ("languages", 0, "code") as the contract's dotted field paths. */
export function fieldPath(path: readonly PropertyKey[], prefix?: string): string {
  const joined = path.map(String).join('.')
  return prefix ? (joined ? `${prefix}.${joined}` : prefix) : joined
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
])

/** Whether an error means the database is unreachable rather than the request is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | undefined
  if (!e) return false
  if (e.code && (UNAVAILABLE_CODES.has(e.code) || e.code.startsWith('08'))) return true
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    e.message ?? '',
  )
}

export type StorageFailure = 'full' | 'read-only' | 'failing'

/**
 * Whether an error means the database's disk failed: full (SQLSTATE 53100,
 * from either engine), read-only or failing (I/O error). The embedded
 * engine's own refusals after such a fault say which (StorageFaultError).
 */
export function storageFailure(error: unknown): StorageFailure | undefined {
  const e = error as
    | { code?: string; message?: string; storageProblem?: StorageFailure }
    | undefined
  if (!e) return undefined
  if (e.storageProblem) return e.storageProblem
  if (e.code === '53100') return 'full'
  if (/Read-only file system/i.test(e.message ?? '')) return 'read-only'
  if (e.code === '58030') return 'failing'
  return undefined
}

const STORAGE_PROBLEMS: Record<StorageFailure, Problem> = {
  full: {
    status: 507,
    title: 'Insufficient storage',
    detail:
      "The server's disk is full, so the request was not carried out and nothing was saved. The administrator must free disk space; then try again.",
  },
  'read-only': {
    status: 503,
    title: 'Service unavailable',
    detail:
      "The server's disk has become read-only, so the request was not carried out and nothing was saved. The administrator must fix the disk; then try again.",
  },
  failing: {
    status: 503,
    title: 'Service unavailable',
    detail:
      "The server's disk is failing (input/output error), so the request was not carried out and nothing was saved. The administrator must check the disk; then try again.",
  },
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(reply, {
      status: 404,
      title: 'Not found',
      detail: `No route ${request.method} ${request.url.split('?')[0]}`,
    }),
  )

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      return sendProblem(
        reply,
        {
          status: error.status,
          title: error.title,
          ...(error.detail ? { detail: error.detail } : {}),
          ...(error.errors ? { errors: error.errors } : {}),
        },
        error.headers,
      )
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = error.validationContext ?? 'body'
      const errors = error.validation.flatMap((issue) => {
        const at = issue.instancePath.split('/').filter(Boolean)
        const unknownKeys = (issue.params as { keys?: string[] }).keys
        if (issue.keyword === 'unrecognized_keys' && unknownKeys) {
          return unknownKeys.map((key) => ({
            path: fieldPath([...at, key]),
            message: 'unknown field',
          }))
        }
        return [{ path: fieldPath(at) || part, message: issue.message ?? 'invalid' }]
      })
      return sendProblem(reply, {
        status: 400,
        title: 'Invalid input',
        detail: `The request ${part} is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`,
        errors,
      })
    }
    if (isResponseSerializationError(error)) {
      request.log.error(
        { err: { message: 'response does not match its schema' } },
        'response serialisation',
      )
      return sendProblem(reply, {
        status: 500,
        title: 'Internal error',
        detail: 'The server failed.',
      })
    }
    const storage = storageFailure(error)
    if (storage) {
      // The error code and the kind only: the statement and its values stay out.
      request.log.error(
        { code: (error as { code?: string }).code, storage },
        'storage failure: request refused',
      )
      return sendProblem(reply, STORAGE_PROBLEMS[storage], { 'retry-after': '30' })
    }
    if (isDatabaseUnavailable(error)) {
      request.log.warn({ code: (error as { code?: string }).code }, 'database unavailable')
      return sendProblem(
        reply,
        {
          status: 503,
          title: 'Service unavailable',
          detail: 'The database is not answering; try again shortly.',
        },
        { 'retry-after': '5' },
      )
    }
    const status = error.statusCode ?? 500
    if (status >= 500) {
      // The message and stack only; request data never goes to the log.
      request.log.error(
        { err: { message: error.message, stack: error.stack, code: error.code } },
        'request failed',
      )
      return sendProblem(reply, {
        status: 500,
        title: 'Internal error',
        detail: 'The server failed.',
      })
    }
    return sendProblem(
      reply,
      { status, title: titleFor(status, error), detail: detailFor(status, error) },
      status === 429 ? retryAfter(reply) : {},
    )
  })
}

function titleFor(status: number, error: FastifyError): string {
  switch (status) {
    case 400:
      return 'Invalid input'
    case 413:
      return 'Body too large'
    case 415:
      return 'Unsupported media type'
    case 429:
      return 'Too many requests'
    default:
      return error.name && error.name !== 'FastifyError' ? error.name : 'Request failed'
  }
}

function detailFor(status: number, error: FastifyError): string {
  if (status === 413) return 'The request body is larger than 1 MiB.'
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return 'The request body is not valid JSON.'
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return 'The request body is empty; send a JSON object.'
  return error.message
}

function retryAfter(reply: FastifyReply): Record<string, string> {
  const value = reply.getHeader('retry-after')
  return value ? { 'retry-after': String(value) } : {}
}
