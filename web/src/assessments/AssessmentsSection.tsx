import type { z } from 'zod'
import type { assessment, Customer } from '../../../src/shared/api/cases.schemas.js'
import { organisationNames } from '../customers/organisationNames.js'
import { formatDate, languageName } from '../format.js'
import { useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { FormDisclosure, Section } from '../layout/Section.js'
import { useLoad } from '../layout/useLoad.js'
import { AssessmentForm } from './AssessmentForm.js'
import { contentFields } from './assessmentFormValues.js'
import { listAssessments } from './assessmentsApi.js'

type Assessment = z.infer<typeof assessment>

/** The customer's assessments, newest first, and the form for a new one. */
export function AssessmentsSection({
  customer,
  revision,
  onChanged,
}: {
  customer: Customer
  revision: number
  onChanged: () => void
}) {
  const { t } = useI18n()
  const [assessments, reload] = useLoad(() => listAssessments(customer.id), [customer.id, revision])
  return (
    <Section title={t('assessments.heading')} qa="assessments">
      {assessments.state === 'loading' && <Loading />}
      {assessments.state === 'failed' && (
        <LoadFailure failure={assessments.failure} onRetry={reload} />
      )}
      {assessments.state === 'loaded' &&
        (assessments.data.length === 0 ? (
          <p className="empty">{t('assessments.empty')}</p>
        ) : (
          <ul className="record-list">
            {[...assessments.data]
              .sort((a, b) => b.completedOn.localeCompare(a.completedOn))
              .map((a) => (
                <AssessmentItem key={a.id} assessment={a} />
              ))}
          </ul>
        ))}
      {!customer.closedOn && (
        <FormDisclosure
          label={t('assessments.form.open')}
          qa="assessment-form"
          savedMessage={t('assessments.form.saved')}
        >
          {({ close, saved, headingId }) => (
            <AssessmentForm
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

function AssessmentItem({ assessment: a }: { assessment: Assessment }) {
  const { t, language } = useI18n()
  const filled = contentFields.filter((field) => a.content[field])
  const skills = a.content.languageSkills ?? []
  return (
    <li className="record" data-qa="assessment-item">
      <p className="record__title">
        {t('assessments.item', {
          kind: t(`assessments.kinds.${a.kind}`),
          date: formatDate(a.completedOn, language),
        })}
      </p>
      <p className="record__meta">{organisationNames(a.organisations, language, t)}</p>
      <details className="record__details">
        <summary>{t('assessments.showContent')}</summary>
        <dl className="details">
          {filled.map((field) => (
            <div className="details__row" key={field}>
              <dt>{t(`assessments.content.${field}`)}</dt>
              <dd className="preserve-lines">{a.content[field]}</dd>
            </div>
          ))}
          {skills.length > 0 && (
            <div className="details__row">
              <dt>{t('assessments.fields.languageSkills')}</dt>
              <dd>
                {skills.map((s) => `${languageName(s.language, language)} ${s.level}`).join(', ')}
              </dd>
            </div>
          )}
          {a.content.literacy && (
            <div className="details__row">
              <dt>{t('assessments.fields.literacy')}</dt>
              <dd>{t(`assessments.literacy.${a.content.literacy}`)}</dd>
            </div>
          )}
          <div className="details__row">
            <dt>{t('assessments.fields.needsPlan')}</dt>
            <dd>{a.needsPlan ? t('details.yes') : t('details.no')}</dd>
          </div>
          <div className="details__row">
            <dt>{t('assessments.fields.needsIntegrationTraining')}</dt>
            <dd>{a.needsIntegrationTraining ? t('details.yes') : t('details.no')}</dd>
          </div>
        </dl>
      </details>
    </li>
  )
}
