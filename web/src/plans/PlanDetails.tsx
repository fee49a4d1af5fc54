import { type Plan, serviceAreas } from '../../../src/shared/api/cases.schemas.js'
import { Row } from '../customers/CustomerDetails.js'
import { organisationNames } from '../customers/organisationNames.js'
import { formatDate } from '../format.js'
import { useI18n } from '../i18n.js'
import { Section } from '../layout/Section.js'

/** The plan as saved: its dates, goals, agreed services and organisations. */
export function PlanDetails({ plan }: { plan: Plan }) {
  const { t, language } = useI18n()
  const areas = serviceAreas.filter((area) => (plan.services[area] ?? []).length > 0)
  return (
    <Section title={t('plans.details.heading')} qa="plan-details">
      <dl className="details">
        <Row label={t('plans.fields.planType')}>{t(`plans.types.${plan.planType}`)}</Row>
        <Row label={t('plans.fields.primaryGoal')}>{t(`plans.goals.${plan.primaryGoal}`)}</Row>
        <Row label={t('plans.fields.startsOn')}>{formatDate(plan.startsOn, language)}</Row>
        <Row label={t('plans.fields.validUntil')} qa="plan-details-valid-until">
          {formatDate(plan.validUntil, language)}
        </Row>
        {plan.endedOn && (
          <Row label={t('plans.fields.endedOn')} qa="plan-ended-on">
            {t('plans.endedByNewer', { date: formatDate(plan.endedOn, language) })}
          </Row>
        )}
        <Row label={t('plans.fields.nextReviewDue')} qa="next-review-due">
          <time dateTime={plan.nextReviewDue}>{formatDate(plan.nextReviewDue, language)}</time>
        </Row>
        <Row label={t('plans.fields.organisations')}>
          {organisationNames(plan.organisations, language, t)}
        </Row>
        <Row label={t('plans.fields.obligationsAcknowledgedOn')} qa="plan-obligations-acknowledged">
          {plan.obligationsAcknowledgedOn
            ? formatDate(plan.obligationsAcknowledgedOn, language)
            : t('plans.details.notAcknowledged')}
        </Row>
        <Row label={t('plans.fields.longTermGoals')}>
          <span className="preserve-lines">{plan.longTermGoals || t('details.none')}</span>
        </Row>
        <Row label={t('plans.fields.periodGoals')}>
          <span className="preserve-lines">{plan.periodGoals || t('details.none')}</span>
        </Row>
        <Row label={t('plans.fields.services')}>
          {areas.length === 0 ? (
            t('details.none')
          ) : (
            <dl className="services">
              {areas.map((area) => (
                <div key={area}>
                  <dt>{t(`plans.areas.${area}`)}</dt>
                  <dd>
                    <ul className="plain-list">
                      {(plan.services[area] ?? []).map((service) => (
                        <li key={service}>{service}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </Row>
      </dl>
    </Section>
  )
}
