import type { ReactNode, Ref } from 'react'
import { type Customer, type Plan, serviceAreas } from '../../../src/shared/api/cases.schemas.js'
import type { StaffLanguage } from '../../../src/shared/i18n/i18n.js'
import { organisationNames } from '../customers/organisationNames.js'
import { formatDate, languageName } from '../format.js'
import { translatorFor } from '../i18n.js'
import type { CustomerLanguageChoice } from './customerLanguage.js'
import { Obligations } from './Obligations.js'

/**
 * The plan as handed to the customer: in Swedish or Finnish as chosen
 * (`lang` set on the whole document), with the obligations in that language
 * and again in the customer's own language where that differs.
 */
export function PrintedPlan({
  plan,
  customer,
  planLanguage,
  obligationsIn,
  headingRef,
}: {
  plan: Plan
  customer: Customer
  planLanguage: StaffLanguage
  obligationsIn: CustomerLanguageChoice
  headingRef: Ref<HTMLHeadingElement>
}) {
  const t = translatorFor(planLanguage)
  const date = (value: string) => formatDate(value, planLanguage)
  const name = `${customer.firstName} ${customer.lastName}`
  const areas = serviceAreas.filter((area) => (plan.services[area] ?? []).length > 0)

  return (
    <article className="printed-plan" lang={planLanguage} data-qa="printable-plan">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('planPrint.heading', { type: t(`plans.types.${plan.planType}`), name })}
      </h1>
      <dl className="details printed-plan__facts">
        <Fact label={t('planPrint.customer')}>
          {t('planPrint.customerLine', { name, born: date(customer.birthDate) })}
        </Fact>
        <Fact label={t('planPrint.period')}>
          {t('planPrint.periodLine', { from: date(plan.startsOn), until: date(plan.validUntil) })}
        </Fact>
        <Fact label={t('plans.fields.nextReviewDue')}>{date(plan.nextReviewDue)}</Fact>
        <Fact label={t('plans.fields.primaryGoal')}>{t(`plans.goals.${plan.primaryGoal}`)}</Fact>
        <Fact label={t('plans.fields.organisations')}>
          {organisationNames(plan.organisations, planLanguage, t)}
        </Fact>
      </dl>

      <h2>{t('plans.fields.longTermGoals')}</h2>
      <p className="preserve-lines">{plan.longTermGoals || t('details.none')}</p>
      <h2>{t('plans.fields.periodGoals')}</h2>
      <p className="preserve-lines">{plan.periodGoals || t('details.none')}</p>

      <h2>{t('plans.fields.services')}</h2>
      {areas.length === 0 && <p>{t('details.none')}</p>}
      {areas.map((area) => (
        <section key={area} className="printed-plan__area">
          <h3>{t(`plans.areas.${area}`)}</h3>
          <ul>
            {(plan.services[area] ?? []).map((service) => (
              <li key={service}>{service}</li>
            ))}
          </ul>
        </section>
      ))}

      {/* `obligations` is always the customer's own copy, which may be the plan's language. */}
      <Obligations
        language={planLanguage}
        qa={obligationsIn.language === planLanguage ? 'obligations' : 'obligations-plan-language'}
      />
      {obligationsIn.language !== planLanguage && (
        <>
          <p className="printed-plan__language-note" data-qa="obligations-language-note">
            {obligationsNote(obligationsIn, planLanguage, t)}
          </p>
          <Obligations language={obligationsIn.language} qa="obligations" />
        </>
      )}

      <section className="printed-plan__signatures">
        <h2>{t('planPrint.signatures')}</h2>
        {plan.obligationsAcknowledgedOn && (
          <p>{t('planPrint.acknowledged', { date: date(plan.obligationsAcknowledgedOn) })}</p>
        )}
        <div className="signature">{t('planPrint.placeAndDate')}</div>
        <div className="signature">{t('planPrint.customerSignature')}</div>
        <div className="signature">{t('planPrint.counsellorSignature')}</div>
      </section>
    </article>
  )
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** Which language the customer's copy of the obligations is in, and why. */
export function obligationsNote(
  choice: CustomerLanguageChoice,
  inLanguage: string,
  t: ReturnType<typeof translatorFor>,
): string {
  const shown = languageName(choice.language, inLanguage)
  if (choice.reason === 'native') return t('planPrint.obligationsNative', { language: shown })
  if (choice.reason === 'not-translated' && choice.native) {
    return t('planPrint.obligationsNotTranslated', {
      native: languageName(choice.native, inLanguage),
      language: shown,
    })
  }
  return t('planPrint.obligationsNoNative', { language: shown })
}
