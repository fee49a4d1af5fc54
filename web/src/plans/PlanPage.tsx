import { Link, useLocation } from 'react-router'
import type { Plan } from '../../../src/shared/api/cases.schemas.js'
import { getCustomer } from '../customers/customersApi.js'
import { RecordFormView } from '../forms/RecordFormView.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { FormDisclosure, Section } from '../layout/Section.js'
import { useLoad } from '../layout/useLoad.js'
import { PlanDetails } from './PlanDetails.js'
import { PlanFields } from './PlanFields.js'
import { planChanges, planEditIssues, planValues } from './planFormValues.js'
import { getPlan, updatePlan } from './plansApi.js'
import { Reviews } from './Reviews.js'

/** /plans/:id: the plan, its reviews, a new review, changes to the plan, and the printout. */
export function PlanPage({ id }: { id: string }) {
  const { t } = useI18n()
  const location = useLocation()
  const justCreated = (location.state as { created?: boolean } | null)?.created === true
  const [plan, reloadPlan] = useLoad(() => getPlan(id), [id])
  const customerId = plan.state === 'loaded' ? plan.data.customerId : undefined
  const [customer] = useLoad(
    () => (customerId ? getCustomer(customerId) : Promise.resolve(undefined)),
    [customerId],
  )
  const headingRef = usePageHeading<HTMLHeadingElement>()
  const name =
    customer.state === 'loaded' && customer.data
      ? `${customer.data.firstName} ${customer.data.lastName}`
      : undefined
  const heading = name ? t('plans.page.headingFor', { name }) : t('plans.page.heading')
  useDocumentTitle(heading)

  return (
    <div className="page" data-qa="plan-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      {plan.state === 'loading' && <Loading />}
      {plan.state === 'failed' && <LoadFailure failure={plan.failure} onRetry={reloadPlan} />}
      {plan.state === 'loaded' && (
        <>
          {justCreated && (
            <p className="notice notice--success" data-qa="plan-created">
              {t('plans.page.created')}
            </p>
          )}
          <p className="page-links">
            <Link to={`/customers/${plan.data.customerId}`} data-qa="plan-customer-link">
              {name ? t('plans.page.backTo', { name }) : t('plans.page.backToCustomer')}
            </Link>
            <Link to={`/plans/${id}/print`} data-qa="plan-print-link">
              {t('plans.page.printLink')}
            </Link>
          </p>
          <PlanDetails plan={plan.data} />
          <Reviews plan={plan.data} onChanged={reloadPlan} />
          <Section title={t('plans.edit.heading')} qa="plan-edit">
            <FormDisclosure
              label={t('plans.edit.open')}
              qa="plan-edit-form"
              savedMessage={t('plans.edit.saved')}
            >
              {({ close, saved, headingId }) => (
                <EditPlanForm
                  plan={plan.data}
                  headingId={headingId}
                  onCancel={close}
                  onSaved={() => {
                    saved()
                    reloadPlan()
                  }}
                />
              )}
            </FormDisclosure>
          </Section>
        </>
      )}
    </div>
  )
}

function EditPlanForm(props: {
  plan: Plan
  headingId: string
  onCancel: () => void
  onSaved: () => void
}) {
  const { t } = useI18n()
  const form = useRecordForm({
    initial: () => planValues(props.plan),
    validate: (values) => planEditIssues(values, planValues(props.plan)),
    save: (values, base) => updatePlan(props.plan.id, planChanges(values, base)),
    onSaved: props.onSaved,
    loadLatest: async () => planValues(await getPlan(props.plan.id)),
  })
  return (
    <RecordFormView
      form={form}
      qa="plan-edit-form"
      labelledBy={props.headingId}
      submitLabel={t('plans.edit.submit')}
      onCancel={props.onCancel}
    >
      <PlanFields form={form} isNew={false} />
    </RecordFormView>
  )
}
