import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Customer } from '../../../src/shared/api/cases.schemas.js'
import { organisation, type StaffOrganisationId } from '../../../src/shared/organisations.js'
import {
  customerCategories,
  jobSeekerStatusLabels,
  municipalities,
} from '../../../src/shared/programme/definitions.js'
import { formatDate, formatList, languageName } from '../format.js'
import { useI18n } from '../i18n.js'
import { Section } from '../layout/Section.js'
import { sameSet } from './customerFormValues.js'

/** The customer's details and the organisations responsible for the case. */
export function CustomerDetails({ customer }: { customer: Customer }) {
  const { t, language } = useI18n()
  const date = (value: string | null) => (value ? formatDate(value, language) : t('details.none'))
  const orgNames = (ids: readonly StaffOrganisationId[]) =>
    ids.length === 0
      ? t('details.none')
      : formatList(
          ids.map((id) => organisation(id).name[language]),
          language,
        )
  const languages = customer.languages.map((l) =>
    l.native
      ? t('customers.details.nativeLanguage', { language: languageName(l.code, language) })
      : languageName(l.code, language),
  )
  const overridden = !sameSet(customer.responsibleOrganisations, customer.proposedOrganisations)

  return (
    <Section title={t('customers.details.heading')} qa="customer-details">
      <dl className="details">
        <Row label={t('customers.fields.birthDate')}>{date(customer.birthDate)}</Row>
        <Row label={t('customers.fields.personalIdentityCode')} qa="customer-details-identity-code">
          {customer.personalIdentityCode ?? t('details.none')}
        </Row>
        <Row label={t('customers.fields.municipality')}>
          {municipalities[customer.municipality].name[language]}
        </Row>
        <Row label={t('customers.fields.jobSeekerStatus')}>
          {customer.unemployedJobSeeker
            ? jobSeekerStatusLabels.unemployed[language]
            : jobSeekerStatusLabels[customer.jobSeekerStatus][language]}
        </Row>
        <Row label={t('customers.fields.categories')}>
          {customer.categories.length === 0
            ? t('details.none')
            : formatList(
                customer.categories.map((c) => customerCategories[c][language]),
                language,
              )}
        </Row>
        <Row label={t('customers.fields.needsCoordination')}>
          {customer.needsCoordination ? t('details.yes') : t('details.no')}
        </Row>
        <Row label={t('customers.fields.arrivedOn')}>{date(customer.arrivedOn)}</Row>
        <Row label={t('customers.fields.residencePermitOn')}>
          {date(customer.residencePermitOn)}
        </Row>
        <Row label={t('customers.form.languages')}>
          {languages.length === 0 ? t('details.none') : formatList(languages, language)}
        </Row>
        <Row label={t('customers.fields.interpreterNeeded')}>
          {customer.interpreterNeeded
            ? customer.interpreterLanguage
              ? t('customers.details.interpreterIn', {
                  language: languageName(customer.interpreterLanguage, language),
                })
              : t('details.yes')
            : t('details.no')}
        </Row>
        <Row label={t('customers.fields.phone')}>{customer.phone ?? t('details.none')}</Row>
        <Row label={t('customers.fields.email')}>{customer.email ?? t('details.none')}</Row>
        <Row label={t('customers.fields.address')}>{customer.address ?? t('details.none')}</Row>
        <Row label={t('customers.form.familyLinks')}>
          {customer.familyLinks.length === 0 ? (
            t('details.none')
          ) : (
            <ul className="plain-list">
              {customer.familyLinks.map((link) => (
                <li key={link.customerId}>
                  <Link to={`/customers/${link.customerId}`}>{link.name}</Link> (
                  {t(`customers.relations.${link.relation}`)})
                </li>
              ))}
            </ul>
          )}
        </Row>
        <Row label={t('customers.form.responsibleOrganisations')} qa="responsible-organisations">
          {orgNames(customer.responsibleOrganisations)}
        </Row>
        {overridden && (
          <>
            <Row label={t('customers.details.proposedOrganisations')}>
              {orgNames(customer.proposedOrganisations)}
            </Row>
            <Row label={t('customers.form.responsibilityReason')}>
              {customer.responsibilityReason ?? t('details.none')}
            </Row>
          </>
        )}
        {customer.closedOn && (
          <Row label={t('customers.details.closed')} qa="customer-closed-on">
            {t('customers.details.closedOn', {
              date: formatDate(customer.closedOn, language),
              reason: customer.closureReason
                ? t(`customers.closureReasons.${customer.closureReason}`)
                : t('details.none'),
            })}
          </Row>
        )}
      </dl>
    </Section>
  )
}

export function Row({ label, qa, children }: { label: string; qa?: string; children: ReactNode }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd data-qa={qa}>{children}</dd>
    </div>
  )
}
