import { NavLink } from 'react-router'
import type { SessionUser } from '../../../src/shared/api/session.schemas.js'
import { canAdministerDirectory } from '../directory/access.js'
import { useI18n } from '../i18n.js'
import { canReadReports } from '../reports/access.js'
import { canUseCaseWork } from '../session/roles.js'
import { canRecordVisits } from '../visits/access.js'

/**
 * The app's main navigation, a landmark of its own. NavLink marks the
 * current page with aria-current="page". Only counsellors work with customer
 * records (the API answers 403 to everyone else), so others see just home.
 */
export function MainNav({ user }: { user: SessionUser }) {
  const { t } = useI18n()
  const caseWork = canUseCaseWork(user)
  const linkClass = ({ isActive }: { isActive: boolean }) =>
    isActive ? 'main-nav__link main-nav__link--current' : 'main-nav__link'
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul className="main-nav__list">
        <li>
          <NavLink to="/" end className={linkClass} data-qa="nav-home">
            {caseWork ? t('nav.workQueue') : t('nav.home')}
          </NavLink>
        </li>
        {caseWork && (
          <>
            <li>
              <NavLink to="/customers" end className={linkClass} data-qa="nav-customers">
                {t('nav.customers')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/customers/new" className={linkClass} data-qa="nav-register-customer">
                {t('nav.registerCustomer')}
              </NavLink>
            </li>
          </>
        )}
        {canRecordVisits(user) && (
          <li>
            <NavLink to="/desk" className={linkClass} data-qa="nav-desk">
              {t('visits.nav')}
            </NavLink>
          </li>
        )}
        {canReadReports(user) && (
          <li>
            <NavLink to="/reports" className={linkClass} data-qa="nav-reports">
              {t('reports.nav')}
            </NavLink>
          </li>
        )}
        {canAdministerDirectory(user) && (
          <li>
            <NavLink to="/directory" className={linkClass} data-qa="nav-directory">
              {t('directory.nav')}
            </NavLink>
          </li>
        )}
      </ul>
    </nav>
  )
}
