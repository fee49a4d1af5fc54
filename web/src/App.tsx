import { useCallback, useEffect, useState } from 'react'
import type { SessionUser } from '../../src/shared/api/session.schemas.js'
import { currentSession } from './api.js'
import { useI18n } from './i18n.js'
import { Layout } from './layout/Layout.js'
import { MainNav } from './layout/MainNav.js'
import { useDocumentTitle } from './layout/page.js'
import { StaffRoutes } from './StaffRoutes.js'
import { AccountBar } from './session/AccountBar.js'
import { SessionUnavailable } from './session/SessionUnavailable.js'
import { SignInPage } from './session/SignInPage.js'

// Which page the shell shows follows from the session alone: the server's
// answer to GET /api/v1/session decides, never a flag kept in the browser.
// `focusHeading` is set when the page replaces the control the user was on
// (sign in, sign out, retry), so focus moves to the new page's heading.
type Session =
  | { state: 'loading' }
  | { state: 'unavailable' }
  | { state: 'signed-out'; justSignedOut: boolean; focusHeading: boolean }
  | { state: 'signed-in'; user: SessionUser; focusHeading: boolean }

async function checkSession(focusHeading: boolean): Promise<Session> {
  try {
    const user = await currentSession()
    return user
      ? { state: 'signed-in', user, focusHeading }
      : { state: 'signed-out', justSignedOut: false, focusHeading }
  } catch {
    return { state: 'unavailable' }
  }
}

export function App() {
  const [session, setSession] = useState<Session>({ state: 'loading' })

  useEffect(() => {
    let current = true
    void checkSession(false).then((next) => {
      if (current) setSession(next)
    })
    return () => {
      current = false
    }
  }, [])

  const retry = useCallback(async () => setSession(await checkSession(true)), [])
  const signedIn = (user: SessionUser) =>
    setSession({ state: 'signed-in', user, focusHeading: true })
  const signedOut = () =>
    setSession({ state: 'signed-out', justSignedOut: true, focusHeading: true })

  return (
    <Layout
      account={
        session.state === 'signed-in' && <AccountBar user={session.user} onSignedOut={signedOut} />
      }
      nav={session.state === 'signed-in' && <MainNav user={session.user} />}
    >
      {session.state === 'loading' && <Loading />}
      {session.state === 'unavailable' && <SessionUnavailable onRetry={retry} />}
      {session.state === 'signed-out' && (
        <SignInPage
          onSignedIn={signedIn}
          signedOut={session.justSignedOut}
          focusHeading={session.focusHeading}
        />
      )}
      {session.state === 'signed-in' && (
        <StaffRoutes user={session.user} focusHeading={session.focusHeading} />
      )}
    </Layout>
  )
}

function Loading() {
  const { t } = useI18n()
  useDocumentTitle(t('app.loadingTitle'))
  return (
    <p className="page loading" role="status">
      {t('app.loading')}
    </p>
  )
}
