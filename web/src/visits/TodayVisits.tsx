import { useEffect, useId, useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import type { Visit } from '../../../src/shared/api/visits.schemas.js'
import { infoPoints } from '../../../src/shared/programme/definitions.js'
import { formatList, languageName, today } from '../format.js'
import { type FormFailure, failureMessages, formFailure } from '../forms/formFailure.js'
import { useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { PendingButton } from '../layout/PendingButton.js'
import { useLoad } from '../layout/useLoad.js'
import { formatVisitTime } from './deskTime.js'
import { VisitCorrectionForm } from './VisitCorrectionForm.js'
import { myVisitsOn, type ReferralPlace, removeVisit } from './visitsApi.js'

// The visits the user recorded today, latest first, each correctable in
// place and removable after a confirmation (the server allows this to the
// recorder for today's and yesterday's visits).

export function TodayVisits({
  revision,
  places,
}: {
  revision: number
  places: readonly ReferralPlace[]
}) {
  const { t } = useI18n()
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [status, setStatus] = useState('')
  const [visits, reload] = useLoad(() => myVisitsOn(today().toString()), [revision])
  const changed = (message: string) => {
    setStatus(message)
    reload()
  }
  return (
    <section className="card section" aria-labelledby={headingId} data-qa="visit-today-list">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('visits.today.heading')}
        {visits.state === 'loaded' && (
          <span className="count"> ({t('visits.today.count', { count: visits.data.length })})</span>
        )}
      </h2>
      <p className="disclosure__status" role="status" data-qa="visit-today-status">
        {status}
      </p>
      {visits.state === 'loading' && <Loading />}
      {visits.state === 'failed' && <LoadFailure failure={visits.failure} onRetry={reload} />}
      {visits.state === 'loaded' &&
        (visits.data.length === 0 ? (
          <p className="empty">{t('visits.today.empty')}</p>
        ) : (
          <ul className="record-list">
            {visits.data.map((visit) => (
              <VisitItem
                key={visit.id}
                visit={visit}
                places={places}
                onCorrected={changed}
                onRemoved={(message) => {
                  changed(message)
                  headingRef.current?.focus()
                }}
              />
            ))}
          </ul>
        ))}
    </section>
  )
}

type Mode = 'view' | 'correcting' | 'confirming-removal'

function VisitItem({
  visit,
  places,
  onCorrected,
  onRemoved,
}: {
  visit: Visit
  places: readonly ReferralPlace[]
  onCorrected: (message: string) => void
  onRemoved: (message: string) => void
}) {
  const { t, language } = useI18n()
  const [mode, setMode] = useState<Mode>('view')
  const [removing, setRemoving] = useState(false)
  const [failure, setFailure] = useState<FormFailure | null>(null)
  const correctRef = useRef<HTMLButtonElement>(null)
  const removeRef = useRef<HTMLButtonElement>(null)
  const questionRef = useRef<HTMLParagraphElement>(null)
  const correctionHeadingRef = useRef<HTMLHeadingElement>(null)
  const focusAfter = useRef<'correct' | 'remove' | 'question' | 'correction' | null>(null)
  const headingId = useId()
  const questionId = useId()
  const time = formatVisitTime(visit.at, language)

  // Focus follows the change of mode: into the form or to the question, then
  // back to the button that opened it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each change of mode, once the element to focus exists
  useEffect(() => {
    const target = focusAfter.current
    focusAfter.current = null
    if (target === 'correct') correctRef.current?.focus()
    if (target === 'remove') removeRef.current?.focus()
    if (target === 'question') questionRef.current?.focus()
    if (target === 'correction') correctionHeadingRef.current?.focus()
  }, [mode])

  const back = (focus: 'correct' | 'remove') => {
    focusAfter.current = focus
    setMode('view')
  }

  async function remove() {
    setRemoving(true)
    setFailure(null)
    try {
      await removeVisit(visit.id, visit.version)
    } catch (error) {
      setRemoving(false)
      setFailure(formFailure(error))
      return
    }
    onRemoved(t('visits.today.removed', { time }))
  }

  const placeName = (id: string) => places.find((p) => p.id === id)?.name ?? id
  const point = infoPoints[visit.location]
  const details = [
    visit.language === 'other' && visit.interpreterLanguage
      ? `${t('visits.languages.other')} (${t('visits.today.interpreter', {
          language: languageName(visit.interpreterLanguage, language),
        })})`
      : t(`visits.languages.${visit.language}`),
    formatList(
      visit.topics.map((topic) => t(`visits.topics.${topic}`)),
      language,
    ),
    visit.referredTo.length > 0
      ? t('visits.today.referredTo', {
          places: formatList(visit.referredTo.map(placeName), language),
        })
      : undefined,
  ].filter(Boolean)

  if (mode === 'correcting') {
    return (
      <li className="record" data-qa="visit-item">
        <h3 id={headingId} ref={correctionHeadingRef} tabIndex={-1}>
          {t('visits.today.correctionHeading', { time })}
        </h3>
        <VisitCorrectionForm
          visit={visit}
          places={places}
          headingId={headingId}
          onCancel={() => back('correct')}
          onSaved={(corrected) => {
            back('correct')
            onCorrected(
              t('visits.today.corrected', { time: formatVisitTime(corrected.at, language) }),
            )
          }}
        />
      </li>
    )
  }

  return (
    <li className="record" data-qa="visit-item">
      <p className="record__title">
        {t('visits.today.when', { time, location: `${point.name[language]}` })}
      </p>
      <p className="record__meta">{details.join(' · ')}</p>
      {failure && (
        <p className="notice notice--error" role="alert">
          {t(failureMessages[failure.kind])}
        </p>
      )}
      {mode === 'confirming-removal' ? (
        // biome-ignore lint/a11y/useSemanticElements: a group of two buttons with its question, not a form field set
        <div className="desk-actions" role="group" aria-labelledby={questionId}>
          <p id={questionId} ref={questionRef} tabIndex={-1}>
            {t('visits.today.confirmRemove', { time })}
          </p>
          <PendingButton
            className="button button--primary"
            data-qa="visit-remove-confirm"
            pending={removing}
            onPress={remove}
          >
            {removing ? t('visits.today.removing') : t('visits.today.confirmRemoveYes')}
          </PendingButton>
          <Button
            className="button button--secondary"
            data-qa="visit-remove-cancel"
            onPress={() => back('remove')}
          >
            {t('visits.today.keep')}
          </Button>
        </div>
      ) : (
        <div className="desk-actions">
          <Button
            ref={correctRef}
            className="button button--secondary"
            data-qa="visit-correct"
            aria-label={t('visits.today.correctLabel', { time })}
            onPress={() => {
              focusAfter.current = 'correction'
              setFailure(null)
              setMode('correcting')
            }}
          >
            {t('visits.today.correct')}
          </Button>
          <Button
            ref={removeRef}
            className="button button--secondary"
            data-qa="visit-remove"
            aria-label={t('visits.today.removeLabel', { time })}
            onPress={() => {
              focusAfter.current = 'question'
              setFailure(null)
              setMode('confirming-removal')
            }}
          >
            {t('visits.today.remove')}
          </Button>
        </div>
      )}
    </li>
  )
}
