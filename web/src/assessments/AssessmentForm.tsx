import { Button } from 'react-aria-components'
import { type Customer, literacyLevels } from '../../../src/shared/api/cases.schemas.js'
import { cefrLevels } from '../../../src/shared/programme/definitions.js'
import { languageOptions } from '../customers/languageCodes.js'
import { CheckboxInput, RadioInput, SelectInput } from '../forms/choiceFields.js'
import { FieldGroup } from '../forms/FieldGroup.js'
import { DateInput, LongTextInput } from '../forms/fields.js'
import { OrganisationsInput } from '../forms/OrganisationsInput.js'
import { FieldSet, RecordFormView } from '../forms/RecordFormView.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import {
  type AssessmentFormValues,
  assessmentBody,
  assessmentIssues,
  contentFields,
  newAssessmentValues,
  wellbeingCounty,
} from './assessmentFormValues.js'
import { addAssessment } from './assessmentsApi.js'

/** A new assessment: the interview's content, language skills, literacy and needs (L155). */
export function AssessmentForm({
  customer,
  headingId,
  onCancel,
  onSaved,
}: {
  customer: Customer
  headingId: string
  onCancel: () => void
  onSaved: () => void
}) {
  const { t, language } = useI18n()
  const form = useRecordForm({
    initial: () => newAssessmentValues(customer),
    validate: assessmentIssues,
    save: (values) => addAssessment(customer.id, assessmentBody(values)),
    onSaved,
  })
  const { values, set } = form
  const skills = values.languageSkills
  const setSkill = (
    index: number,
    change: Partial<AssessmentFormValues['languageSkills'][number]>,
  ) =>
    set(
      'languageSkills',
      skills.map((s, i) => (i === index ? { ...s, ...change } : s)),
    )
  const languages = languageOptions(
    language,
    skills.map((s) => s.language),
  )

  return (
    <RecordFormView
      form={form}
      qa="assessment-form"
      labelledBy={headingId}
      submitLabel={t('assessments.form.submit')}
      onCancel={onCancel}
    >
      <RadioInput
        name="kind"
        label={t('assessments.fields.kind')}
        options={(['standard', 'multisectoral'] as const).map((id) => ({
          id,
          label: t(`assessments.kinds.${id}`),
        }))}
        value={values.kind}
        onChange={(kind) => {
          set('kind', kind)
          // A multisectoral assessment is made with the wellbeing county (L155).
          if (kind === 'multisectoral' && !values.organisations.includes(wellbeingCounty)) {
            set('organisations', [...values.organisations, wellbeingCounty])
          }
        }}
        isRequired
        qa="assessment-kind"
      />
      <DateInput
        name="completedOn"
        label={t('assessments.fields.completedOn')}
        value={values.completedOn}
        onChange={(v) => set('completedOn', v)}
        isRequired
        qa="assessment-completed-on"
      />
      <OrganisationsInput
        name="organisations"
        label={t('assessments.fields.organisations')}
        description={t('assessments.form.organisationsHelp')}
        value={values.organisations}
        onChange={(v) => set('organisations', v)}
        qa="assessment-organisations"
      />
      <FieldSet legend={t('assessments.form.interview')}>
        {contentFields.map((field) => (
          <LongTextInput
            key={field}
            name={`content.${field}`}
            label={t(`assessments.content.${field}`)}
            value={values[field]}
            onChange={(v) => set(field, v)}
            maxLength={4000}
            qa={`assessment-${field}`}
          />
        ))}
      </FieldSet>
      <FieldGroup name="content.languageSkills" legend={t('assessments.fields.languageSkills')}>
        {skills.map((skill, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
          <div className="repeat-row" key={index} data-qa="assessment-skill-row">
            <SelectInput
              name={`content.languageSkills.${index}.language`}
              label={t('assessments.form.skillLanguage', { number: index + 1 })}
              options={languages}
              value={skill.language}
              onChange={(v) => setSkill(index, { language: v })}
            />
            <SelectInput
              name={`content.languageSkills.${index}.level`}
              label={t('assessments.form.skillLevel', { number: index + 1 })}
              options={cefrLevels.map((id) => ({ id, label: id }))}
              value={skill.level}
              onChange={(v) => setSkill(index, { level: v })}
              qa={`assessment-skill-${index}-level`}
            />
            <Button
              className="button button--link"
              onPress={() =>
                set(
                  'languageSkills',
                  skills.filter((_, i) => i !== index),
                )
              }
            >
              {t('assessments.form.removeSkill', { number: index + 1 })}
            </Button>
          </div>
        ))}
        <Button
          className="button button--secondary"
          onPress={() => set('languageSkills', [...skills, { language: '', level: '' }])}
        >
          {t('assessments.form.addSkill')}
        </Button>
      </FieldGroup>
      <RadioInput
        name="content.literacy"
        label={t('assessments.fields.literacy')}
        options={literacyLevels.map((id) => ({ id, label: t(`assessments.literacy.${id}`) }))}
        value={values.literacy}
        onChange={(v) => set('literacy', v)}
        qa="assessment-literacy"
      />
      <CheckboxInput
        name="needsPlan"
        label={t('assessments.fields.needsPlan')}
        value={values.needsPlan}
        onChange={(v) => set('needsPlan', v)}
        qa="assessment-needs-plan"
      />
      <CheckboxInput
        name="needsIntegrationTraining"
        label={t('assessments.fields.needsIntegrationTraining')}
        value={values.needsIntegrationTraining}
        onChange={(v) => set('needsIntegrationTraining', v)}
        qa="assessment-needs-integration-training"
      />
    </RecordFormView>
  )
}
