import { newLanguageTest } from '../../../src/shared/api/cases.schemas.js'
import {
  type CefrLevel,
  cefrLevels,
  type LanguageTestSkill,
  languageTestSkillLabels,
  languageTestSkills,
} from '../../../src/shared/programme/definitions.js'
import { languageName, today } from '../format.js'
import { RadioInput, SelectInput } from '../forms/choiceFields.js'
import { FieldGroup } from '../forms/FieldGroup.js'
import { DateInput } from '../forms/fields.js'
import { zodIssues } from '../forms/formFailure.js'
import { RecordFormView } from '../forms/RecordFormView.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { addLanguageTest, type NewLanguageTest } from './languageTestsApi.js'
import { TestOutcome } from './TestOutcome.js'

interface TestValues {
  readonly takenOn: string
  readonly language: 'sv' | 'fi'
  readonly results: Readonly<Record<LanguageTestSkill, CefrLevel | ''>>
}

function body(values: TestValues): NewLanguageTest {
  const results: Partial<Record<LanguageTestSkill, CefrLevel>> = {}
  for (const skill of languageTestSkills) {
    const level = values.results[skill]
    if (level) results[skill] = level
  }
  return { takenOn: values.takenOn, language: values.language, results }
}

/** The final language test: a CEFR level for each of the four skills (L220, L224). */
export function LanguageTestForm(props: {
  customerId: string
  headingId: string
  onCancel: () => void
  onSaved: () => void
}) {
  const { t, language } = useI18n()
  const form = useRecordForm<TestValues, unknown>({
    initial: () => ({
      takenOn: today().toString(),
      language: 'sv',
      results: { reading: '', writing: '', listening: '', speaking: '' },
    }),
    validate: (values) =>
      values.takenOn === ''
        ? [{ path: 'takenOn', message: 'required' }]
        : zodIssues(newLanguageTest.safeParse(body(values))),
    save: (values) => addLanguageTest(props.customerId, body(values)),
    onSaved: props.onSaved,
  })
  const { values, set, setValues } = form
  const given = languageTestSkills.flatMap((skill) => values.results[skill] || [])

  return (
    <RecordFormView
      form={form}
      qa="language-test-form"
      labelledBy={props.headingId}
      submitLabel={t('languageTests.form.submit')}
      onCancel={props.onCancel}
    >
      <DateInput
        name="takenOn"
        label={t('languageTests.fields.takenOn')}
        value={values.takenOn}
        onChange={(v) => set('takenOn', v)}
        isRequired
        qa="language-test-taken-on"
      />
      <RadioInput
        name="language"
        label={t('languageTests.fields.language')}
        options={(['sv', 'fi'] as const).map((id) => ({ id, label: languageName(id, language) }))}
        value={values.language}
        onChange={(v) => set('language', v)}
        isRequired
        qa="language-test-language"
      />
      <FieldGroup
        name="results"
        legend={t('languageTests.fields.results')}
        description={t('languageTests.form.resultsHelp')}
      >
        {languageTestSkills.map((skill) => (
          <SelectInput
            key={skill}
            name={`results.${skill}`}
            label={languageTestSkillLabels[skill][language]}
            options={cefrLevels.map((id) => ({ id, label: id }))}
            value={values.results[skill]}
            onChange={(level) => {
              setValues((v) => ({ ...v, results: { ...v.results, [skill]: level } }))
              form.edited('results')
            }}
            qa={`language-test-${skill}`}
          />
        ))}
      </FieldGroup>
      <div aria-live="polite" data-qa="language-test-preview">
        {given.length > 0 && <TestOutcome levels={given} />}
      </div>
    </RecordFormView>
  )
}
