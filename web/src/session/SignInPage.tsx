import { type FormEvent, useId, useMemo, useState } from 'react'
import { FieldError, Form, Input, Label, TextField } from 'react-aria-components'
import { type SessionUser, signInRequest } from '../../../src/shared/api/session.schemas.js'
import { signIn } from '../api.js'
import { useI18n } from '../i18n.js'
import { PendingButton } from '../layout/PendingButton.js'
import { useDocumentTitle, useHeadingFocus } from '../layout/page.js'
import {
  failureMessage,
  type SignInFailure,
  type SignInField,
  signInFailure,
} from './signInFailure.js'

const emailSchema = signInRequest.shape.email
const passwordMaxLength = signInRequest.shape.password.maxLength ?? 1024

export function SignInPage({
  onSignedIn,
  signedOut = false,
  focusHeading = false,
}: {
  onSignedIn: (user: SessionUser) => void
  /** Show that the user has just signed out. */
  signedOut?: boolean
  focusHeading?: boolean
}) {
  const { t } = useI18n()
  useDocumentTitle(t('signIn.title'))
  const headingRef = useHeadingFocus<HTMLHeadingElement>(focusHeading)
  const headingId = useId()

  // Controlled, so a failed attempt never clears what was typed.
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [pending, setPending] = useState(false)
  const [failure, setFailure] = useState<SignInFailure | null>(null)
  // Fields the server rejected. A field leaves the list as soon as it is
  // edited, so the form never refuses a submit for an error already fixed.
  const [rejected, setRejected] = useState<readonly SignInField[]>([])

  // Shown beside the fields by React Aria. Memoised: React Aria treats a new
  // object as a new set of server errors.
  const validationErrors = useMemo(() => {
    const errors: Record<string, string> = {}
    if (rejected.includes('email')) errors.email = t('signIn.fieldErrors.emailInvalid')
    if (rejected.includes('password')) errors.password = t('signIn.fieldErrors.passwordInvalid')
    return errors
  }, [rejected, t])

  function edit(field: SignInField, setValue: (value: string) => void) {
    return (value: string) => {
      setValue(value)
      setRejected((fields) => (fields.includes(field) ? fields.filter((f) => f !== field) : fields))
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setFailure(null)
    setRejected([])
    try {
      onSignedIn(await signIn({ email: email.trim(), password }))
    } catch (error) {
      const next = signInFailure(error)
      setFailure(next)
      if (next.kind === 'invalid-input') setRejected(next.fields)
      setPending(false)
    }
  }

  return (
    <div className="page page--narrow">
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('signIn.heading')}
      </h1>
      <p className="lead">{t('signIn.intro')}</p>

      {signedOut && !failure && (
        <p className="notice notice--success" role="status">
          {t('signIn.signedOut')}
        </p>
      )}

      {failure && (
        <div className="notice notice--error" role="alert" data-qa="sign-in-error">
          <h2 className="notice__title">{t('signIn.errors.summaryTitle')}</h2>
          <p>{t(...failureMessage(failure))}</p>
        </div>
      )}

      <Form
        className="form"
        data-qa="sign-in-form"
        aria-labelledby={headingId}
        validationErrors={validationErrors}
        onSubmit={submit}
      >
        <TextField
          className="field"
          name="email"
          type="email"
          autoComplete="username"
          isRequired
          value={email}
          onChange={edit('email', setEmail)}
          validate={(value) => {
            const trimmed = value.trim()
            if (trimmed === '') return t('signIn.fieldErrors.emailRequired')
            return emailSchema.safeParse(trimmed).success
              ? null
              : t('signIn.fieldErrors.emailInvalid')
          }}
        >
          <Label className="field__label">{t('signIn.email')}</Label>
          <Input
            className="field__input"
            data-qa="sign-in-email"
            autoCapitalize="none"
            spellCheck={false}
          />
          <FieldError className="field__error" />
        </TextField>

        <TextField
          className="field"
          name="password"
          type="password"
          autoComplete="current-password"
          isRequired
          value={password}
          onChange={edit('password', setPassword)}
          validate={(value) => {
            if (value === '') return t('signIn.fieldErrors.passwordRequired')
            if (value.length > passwordMaxLength)
              return t('signIn.fieldErrors.passwordTooLong', { max: passwordMaxLength })
            return null
          }}
        >
          <Label className="field__label">{t('signIn.password')}</Label>
          <Input className="field__input" data-qa="sign-in-password" />
          <FieldError className="field__error" />
        </TextField>

        <PendingButton
          type="submit"
          className="button button--primary"
          data-qa="sign-in-submit"
          pending={pending}
        >
          {pending ? t('signIn.submitting') : t('signIn.submit')}
        </PendingButton>
      </Form>
    </div>
  )
}
