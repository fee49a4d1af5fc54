import { useState } from 'react'
import { useI18n } from '../i18n.js'
import { PendingButton } from '../layout/PendingButton.js'
import { useDocumentTitle } from '../layout/page.js'

/** Shown when the session check gets no usable answer, with a way to retry. */
export function SessionUnavailable({ onRetry }: { onRetry: () => Promise<void> }) {
  const { t } = useI18n()
  useDocumentTitle(t('unavailable.title'))
  const [pending, setPending] = useState(false)

  async function retry() {
    setPending(true)
    try {
      await onRetry()
    } finally {
      setPending(false)
    }
  }

  return (
    <div className="page page--narrow" data-qa="session-unavailable">
      <h1>{t('unavailable.title')}</h1>
      <p className="notice notice--error" role="alert">
        {t('unavailable.body')}
      </p>
      <PendingButton className="button button--primary" pending={pending} onPress={retry}>
        {t('unavailable.retry')}
      </PendingButton>
    </div>
  )
}
