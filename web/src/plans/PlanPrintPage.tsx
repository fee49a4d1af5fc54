import { useState } from 'react'
import { Button, Label, Radio, RadioGroup } from 'react-aria-components'
import { Link } from 'react-router'
import type { StaffLanguage } from '../../../src/shared/i18n/i18n.js'
import { getCustomer } from '../customers/customersApi.js'
import { languageName } from '../format.js'
import { translatorFor, useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { useLoad } from '../layout/useLoad.js'
import { customerLanguage } from './customerLanguage.js'
import { obligationsNote, PrintedPlan } from './PrintedPlan.js'
import { getPlan } from './plansApi.js'

const planLanguages = ['sv', 'fi'] as const satisfies readonly StaffLanguage[]

/**
 * /plans/:id/print: the plan for the customer, in Swedish or Finnish, with
 * their obligations also in their own language. The controls are for the
 * screen only; the print stylesheet leaves just the plan on A4.
 */
export function PlanPrintPage({ id }: { id: string }) {
  const { t, language } = useI18n()
  useDocumentTitle(t('planPrint.title'))
  const headingRef = usePageHeading<HTMLHeadingElement>()
  const [planLanguage, setPlanLanguage] = useState<'sv' | 'fi'>(language === 'fi' ? 'fi' : 'sv')
  const [loaded, reload] = useLoad(async () => {
    const plan = await getPlan(id)
    return { plan, customer: await getCustomer(plan.customerId) }
  }, [id])

  if (loaded.state !== 'loaded') {
    return (
      <div className="page" data-qa="plan-print-page">
        <h1 ref={headingRef} tabIndex={-1}>
          {t('planPrint.title')}
        </h1>
        {loaded.state === 'loading' ? (
          <Loading />
        ) : (
          <LoadFailure failure={loaded.failure} onRetry={reload} />
        )}
      </div>
    )
  }
  const { plan, customer } = loaded.data
  const obligationsIn = customerLanguage(customer)

  return (
    <div className="page page--print" data-qa="plan-print-page">
      <div className="print-controls" data-qa="print-controls">
        <p>
          <Link to={`/plans/${id}`}>{t('planPrint.back')}</Link>
        </p>
        <RadioGroup
          className="field choice-group choice-group--inline"
          value={planLanguage}
          onChange={(value) => setPlanLanguage(value === 'fi' ? 'fi' : 'sv')}
          data-qa="print-plan-language"
        >
          <Label className="field__label">{t('planPrint.planLanguage')}</Label>
          {planLanguages.map((option) => (
            <Radio key={option} value={option} className="choice" data-qa={option} lang={option}>
              <span className="choice__mark choice__mark--radio" aria-hidden="true" />
              {translatorFor(option)('language.name')}
            </Radio>
          ))}
        </RadioGroup>
        <p data-qa="print-obligations-language">
          {obligationsIn.language === planLanguage
            ? t('planPrint.obligationsSameLanguage', {
                language: languageName(planLanguage, language),
              })
            : obligationsNote(obligationsIn, language, t)}
        </p>
        <Button
          className="button button--primary"
          data-qa="print-plan"
          onPress={() => window.print()}
        >
          {t('planPrint.print')}
        </Button>
      </div>
      <PrintedPlan
        plan={plan}
        customer={customer}
        planLanguage={planLanguage}
        obligationsIn={obligationsIn}
        headingRef={headingRef}
      />
    </div>
  )
}
