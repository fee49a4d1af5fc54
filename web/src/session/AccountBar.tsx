import { useState } from 'react'
import type { SessionUser } from '../../../src/shared/api/session.schemas.js'
import { ProblemError, signOut } from '../api.js'
import { useI18n } from '../i18n.js'
import { PendingButton } from '../layout/PendingButton.js'

/** Who is signed in, and the way out. Shown in the header on every page. */
export function AccountBar({ user, onSignedOut }: { user: SessionUser; onSignedOut: () => void }) {
  const { t } = useI18n()
  const [pending, setPending] = useState(false)
  const [failed, setFailed] = useState(false)

  async function signOutNow() {
    setPending(true)
    setFailed(false)
    try {
      await signOut()
      onSignedOut()
    } catch (error) {
      // An expired session is as good as signed out.
      if (error instanceof ProblemError && error.status === 401) return onSignedOut()
      setFailed(true)
      setPending(false)
    }
  }

  return (
    <div className="account-bar">
      <p className="account-bar__user">{t('account.signedInAs', { name: user.name })}</p>
      <PendingButton
        className="button button--header"
        data-qa="sign-out"
        pending={pending}
        onPress={signOutNow}
      >
        {pending ? t('account.signingOut') : t('account.signOut')}
      </PendingButton>
      {failed && (
        <p className="account-bar__error" role="alert">
          {t('account.signOutFailed')}
        </p>
      )}
    </div>
  )
}
