import { useId } from 'react'
import type { SessionUser } from '../../../src/shared/api/session.schemas.js'
import { organisation } from '../../../src/shared/organisations.js'
import { useI18n } from '../i18n.js'
import { useDocumentTitle, useHeadingFocus } from '../layout/page.js'

/** The signed-in start page. Empty for now apart from who the user is. */
export function StaffHomePage({
  user,
  focusHeading = false,
}: {
  user: SessionUser
  focusHeading?: boolean
}) {
  const { language, t } = useI18n()
  useDocumentTitle(t('home.title'))
  const headingRef = useHeadingFocus<HTMLHeadingElement>(focusHeading)
  const detailsId = useId()

  return (
    <div className="page" data-qa="staff-home">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('home.heading', { name: user.name })}
      </h1>
      <p className="lead">{t('home.empty')}</p>

      <section className="card" aria-labelledby={detailsId}>
        <h2 id={detailsId}>{t('home.detailsHeading')}</h2>
        <dl className="details">
          <div className="details__row">
            <dt>{t('home.name')}</dt>
            <dd data-qa="user-name">{user.name}</dd>
          </div>
          <div className="details__row">
            <dt>{t('home.organisation')}</dt>
            <dd data-qa="user-org">{organisation(user.org).name[language]}</dd>
          </div>
          <div className="details__row">
            <dt>{t('home.role')}</dt>
            <dd data-qa="user-role">{t(`roles.${user.role}`)}</dd>
          </div>
        </dl>
      </section>
    </div>
  )
}
