import { type Customer, closureReasons } from '../../../src/shared/api/cases.schemas.js'
import { today } from '../format.js'
import { SelectInput } from '../forms/choiceFields.js'
import { DateInput } from '../forms/fields.js'
import type { FieldIssue } from '../forms/formFailure.js'
import { RecordFormView } from '../forms/RecordFormView.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { FormDisclosure, Section } from '../layout/Section.js'
import { closeCustomer, getCustomer } from './customersApi.js'

type ClosureReason = (typeof closureReasons)[number]

interface ClosureValues {
  readonly version: number
  readonly closedOn: string
  readonly reason: ClosureReason | ''
}

/** Closing the case, with the day and the reason. Not shown once the case is closed. */
export function ClosureSection({
  customer,
  onChanged,
}: {
  customer: Customer
  onChanged: () => void
}) {
  const { t } = useI18n()
  if (customer.closedOn) return null
  return (
    <Section title={t('customers.closure.heading')} qa="customer-closure">
      <p>{t('customers.closure.intro')}</p>
      <FormDisclosure
        label={t('customers.closure.open')}
        qa="closure"
        savedMessage={t('customers.closure.saved')}
      >
        {({ close, saved, headingId }) => (
          <ClosureForm
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

function ClosureForm(props: {
  customer: Customer
  headingId: string
  onCancel: () => void
  onSaved: () => void
}) {
  const { t } = useI18n()
  const id = props.customer.id
  const form = useRecordForm<ClosureValues, unknown>({
    initial: () => ({ version: props.customer.version, closedOn: today().toString(), reason: '' }),
    validate: (values) => {
      const issues: FieldIssue[] = []
      if (!values.closedOn) issues.push({ path: 'closedOn', message: 'required' })
      if (!values.reason) issues.push({ path: 'reason', message: 'required' })
      return issues
    },
    save: (values) =>
      closeCustomer(id, {
        version: values.version,
        closedOn: values.closedOn,
        reason: values.reason,
      }),
    onSaved: props.onSaved,
    loadLatest: async () => {
      const latest = await getCustomer(id)
      return { version: latest.version, closedOn: today().toString(), reason: '' }
    },
  })
  return (
    <RecordFormView
      form={form}
      qa="closure-form"
      labelledBy={props.headingId}
      submitLabel={t('customers.closure.submit')}
      onCancel={props.onCancel}
    >
      <DateInput
        name="closedOn"
        label={t('customers.closure.closedOn')}
        value={form.values.closedOn}
        onChange={(v) => form.set('closedOn', v)}
        isRequired
        qa="closure-closed-on"
      />
      <SelectInput
        name="reason"
        label={t('customers.closure.reason')}
        options={closureReasons.map((id) => ({ id, label: t(`customers.closureReasons.${id}`) }))}
        value={form.values.reason}
        onChange={(v) => form.set('reason', v)}
        isRequired
        qa="closure-reason"
      />
    </RecordFormView>
  )
}
