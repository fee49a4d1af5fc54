import { useEffect, useId, useRef, useState } from 'react'
import { Button } from 'react-aria-components'
import type { ServiceLanguage, Visit } from '../../../src/shared/api/visits.schemas.js'
import {
  type InfoPointId,
  infoPointIds,
  infoPoints,
} from '../../../src/shared/programme/definitions.js'
import { formatList, today } from '../format.js'
import { DateInput } from '../forms/fields.js'
import type { FieldIssue } from '../forms/formFailure.js'
import { RecordFormView } from '../forms/RecordFormView.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { type MessageKey, useI18n } from '../i18n.js'
import { RadioButtons } from './ChoiceButtons.js'
import { storeDeskLocation, storedDeskLocation } from './deskLocation.js'
import {
  earliestRecordable,
  formatVisitTime,
  helsinkiInstant,
  helsinkiTime,
  timeIssues,
} from './deskTime.js'
import { TimeInput } from './TimeInput.js'
import { choicesBody, type VisitChoices, VisitFields } from './VisitFields.js'
import { type ReferralPlace, recordVisit } from './visitsApi.js'

// The desk form, built for three interactions per visitor: the language, the
// topics, and "Record visit" (Enter on any choice records too). The info
// point is asked once per device and the time is "now" unless an earlier one
// is given. After each visit the choices reset and focus returns to the
// language, ready for the next visitor.

interface DeskValues extends VisitChoices {
  readonly location: InfoPointId | ''
  /** Whether an earlier time than now is given, in `date` and `at`. */
  readonly earlier: boolean
  readonly date: string
  readonly at: string
}

const fresh = (location: InfoPointId | ''): DeskValues => ({
  location,
  language: '',
  interpreterLanguage: '',
  topics: [],
  referredTo: [],
  earlier: false,
  date: '',
  at: '',
})

const required = (path: string, key: MessageKey): FieldIssue[] => [{ path, key }]

function deskIssues(values: DeskValues): FieldIssue[] {
  const issues = [
    ...(values.location ? [] : required('location', 'visits.errors.locationRequired')),
    ...(values.language ? [] : required('language', 'visits.errors.languageRequired')),
    ...(values.topics.length > 0 ? [] : required('topics', 'visits.errors.topicRequired')),
  ]
  if (!values.earlier) return issues
  if (!values.date) return [...issues, ...required('date', 'visits.errors.dateRequired')]
  const at = helsinkiInstant(values.date, values.at)
  if (!at) return [...issues, ...required('at', 'visits.errors.timeRequired')]
  return [...issues, ...timeIssues(at, new Date(), earliestRecordable(today()))]
}

