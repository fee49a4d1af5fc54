import type { Customer } from '../../../src/shared/api/cases.schemas.js'
import {
  isCefrLevel,
  languageTestSkillLabels,
  languageTestSkills,
} from '../../../src/shared/programme/definitions.js'
import { formatDate, languageName } from '../format.js'
import { useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { FormDisclosure, Section } from '../layout/Section.js'
import { useLoad } from '../layout/useLoad.js'
import { LanguageTestForm } from './LanguageTestForm.js'
import { type LanguageTest, listLanguageTests } from './languageTestsApi.js'
import { TestOutcome } from './TestOutcome.js'

/** The customer's final language tests, with each test's lowest level. */
export function LanguageTestsSection({
  customer,
  revision,
  onChanged,
}: {
  customer: Customer
  revision: number
  onChanged: () => void
}) {
  const { t } = useI18n()
  const [tests, reload] = useLoad(() => listLanguageTests(customer.id), [customer.id, revision])
  return (
    <Section title={t('languageTests.heading')} qa="language-tests">
      {tests.state === 'loading' && <Loading />}
      {tests.state === 'failed' && <LoadFailure failure={tests.failure} onRetry={reload} />}
      {tests.state === 'loaded' &&
        (tests.data.length === 0 ? (
          <p className="empty">{t('languageTests.empty')}</p>
        ) : (
          <ul className="record-list">
            {[...tests.data]
              .sort((a, b) => b.takenOn.localeCompare(a.takenOn))
              .map((test) => (
                <TestItem key={test.id} test={test} />
              ))}
          </ul>
        ))}
      {!customer.closedOn && (
        <FormDisclosure
          label={t('languageTests.form.open')}
          qa="language-test-form"
          savedMessage={t('languageTests.form.saved')}
        >
          {({ close, saved, headingId }) => (
            <LanguageTestForm
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

function TestItem({ test }: { test: LanguageTest }) {
  const { t, language } = useI18n()
  const levels = Object.values(test.results).filter(isCefrLevel)
  return (
    <li className="record" data-qa="language-test-item">
      <p className="record__title">
        {t('languageTests.item', {
          date: formatDate(test.takenOn, language),
          language: languageName(test.language, language),
        })}
      </p>
      <ul className="skill-list">
        {languageTestSkills.map((skill) => (
          <li key={skill}>
            {languageTestSkillLabels[skill][language]}:{' '}
            {test.results[skill] ?? t('languageTests.notTested')}
          </li>
        ))}
      </ul>
      <TestOutcome levels={levels} lowest={test.lowestLevel} reached={test.reachedTarget} />
    </li>
  )
}
