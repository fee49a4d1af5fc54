import { useCallback, useState } from 'react'
import { useLocation } from 'react-router'
import { AssessmentsSection } from '../assessments/AssessmentsSection.js'
import { useI18n } from '../i18n.js'
import { LanguageTestsSection } from '../language-tests/LanguageTestsSection.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { Section } from '../layout/Section.js'
import { useLoad } from '../layout/useLoad.js'
import { ParticipationsSection } from '../participations/ParticipationsSection.js'
import { PlansSection } from '../plans/PlansSection.js'
import { ClosureSection } from './ClosureSection.js'
import { CustomerDetails } from './CustomerDetails.js'
import { getCustomer, getTimeline } from './customersApi.js'
import { EditCustomerSection } from './EditCustomerSection.js'
import { Timeline } from './Timeline.js'

/**
 * /customers/:id: who the customer is, who serves them, everything that has
 * happened, and the forms for each kind of record. A save anywhere bumps
 * `revision`, which reloads the customer, the timeline and every list.
 */
export function CustomerPage({ id }: { id: string }) {
  const { t } = useI18n()
  const location = useLocation()
  const justRegistered = (location.state as { registered?: boolean } | null)?.registered === true
  const [revision, setRevision] = useState(0)
  const changed = useCallback(() => setRevision((n) => n + 1), [])
  const [customer, reloadCustomer] = useLoad(() => getCustomer(id), [id, revision])
  const [timeline] = useLoad(() => getTimeline(id), [id, revision])
  const headingRef = usePageHeading<HTMLHeadingElement>()

  const name =
    customer.state === 'loaded' ? `${customer.data.firstName} ${customer.data.lastName}` : undefined
  useDocumentTitle(name ?? t('customers.page.title'))

  return (
    <div className="page" data-qa="customer-page">
      <h1 ref={headingRef} tabIndex={-1} data-qa="customer-name">
        {name ?? t('customers.page.title')}
      </h1>
      {customer.state === 'loading' && <Loading />}
      {customer.state === 'failed' && (
        <LoadFailure failure={customer.failure} onRetry={reloadCustomer} />
      )}
      {customer.state === 'loaded' && (
        <>
          {justRegistered && (
            <p className="notice notice--success" data-qa="customer-registered">
              {t('customers.page.registered')}
            </p>
          )}
          {customer.data.closedOn && (
            <p className="notice notice--info" data-qa="customer-closed">
              {t('customers.page.closed')}
            </p>
          )}
          <CustomerDetails customer={customer.data} />
          <Section title={t('timeline.heading')} qa="timeline">
            {timeline.state === 'loading' && <Loading />}
            {timeline.state === 'failed' && <LoadFailure failure={timeline.failure} />}
            {timeline.state === 'loaded' && <Timeline entries={timeline.data.items} />}
          </Section>
          <AssessmentsSection customer={customer.data} revision={revision} onChanged={changed} />
          <PlansSection customer={customer.data} revision={revision} onChanged={changed} />
          <ParticipationsSection customer={customer.data} revision={revision} onChanged={changed} />
          <LanguageTestsSection customer={customer.data} revision={revision} onChanged={changed} />
          <EditCustomerSection customer={customer.data} onChanged={changed} />
          <ClosureSection customer={customer.data} onChanged={changed} />
        </>
      )}
    </div>
  )
}
