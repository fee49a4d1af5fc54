import { NetworkError, ProblemError } from '../api.js'
import type { MessageKey, MessageValues } from '../i18n.js'

// Why a sign-in failed, in the words the page shows. Kept apart from the page
// so the mapping from HTTP answers to messages reads in one place.

export type SignInField = 'email' | 'password'

export type SignInFailure =
  | { kind: 'wrong-credentials' }
  | { kind: 'too-many-attempts'; retryAfter: number | undefined }
  | { kind: 'invalid-input'; fields: readonly SignInField[] }
  | { kind: 'network' }
  | { kind: 'server' }

export function signInFailure(error: unknown): SignInFailure {
  if (error instanceof NetworkError) return { kind: 'network' }
  if (!(error instanceof ProblemError)) return { kind: 'server' }
  switch (error.status) {
    case 400: {
      // A 400 naming no field we show would be our own bug: say so generally.
      const fields = invalidFields(error.errors)
      return fields.length > 0 ? { kind: 'invalid-input', fields } : { kind: 'server' }
    }
    case 401:
      return { kind: 'wrong-credentials' }
    case 429:
      return { kind: 'too-many-attempts', retryAfter: error.retryAfter }
    default:
      return { kind: 'server' }
  }
}

function invalidFields(errors: readonly { path: string }[]): SignInField[] {
  const fields = new Set<SignInField>()
  for (const { path } of errors) {
    // Paths may be "email", "/email" or "body.email" depending on the validator.
    const name = path.split(/[./]/).pop()
    if (name === 'email' || name === 'password') fields.add(name)
  }
  return [...fields]
}

/** The summary message for a failure, as a catalogue key and its values. */
export function failureMessage(failure: SignInFailure): [MessageKey, MessageValues?] {
  switch (failure.kind) {
    case 'wrong-credentials':
      return ['signIn.errors.wrongCredentials']
    case 'invalid-input':
      return ['signIn.errors.invalidInput']
    case 'network':
      return ['signIn.errors.network']
    case 'server':
      return ['signIn.errors.server']
    case 'too-many-attempts': {
      const seconds = failure.retryAfter
      if (seconds === undefined || seconds <= 0) return ['signIn.errors.tooManyAttempts']
      if (seconds < 60) return ['signIn.errors.tooManyAttemptsSeconds', { seconds }]
      return ['signIn.errors.tooManyAttemptsMinutes', { minutes: Math.ceil(seconds / 60) }]
    }
  }
}
