import { type ComponentType, lazy, Suspense } from 'react'
import { Route, Routes, useParams } from 'react-router'
import type { SessionUser } from '../../src/shared/api/session.schemas.js'
import { canAdministerDirectory } from './directory/access.js'
import { StaffHomePage } from './home/StaffHomePage.js'
import { useI18n } from './i18n.js'
import { Loading } from './layout/LoadFailure.js'
import { useDocumentTitle, usePageHeading } from './layout/page.js'
import { canReadReports } from './reports/access.js'
import { NoReportsPage } from './reports/NoReportsPage.js'
import { canUseCaseWork } from './session/roles.js'
import { canRecordVisits } from './visits/access.js'

// The case-work pages load on first use: only counsellors need them, and the
// sign-in page and the work queue come up faster without them.
const CustomerPage = lazy(() =>
  import('./customers/CustomerPage.js').then((m) => ({ default: m.CustomerPage })),
)
const CustomerSearchPage = lazy(() =>
  import('./customers/CustomerSearchPage.js').then((m) => ({ default: m.CustomerSearchPage })),
)
const RegisterCustomerPage = lazy(() =>
  import('./customers/RegisterCustomerPage.js').then((m) => ({ default: m.RegisterCustomerPage })),
)
const PlanPage = lazy(() => import('./plans/PlanPage.js').then((m) => ({ default: m.PlanPage })))
const PlanPrintPage = lazy(() =>
  import('./plans/PlanPrintPage.js').then((m) => ({ default: m.PlanPrintPage })),
)
// The directory's administration: administrators only.
const DirectoryListPage = lazy(() =>
  import('./directory/DirectoryListPage.js').then((m) => ({ default: m.DirectoryListPage })),
)
const NewEntryPage = lazy(() =>
  import('./directory/NewEntryPage.js').then((m) => ({ default: m.NewEntryPage })),
)
const EntryPage = lazy(() =>
  import('./directory/EntryPage.js').then((m) => ({ default: m.EntryPage })),
)
const DeskPage = lazy(() => import('./visits/DeskPage.js').then((m) => ({ default: m.DeskPage })))
// The follow-up figures: managers and administrators only.
const ReportsPage = lazy(() =>
  import('./reports/ReportsPage.js').then((m) => ({ default: m.ReportsPage })),
)
const AnnualReportPage = lazy(() =>
  import('./reports/AnnualReportPage.js').then((m) => ({ default: m.AnnualReportPage })),
)

/**
 * The pages of the signed-in app, under /app/ (BrowserRouter's basename).
 * Record pages are keyed by id, so moving from one customer to another
 * starts the page afresh (its forms, its focus on the heading).
 */
export function StaffRoutes({ user, focusHeading }: { user: SessionUser; focusHeading: boolean }) {
  const caseWork = canUseCaseWork(user)
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<StaffHomePage user={user} focusHeading={focusHeading} />} />
        {canAdministerDirectory(user) && (
          <>
            <Route path="directory" element={<DirectoryListPage />} />
            <Route path="directory/new" element={<NewEntryPage />} />
            <Route path="directory/:id" element={<Keyed page={EntryPage} />} />
          </>
        )}
        {canRecordVisits(user) && <Route path="desk" element={<DeskPage />} />}
        {canReadReports(user) ? (
          <>
            <Route path="reports" element={<ReportsPage />} />
            <Route path="reports/annual" element={<AnnualReportPage />} />
          </>
        ) : (
          <Route path="reports/*" element={<NoReportsPage user={user} />} />
        )}
        {caseWork ? (
          <>
            <Route path="customers" element={<CustomerSearchPage />} />
            <Route path="customers/new" element={<RegisterCustomerPage />} />
            <Route path="customers/:id" element={<Keyed page={CustomerPage} />} />
            <Route path="plans/:id" element={<Keyed page={PlanPage} />} />
            <Route path="plans/:id/print" element={<Keyed page={PlanPrintPage} />} />
          </>
        ) : (
          <>
            <Route path="customers/*" element={<NoCaseWorkPage user={user} />} />
            <Route path="plans/*" element={<NoCaseWorkPage user={user} />} />
          </>
        )}
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  )
}

function Keyed({ page: Page }: { page: ComponentType<{ id: string }> }) {
  const { id = '' } = useParams()
  return <Page key={id} id={id} />
}

function NotFoundPage() {
  const { t } = useI18n()
  useDocumentTitle(t('notFound.title'))
  const headingRef = usePageHeading<HTMLHeadingElement>()
  return (
    <div className="page" data-qa="not-found">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p>{t('notFound.body')}</p>
    </div>
  )
}

/** Customer and plan addresses, opened by someone whose role has no case work. */
function NoCaseWorkPage({ user }: { user: SessionUser }) {
  const { t } = useI18n()
  useDocumentTitle(t('load.forbidden'))
  const headingRef = usePageHeading<HTMLHeadingElement>()
  return (
    <div className="page" data-qa="no-case-work-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('load.forbidden')}
      </h1>
      <p>{t('home.noCaseWork', { role: t(`roles.${user.role}`) })}</p>
    </div>
  )
}
