import { useRef } from 'react'
import type { Customer } from '../../../src/shared/api/cases.schemas.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { FormDisclosure, Section } from '../layout/Section.js'
import { CustomerForm } from './CustomerForm.js'
import { customerChanges, customerIssues, customerValues } from './customerFormValues.js'
import { getCustomer, updateCustomer } from './customersApi.js'
import { proposeFor } from './proposal.js'

/** Edit the customer's details; on an edit conflict the latest version can be loaded. */
export function EditCustomerSection({
  customer,
  onChanged,
}: {
  customer: Customer
  onChanged: () => void
}) {
  const { t } = useI18n()
  // A closed case cannot be changed (the server answers 422).
  if (customer.closedOn) return null
  return (
    <Section title={t('customers.edit.heading')} qa="customer-edit">
      <FormDisclosure
        label={t('customers.edit.open')}
        qa="customer-edit"
        savedMessage={t('customers.edit.saved')}
      >
        {({ close, saved, headingId }) => (
          <EditCustomerForm
            customer={customer}
            headingId={headingId}
            onCancel={close}
            onSaved={() => {
              saved()
              onChanged()
            }}
          />
        )}
      </FormDisclosure>
    </Section>
  )
}

function EditCustomerForm({
  customer,
  headingId,
  onCancel,
  onSaved,
}: {
  customer: Customer
  headingId: string
  onCancel: () => void
  onSaved: () => void
}) {
  const { t } = useI18n()
  // The organisations as saved, from the version the form is based on now.
  const saved = useRef(customer.responsibleOrganisations)
  const form = useRecordForm({
    initial: () => customerValues(customer),
    validate: (values) => customerIssues(values, proposeFor(values)?.organisations, saved.current),
    save: (values, base) =>
      updateCustomer(
        customer.id,
        customerChanges(values, base, proposeFor(values)?.organisations, saved.current),
      ),
    onSaved,
    loadLatest: async () => {
      const latest = await getCustomer(customer.id)
      saved.current = latest.responsibleOrganisations
      return customerValues(latest)
    },
  })
  return (
    <CustomerForm
      form={form}
      proposal={proposeFor(form.values)}
      labelledBy={headingId}
      submitLabel={t('customers.edit.submit')}
      savedOrganisations={saved.current}
      selfId={customer.id}
      onCancel={onCancel}
    />
  )
}
