import { CheckboxInput } from '../forms/choiceFields.js'
import { DateInput, LongTextInput } from '../forms/fields.js'
import { RecordFormView } from '../forms/RecordFormView.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { endIssues } from './ParticipationForm.js'
import {
  listParticipations,
  type Participation,
  type ParticipationUpdate,
  updateParticipation,
} from './participationsApi.js'

interface UpdateValues {
  readonly version: number
  readonly endedOn: string
  readonly interrupted: boolean
  readonly interruptionReason: string
}

const valuesOf = (p: Participation): UpdateValues => ({
  version: p.version,
  endedOn: p.endedOn ?? '',
  interrupted: p.interrupted,
  interruptionReason: p.interruptionReason ?? '',
})

/** Ends a participation, or marks it interrupted with the reason. */
export function ParticipationUpdateForm(props: {
  participation: Participation
  customerId: string
  headingId: string
  onCancel: () => void
  onSaved: () => void
}) {
  const { t } = useI18n()
  const { participation } = props
  const form = useRecordForm<UpdateValues, unknown>({
    initial: () => valuesOf(participation),
    validate: (values) => endIssues({ ...values, startedOn: participation.startedOn }),
    save: (values, base) => updateParticipation(participation.id, changes(values, base)),
    onSaved: props.onSaved,
    loadLatest: async () => {
      const all = await listParticipations(props.customerId)
      const latest = all.find((p) => p.id === participation.id)
      if (!latest) throw new Error('participation gone')
      return valuesOf(latest)
    },
  })
  const { values, set } = form
  return (
    <RecordFormView
      form={form}
      qa="participation-update-form"
      labelledBy={props.headingId}
      submitLabel={t('participations.update.submit')}
      onCancel={props.onCancel}
    >
      <DateInput
        name="endedOn"
        label={t('participations.fields.endedOn')}
        value={values.endedOn}
        onChange={(v) => set('endedOn', v)}
        qa="participation-update-ended-on"
      />
      <CheckboxInput
        name="interrupted"
        label={t('participations.fields.interrupted')}
        value={values.interrupted}
        onChange={(v) => set('interrupted', v)}
        qa="participation-update-interrupted"
      />
      {values.interrupted && (
        <LongTextInput
          name="interruptionReason"
          label={t('participations.fields.interruptionReason')}
          value={values.interruptionReason}
          onChange={(v) => set('interruptionReason', v)}
          isRequired
          maxLength={1000}
          qa="participation-update-interruption-reason"
        />
      )}
    </RecordFormView>
  )
}

/** Only what changed; an emptied end date or a lifted interruption is sent as null. */
function changes(values: UpdateValues, base: UpdateValues): ParticipationUpdate {
  const body: ParticipationUpdate = { version: values.version }
  if (values.endedOn !== base.endedOn) body.endedOn = values.endedOn || null
  if (values.interrupted !== base.interrupted) body.interrupted = values.interrupted
  const reason = values.interrupted ? values.interruptionReason.trim() || null : null
  if (reason !== (base.interrupted ? base.interruptionReason.trim() || null : null)) {
    body.interruptionReason = reason
  }
  return body
}