export function DeskForm({
  places,
  onRecorded,
}: {
  places: readonly ReferralPlace[]
  onRecorded: (visit: Visit) => void
}) {
  const { t, language } = useI18n()
  const headingId = useId()
  const earlierId = useId()
  const languageRef = useRef<HTMLDivElement>(null)
  const locationRef = useRef<HTMLDivElement>(null)
  const [askLocation, setAskLocation] = useState(() => storedDeskLocation() === undefined)
  const focusLocation = useRef(false)
  const [confirmation, setConfirmation] = useState('')

  const form = useRecordForm<DeskValues, Visit>({
    initial: () => fresh(storedDeskLocation() ?? ''),
    validate: deskIssues,
    save: (values) => {
      setConfirmation('') // so that the same words twice are announced twice
      const at = values.earlier ? helsinkiInstant(values.date, values.at) : new Date()
      return recordVisit({
        at: (at ?? new Date()).toISOString(),
        location: values.location as InfoPointId,
        ...choicesBody({ ...values, language: values.language as ServiceLanguage }),
      })
    },
    onSaved: (visit) => {
      form.setValues((values) => fresh(values.location))
      setAskLocation(false)
      setConfirmation(
        t('visits.form.recorded', {
          time: formatVisitTime(visit.at, language),
          language: t(`visits.languages.${visit.language}`),
          topics: formatList(
            visit.topics.map((topic) => t(`visits.topics.${topic}`)),
            language,
          ),
        }),
      )
      onRecorded(visit)
      languageRef.current?.querySelector('input')?.focus()
    },
  })
  const { values, set } = form

  // Enter on a choice records the visit: the third interaction, from wherever the user is.
  useEffect(() => {
    const element = document.getElementById(form.formId)
    if (!(element instanceof HTMLFormElement)) return
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target
      if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return
      if (target.type !== 'checkbox' && target.type !== 'radio') return
      event.preventDefault()
      element.requestSubmit()
    }
    element.addEventListener('keydown', onKeyDown)
    return () => element.removeEventListener('keydown', onKeyDown)
  }, [form.formId])

  // "Change info point" hands focus to the info point's choices.
  useEffect(() => {
    if (!askLocation || !focusLocation.current) return
    focusLocation.current = false
    const group = locationRef.current
    const input =
      group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector('input')
    input?.focus()
  }, [askLocation])

  const pointName = (id: InfoPointId) => {
    const point = infoPoints[id]
    return `${point.name[language]}, ${point.venue ?? point.streetAddress}`
  }

  return (
    <section className="card desk-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('visits.form.heading')}</h2>
      <p className="field__description">{t('visits.form.keyboardHint')}</p>
      <RecordFormView
        form={form}
        qa="visit"
        labelledBy={headingId}
        submitLabel={t('visits.form.submit')}
      >
        <div data-qa="visit-location">
          {askLocation ? (
            <RadioButtons
              name="location"
              label={t('visits.location.label')}
              description={t('visits.location.question')}
              options={infoPointIds.map((id) => ({ id, label: pointName(id) }))}
              value={values.location}
              onChange={(location) => {
                storeDeskLocation(location)
                set('location', location)
              }}
              qa="visit-location"
              isRequired
              groupRef={locationRef}
            />
          ) : (
            <p className="desk-status-line">
              <span data-qa="visit-location-current">
                {values.location &&
                  t('visits.location.current', { name: pointName(values.location) })}
              </span>
              <Button
                className="button button--link"
                data-qa="visit-location-change"
                onPress={() => {
                  focusLocation.current = true
                  setAskLocation(true)
                }}
              >
                {t('visits.location.change')}
              </Button>
            </p>
          )}
        </div>

        <div className="desk-status-line">
          {!values.earlier && <span>{t('visits.form.timeNow')}</span>}
          <Button
            className="button button--link"
            aria-expanded={values.earlier}
            aria-controls={values.earlier ? earlierId : undefined}
            data-qa="visit-earlier-time"
            onPress={() =>
              form.setValues((v) =>
                v.earlier
                  ? { ...v, earlier: false, date: '', at: '' }
                  : {
                      ...v,
                      earlier: true,
                      date: today().toString(),
                      at: helsinkiTime(new Date()),
                    },
              )
            }
          >
            {t('visits.form.earlierTime')}
          </Button>
        </div>
        {values.earlier && (
          <div id={earlierId} className="desk-earlier">
            <DateInput
              name="date"
              label={t('visits.form.date')}
              value={values.date}
              onChange={(v) => set('date', v)}
              description={t('visits.form.earliestHelp')}
              isRequired
              qa="visit-date"
            />
            <TimeInput
              name="at"
              label={t('visits.form.clock')}
              value={values.at}
              onChange={(v) => set('at', v)}
              qa="visit-time"
            />
          </div>
        )}

        <VisitFields
          values={values}
          set={set}
          places={places}
          qa="visit"
          languageRef={languageRef}
        />
      </RecordFormView>
      <p
        className={confirmation ? 'notice notice--success' : 'desk-confirmation--empty'}
        role="status"
        data-qa="visit-confirmation"
      >
        {confirmation}
      </p>
    </section>
  )
}
