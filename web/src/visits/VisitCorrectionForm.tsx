import { useRef } from 'react'
import type { ServiceLanguage, Visit, VisitUpdate } from '../../../src/shared/api/visits.schemas.js'
import type { FieldIssue } from '../forms/formFailure.js'
import { RecordFormView } from '../forms/RecordFormView.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { helsinkiInstant, helsinkiTime } from './deskTime.js'
import { TimeInput } from './TimeInput.js'
import { type VisitChoices, VisitFields } from './VisitFields.js'
import { correctVisit, myVisitsOn, type ReferralPlace } from './visitsApi.js'

// Correcting one of today's visits in place: its time of day and its choices.
// Only what changed is sent, with the version it was based on (409 if stale).

interface CorrectionValues extends VisitChoices {
  /** The time of day in Helsinki, HH:MM. */
  readonly at: string
}

const valuesOf = (visit: Visit): CorrectionValues => ({
  language: visit.language,
  interpreterLanguage: visit.interpreterLanguage ?? '',
  topics: visit.topics,
  referredTo: visit.referredTo,
  at: helsinkiTime(new Date(visit.at)),
})

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function correctionIssues(values: CorrectionValues, visitDate: string): FieldIssue[] {
  const issues: FieldIssue[] = []
  if (values.topics.length === 0)
    issues.push({ path: 'topics', key: 'visits.errors.topicRequired' })
  const at = helsinkiInstant(visitDate, values.at)
  if (!at) issues.push({ path: 'at', key: 'visits.errors.timeRequired' })
  else if (at.getTime() > Date.now()) issues.push({ path: 'at', key: 'visits.errors.future' })
  return issues
}

/** The changes from `base` to `values`, as the PATCH body. */
function changes(
  visit: Visit,
  values: CorrectionValues,
  base: CorrectionValues,
  version: number,
): VisitUpdate {
  const body: VisitUpdate = { version }
  if (values.at !== base.at) {
    body.at = (helsinkiInstant(visit.visitDate, values.at) ?? new Date(visit.at)).toISOString()
  }
  if (values.language !== base.language) body.language = values.language as ServiceLanguage
  const interpreter = values.language === 'other' ? values.interpreterLanguage : ''
  if (values.language === 'other' && interpreter !== base.interpreterLanguage) {
    body.interpreterLanguage = interpreter || null
  }
  if (!same(values.topics, base.topics)) body.topics = [...values.topics]
  if (!same(values.referredTo, base.referredTo)) body.referredTo = [...values.referredTo]
  return body
}

export function VisitCorrectionForm({
  visit,
  places,
  headingId,
  onCancel,
  onSaved,
}: {
  visit: Visit
  places: readonly ReferralPlace[]
  headingId: string
  onCancel: () => void
  onSaved: (visit: Visit) => void
}) {
  const { t } = useI18n()
  // After an edit conflict the form continues from the version saved now.
  const version = useRef(visit.version)
  const form = useRecordForm<CorrectionValues, Visit>({
    initial: () => valuesOf(visit),
    validate: (values) => correctionIssues(values, visit.visitDate),
    save: (values, base) => correctVisit(visit.id, changes(visit, values, base, version.current)),
    onSaved,
    loadLatest: async () => {
      const latest = (await myVisitsOn(visit.visitDate)).find((v) => v.id === visit.id)
      if (!latest) throw new Error('the visit is gone')
      version.current = latest.version
      return valuesOf(latest)
    },
  })
  return (
    <RecordFormView
      form={form}
      qa="visit-correction"
      labelledBy={headingId}
      submitLabel={t('visits.today.saveCorrection')}
      onCancel={onCancel}
    >
      <TimeInput
        name="at"
        label={t('visits.form.clock')}
        value={form.values.at}
        onChange={(v) => form.set('at', v)}
        qa="visit-correction-time"
      />
      <VisitFields values={form.values} set={form.set} places={places} qa="visit-correction" />
    </RecordFormView>
  )
}
