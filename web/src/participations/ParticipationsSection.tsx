import type { Customer } from '../../../src/shared/api/cases.schemas.js'
import { formatDate, languageName } from '../format.js'
import { useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { FormDisclosure, Section } from '../layout/Section.js'
import { useLoad } from '../layout/useLoad.js'
import { ParticipationForm } from './ParticipationForm.js'
import { ParticipationUpdateForm } from './ParticipationUpdateForm.js'
import { listParticipations, type Participation } from './participationsApi.js'

/** Civic orientation and integration training: who took part when, ended or interrupted. */
export function ParticipationsSection({
  customer,
  revision,
  onChanged,
}: {
  customer: Customer
  revision: number
  onChanged: () => void
}) {
  const { t } = useI18n()
  const [participations, reload] = useLoad(
    () => listParticipations(customer.id),
    [customer.id, revision],
  )
  return (
    <Section title={t('participations.heading')} qa="participations">
      {participations.state === 'loading' && <Loading />}
      {participations.state === 'failed' && (
        <LoadFailure failure={participations.failure} onRetry={reload} />
      )}
      {participations.state === 'loaded' &&
        (participations.data.length === 0 ? (
          <p className="empty">{t('participations.empty')}</p>
        ) : (
          <ul className="record-list">
            {[...participations.data]
              .sort((a, b) => b.startedOn.localeCompare(a.startedOn))
              .map((p) => (
                <ParticipationItem
                  key={p.id}
                  participation={p}
                  customerId={customer.id}
                  onChanged={onChanged}
                />
              ))}
          </ul>
        ))}
      {!customer.closedOn && (
        <FormDisclosure
          label={t('participations.form.open')}
          qa="participation-form"
          savedMessage={t('participations.form.saved')}
        >
          {({ close, saved, headingId }) => (
            <ParticipationForm
              customerId={customer.id}
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

function ParticipationItem({
  participation: p,
  customerId,
  onChanged,
}: {
  participation: Participation
  customerId: string
  onChanged: () => void
}) {
  const { t, language } = useI18n()
  const period = p.endedOn
    ? t('participations.period', {
        from: formatDate(p.startedOn, language),
        until: formatDate(p.endedOn, language),
      })
    : t('participations.ongoing', { from: formatDate(p.startedOn, language) })
  return (
    <li className="record" data-qa="participation-item">
      <p className="record__title">
        {t(`participations.services.${p.service}`)}: {period}
      </p>
      <p className="record__meta">
        {[
          p.language ? languageName(p.language, language) : undefined,
          p.provider ?? undefined,
          p.interrupted
            ? t('participations.interruptedBecause', {
                reason: p.interruptionReason ?? t('details.none'),
              })
            : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <FormDisclosure
        label={t('participations.update.open')}
        qa="participation-update-form"
        savedMessage={t('participations.update.saved')}
      >
        {({ close, saved, headingId }) => (
          <ParticipationUpdateForm
            participation={p}
            customerId={customerId}
            headingId={headingId}
            onCancel={close}
            onSaved={() => {
              saved()
              onChanged()
            }}
          />
        )}
      </FormDisclosure>
    </li>
  )
}
