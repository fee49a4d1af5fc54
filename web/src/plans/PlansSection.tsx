import { Link, useNavigate } from 'react-router'
import type { Customer, Plan } from '../../../src/shared/api/cases.schemas.js'
import { formatDate } from '../format.js'
import { RecordFormView } from '../forms/RecordFormView.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { FormDisclosure, Section } from '../layout/Section.js'
import { useLoad } from '../layout/useLoad.js'
import { PlanFields } from './PlanFields.js'
import { newPlanBody, newPlanIssues, newPlanValues } from './planFormValues.js'
import { addPlan, listPlans } from './plansApi.js'

/** The customer's plans, newest first, each linking to its page, and the form for a new plan. */
export function PlansSection({
  customer,
  revision,
  onChanged,
}: {
  customer: Customer
  revision: number
  onChanged: () => void
}) {
  const { t } = useI18n()
  const [plans, reload] = useLoad(() => listPlans(customer.id), [customer.id, revision])

  return (
    <Section title={t('plans.heading')} qa="plans">
      {plans.state === 'loading' && <Loading />}
      {plans.state === 'failed' && <LoadFailure failure={plans.failure} onRetry={reload} />}
      {plans.state === 'loaded' &&
        (plans.data.length === 0 ? (
          <p className="empty">{t('plans.empty')}</p>
        ) : (
          <ul className="record-list">
            {[...plans.data]
              .sort((a, b) => b.startsOn.localeCompare(a.startsOn))
              .map((plan) => (
                <PlanItem key={plan.id} plan={plan} />
              ))}
          </ul>
        ))}
      {!customer.closedOn && (
        <FormDisclosure
          label={t('plans.form.open')}
          qa="plan-form"
          savedMessage={t('plans.form.saved')}
        >
          {({ close, saved, headingId }) => (
            <NewPlanForm
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
      )}
    </Section>
  )
}

function PlanItem({ plan }: { plan: Plan }) {
  const { t, language } = useI18n()
  return (
    <li className="record" data-qa="plan-item">
      <p className="record__title">
        <Link to={`/plans/${plan.id}`}>
          {t('plans.item', {
            type: t(`plans.types.${plan.planType}`),
            from: formatDate(plan.startsOn, language),
            until: formatDate(plan.validUntil, language),
          })}
        </Link>
      </p>
      <p className="record__meta">
        {plan.endedOn
          ? t('plans.endedByNewer', { date: formatDate(plan.endedOn, language) })
          : t('plans.nextReviewDue', { date: formatDate(plan.nextReviewDue, language) })}
      </p>
    </li>
  )
}

function NewPlanForm(props: {
  customer: Customer
  headingId: string
  onCancel: () => void
  onSaved: () => void
}) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const form = useRecordForm({
    initial: () => newPlanValues(props.customer),
    validate: newPlanIssues,
    save: (values) => addPlan(props.customer.id, newPlanBody(values)),
    onSaved: (created) => {
      props.onSaved()
      navigate(`/plans/${created.id}`, { state: { created: true } })
    },
  })
  return (
    <RecordFormView
      form={form}
      qa="plan-form"
      labelledBy={props.headingId}
      submitLabel={t('plans.form.submit')}
      onCancel={props.onCancel}
    >
      <PlanFields form={form} isNew />
    </RecordFormView>
  )
}
