import { participationServices } from '../../../src/shared/api/cases.schemas.js'
import { languageOptions } from '../customers/languageCodes.js'
import { today } from '../format.js'
import { CheckboxInput, RadioInput, SelectInput } from '../forms/choiceFields.js'
import { DateInput, LongTextInput, TextInput } from '../forms/fields.js'
import type { FieldIssue } from '../forms/formFailure.js'
import { RecordFormView } from '../forms/RecordFormView.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { addParticipation } from './participationsApi.js'

type Service = (typeof participationServices)[number]

export interface ParticipationValues {
  readonly service: Service | ''
  readonly startedOn: string
  readonly endedOn: string
  readonly language: string
  readonly provider: string
  readonly interrupted: boolean
  readonly interruptionReason: string
}

/** The end, interruption and reason rules shared by the new and the update form. */
export function endIssues(values: {
  startedOn?: string
  endedOn: string
  interrupted: boolean
  interruptionReason: string
}): FieldIssue[] {
  const issues: FieldIssue[] = []
  // As the server (src/casework/casework.ts): an interrupted participation
  // ends on the day it stopped, and says why.
  if (values.interrupted && values.interruptionReason.trim() === '') {
    issues.push({ path: 'interruptionReason', key: 'forms.messages.interruptionReason' })
  }
  if (values.interrupted && values.endedOn === '') {
    issues.push({ path: 'endedOn', key: 'forms.messages.interruptedEnd' })
  }
  if (values.startedOn && values.endedOn && values.endedOn < values.startedOn) {
    issues.push({ path: 'endedOn', key: 'forms.messages.endBeforeStart' })
  }
  return issues
}

/** A new participation in civic orientation or integration training (parts 3 and 4). */
export function ParticipationForm(props: {
  customerId: string
  headingId: string
  onCancel: () => void
  onSaved: () => void
}) {
  const { t, language } = useI18n()
  const form = useRecordForm<ParticipationValues, unknown>({
    initial: () => ({
      service: '',
      startedOn: today().toString(),
      endedOn: '',
      language: '',
      provider: '',
      interrupted: false,
      interruptionReason: '',
    }),
    validate: (values) => [
      ...(values.service ? [] : [{ path: 'service', message: 'required' }]),
      ...(values.startedOn ? [] : [{ path: 'startedOn', message: 'required' }]),
      ...endIssues(values),
    ],
    save: (values) =>
      addParticipation(props.customerId, {
        service: values.service as Service,
        startedOn: values.startedOn,
        ...(values.endedOn ? { endedOn: values.endedOn } : {}),
        ...(values.language ? { language: values.language } : {}),
        ...(values.provider.trim() ? { provider: values.provider.trim() } : {}),
        ...(values.interrupted
          ? { interrupted: true, interruptionReason: values.interruptionReason.trim() }
          : {}),
      }),
    onSaved: props.onSaved,
  })
  const { values, set } = form
  return (
    <RecordFormView
      form={form}
      qa="participation-form"
      labelledBy={props.headingId}
      submitLabel={t('participations.form.submit')}
      onCancel={props.onCancel}
    >
      <RadioInput
        name="service"
        label={t('participations.fields.service')}
        options={participationServices.map((id) => ({
          id,
          label: t(`participations.services.${id}`),
        }))}
        value={values.service}
        onChange={(v) => set('service', v)}
        isRequired
        qa="participation-service"
      />
      <DateInput
        name="startedOn"
        label={t('participations.fields.startedOn')}
        value={values.startedOn}
        onChange={(v) => set('startedOn', v)}
        isRequired
        qa="participation-started-on"
      />
      <DateInput
        name="endedOn"
        label={t('participations.fields.endedOn')}
        value={values.endedOn}
        onChange={(v) => set('endedOn', v)}
        qa="participation-ended-on"
      />
      <SelectInput
        name="language"
        label={t('participations.fields.language')}
        options={languageOptions(language, [values.language])}
        value={values.language}
        onChange={(v) => set('language', v)}
        qa="participation-language"
      />
      <TextInput
        name="provider"
        label={t('participations.fields.provider')}
        value={values.provider}
        onChange={(v) => set('provider', v)}
        maxLength={200}
        qa="participation-provider"
      />
      <CheckboxInput
        name="interrupted"
        label={t('participations.fields.interrupted')}
        value={values.interrupted}
        onChange={(v) => set('interrupted', v)}
        qa="participation-interrupted"
      />
      {values.interrupted && (
        <LongTextInput
          name="interruptionReason"
          label={t('participations.fields.interruptionReason')}
          value={values.interruptionReason}
          onChange={(v) => set('interruptionReason', v)}
          isRequired
          maxLength={1000}
          qa="participation-interruption-reason"
        />
      )}
    </RecordFormView>
  )
}
