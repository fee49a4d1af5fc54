import { NetworkError, ProblemError, UnexpectedResponseError } from '../api.js'
import type { MessageKey, MessageValues } from '../i18n.js'

// Why a save failed, in the words the form's summary shows. Kept apart from
// the forms so the mapping from HTTP answers to messages reads in one place.

/** One problem with one field: the server's (or the shared schema's) text, or a catalogue message. */
export type FieldIssue =
  | { readonly path: string; readonly message: string }
  | { readonly path: string; readonly key: MessageKey; readonly values?: MessageValues }

export type FormFailure =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'rule'; readonly detail: string | undefined }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'signed-out' }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'network' }
  | { readonly kind: 'unexpected' }
  | { readonly kind: 'server' }

export function formFailure(error: unknown): FormFailure {
  if (error instanceof NetworkError) return { kind: 'network' }
  if (error instanceof UnexpectedResponseError) return { kind: 'unexpected' }
  if (!(error instanceof ProblemError)) return { kind: 'server' }
  switch (error.status) {
    case 400:
      return { kind: 'invalid' }
    case 401:
      return { kind: 'signed-out' }
    case 403:
      return { kind: 'forbidden' }
    case 404:
      return { kind: 'not-found' }
    case 409:
      // Registering a person twice is a 409 too; it is about a field, not a version.
      return isIdentityCodeTaken(error) ? { kind: 'invalid' } : { kind: 'conflict' }
    case 413:
      return { kind: 'too-large' }
    case 422:
      return { kind: 'rule', detail: error.detail }
    default:
      return { kind: 'server' }
  }
}

/** The field problems an error carries (400 and 422 name fields). */
export function failureIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof ProblemError)) return []
  if (isIdentityCodeTaken(error)) {
    return [{ path: 'personalIdentityCode', key: 'forms.messages.identityCodeTaken' }]
  }
  return [...error.errors]
}

/**
 * The server names no field for a personal identity code that is already
 * registered (src/customers/customers.routes.ts, identityCodeTaken), so its
 * detail is the only sign.
 */
function isIdentityCodeTaken(error: ProblemError): boolean {
  return error.status === 409 && /personal identity code/i.test(error.detail ?? '')
}

export const failureMessages: Readonly<Record<FormFailure['kind'], MessageKey>> = {
  invalid: 'forms.failure.invalid',
  rule: 'forms.failure.rule',
  conflict: 'forms.failure.conflict',
  'not-found': 'forms.failure.notFound',
  forbidden: 'forms.failure.forbidden',
  'signed-out': 'forms.failure.signedOut',
  'too-large': 'forms.failure.tooLarge',
  network: 'forms.failure.network',
  unexpected: 'forms.failure.unexpected',
  server: 'forms.failure.server',
}

/** Paths as the contract writes them: "languages.0.code", never "/languages/0/code". */
export function normalisePath(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/^body[./]/, '')
    .replaceAll('/', '.')
}

/** Zod issues of the shared schemas, as field issues. */
export function zodIssues(
  result: { success: true } | { success: false; error: { issues: readonly ZodLikeIssue[] } },
): FieldIssue[] {
  if (result.success) return []
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
}

interface ZodLikeIssue {
  readonly path: readonly PropertyKey[]
  readonly message: string
}
