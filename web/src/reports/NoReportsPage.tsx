import type { SessionUser } from '../../../src/shared/api/session.schemas.js'
import type { FormFailure } from '../forms/formFailure.js'
import { useI18n } from '../i18n.js'
import { LoadFailure } from '../layout/LoadFailure.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'

/** The reports' addresses, opened by someone whose role may not read them (the API says 403). */
export function NoReportsPage({ user }: { user: SessionUser }) {
  const { t } = useI18n()
  useDocumentTitle(t('reports.notAllowed.title'))
  const headingRef = usePageHeading<HTMLHeadingElement>()
  return (
    <div className="page" data-qa="no-reports-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('reports.notAllowed.title')}
      </h1>
      <p>{t('reports.notAllowed.body', { role: t(`roles.${user.role}`) })}</p>
    </div>
  )
}

/**
 * Why the figures could not be shown. A 403 (the role was changed while the
 * page was open) is said in the reports' words: the shared message speaks of
 * customer records.
 */
export function ReportsLoadFailure({
  failure,
  onRetry,
}: {
  failure: FormFailure
  onRetry: () => void
}) {
  const { t } = useI18n()
  if (failure.kind !== 'forbidden') return <LoadFailure failure={failure} onRetry={onRetry} />
  return (
    <div className="notice notice--error" role="alert" data-qa="load-failure">
      <p>{t('reports.notAllowed.title')}</p>
    </div>
  )
}
