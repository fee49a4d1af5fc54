import { useId } from 'react'
import { useNavigate } from 'react-router'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { CustomerForm } from './CustomerForm.js'
import { customerBody, customerIssues, emptyCustomer } from './customerFormValues.js'
import { registerCustomer } from './customersApi.js'
import { proposeFor } from './proposal.js'

/** /customers/new: registers a customer and opens their page. */
export function RegisterCustomerPage() {
  const { t } = useI18n()
  useDocumentTitle(t('customers.register.title'))
  const headingRef = usePageHeading<HTMLHeadingElement>()
  const headingId = useId()
  const navigate = useNavigate()

  const form = useRecordForm({
    initial: () => emptyCustomer,
    validate: (values) => customerIssues(values, proposeFor(values)?.organisations),
    save: (values) => registerCustomer(customerBody(values, proposeFor(values)?.organisations)),
    onSaved: (saved) => navigate(`/customers/${saved.id}`, { state: { registered: true } }),
  })
  const proposal = proposeFor(form.values)

  return (
    <div className="page" data-qa="register-customer">
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('customers.register.heading')}
      </h1>
      <p className="lead">{t('customers.register.intro')}</p>
      <CustomerForm
        form={form}
        proposal={proposal}
        labelledBy={headingId}
        submitLabel={t('customers.register.submit')}
      />
    </div>
  )
}
