import { useId } from 'react'
import { Link } from 'react-router'
import type { SessionUser } from '../../../src/shared/api/session.schemas.js'
import { organisation } from '../../../src/shared/organisations.js'
import { useI18n } from '../i18n.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { canReadReports } from '../reports/access.js'
import { canUseCaseWork } from '../session/roles.js'
import { canRecordVisits } from '../visits/access.js'
import { WorkQueue } from '../work-queue/WorkQueue.js'

/**
 * The signed-in start page: the work queue for counsellors. Front-desk
 * staff, managers and administrators see no customer records, so they get
 * a plain statement of that instead of a queue the API would refuse.
 */
export function StaffHomePage({
  user,
  focusHeading = false,
}: {
  user: SessionUser
  focusHeading?: boolean
}) {
  const { language, t } = useI18n()
  const caseWork = canUseCaseWork(user)
  useDocumentTitle(caseWork ? t('workQueue.title') : t('home.title'))
  const headingRef = usePageHeading<HTMLHeadingElement>(focusHeading)
  const detailsId = useId()

  return (
    <div className="page" data-qa="staff-home">
      <h1 ref={headingRef} tabIndex={-1}>
        {caseWork ? t('workQueue.heading') : t('home.heading', { name: user.name })}
      </h1>
      {caseWork ? (
        <WorkQueue />
      ) : (
        <p className="notice notice--info" data-qa="no-case-work">
          {t('home.noCaseWork', { role: t(`roles.${user.role}`) })}
        </p>
      )}
      {!caseWork && canRecordVisits(user) && (
        <div className="card" data-qa="home-desk">
          <p>{t('visits.homeIntro')}</p>
          <Link to="/desk" className="button button--primary" data-qa="home-desk-link">
            {t('visits.homeLink')}
          </Link>
        </div>
      )}
      {canReadReports(user) && (
        <div className="card" data-qa="home-reports">
          <p>{t('reports.home.intro')}</p>
          <Link to="/reports" className="button button--primary" data-qa="home-reports-link">
            {t('reports.home.link')}
          </Link>
        </div>
      )}

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
