import { Button } from 'react-aria-components'
import type { FormFailure } from '../forms/formFailure.js'
import { type MessageKey, useI18n } from '../i18n.js'

const messages: Partial<Record<FormFailure['kind'], MessageKey>> = {
  'not-found': 'load.notFound',
  forbidden: 'load.forbidden',
  'signed-out': 'load.signedOut',
  network: 'load.network',
  unexpected: 'load.unexpected',
}

/** Why something could not be shown, and a way to try again where that may help. */
export function LoadFailure({
  failure,
  onRetry,
  qa,
}: {
  failure: FormFailure
  onRetry?: () => void
  qa?: string
}) {
  const { t } = useI18n()
  const retryable = failure.kind !== 'not-found' && failure.kind !== 'forbidden'
  return (
    <div className="notice notice--error" role="alert" data-qa={qa ?? 'load-failure'}>
      <p>{t(messages[failure.kind] ?? 'load.server')}</p>
      {retryable && onRetry && (
        <Button className="button button--secondary" onPress={onRetry}>
          {t('load.retry')}
        </Button>
      )}
    </div>
  )
}

/** A polite "loading" line for a page or section. */
export function Loading() {
  const { t } = useI18n()
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  )
}
