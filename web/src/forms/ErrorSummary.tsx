import { useId, useState } from 'react'
import { Button } from 'react-aria-components'
import { useI18n } from '../i18n.js'
import { PendingButton } from '../layout/PendingButton.js'
import { focusField } from './FormContext.js'
import { issueText } from './fieldMessages.js'
import { failureMessages } from './formFailure.js'
import type { RecordForm } from './useRecordForm.js'

/**
 * The summary above a form after a failed save: what went wrong in the
 * user's language, each problem linked to its field, and for an edit
 * conflict the way to load the latest version. It takes focus on each
 * failed attempt (useRecordForm), so a screen reader reads it at once.
 */
export function ErrorSummary<V extends object>({
  form,
  formElement,
}: {
  form: RecordForm<V>
  formElement: () => HTMLElement | null
}) {
  const { t, language } = useI18n()
  const headingId = useId()
  const [reloading, setReloading] = useState(false)
  const { notice } = form
  if (!notice) return null

  if (notice.kind === 'reloaded') {
    return (
      <section
        ref={form.summaryRef}
        className="notice notice--info"
        tabIndex={-1}
        aria-labelledby={headingId}
        data-qa="form-reloaded"
      >
        <h3 className="notice__title" id={headingId}>
          {t('forms.conflict.reloadedTitle')}
        </h3>
        <p>{t('forms.conflict.reloaded')}</p>
        {notice.conflicts.length > 0 && (
          <>
            <p>{t('forms.conflict.bothChanged')}</p>
            <ul className="summary-list">
              {notice.conflicts.map((name) => (
                <li key={name}>{form.labels.get(name) ?? name}</li>
              ))}
            </ul>
          </>
        )}
        <Button className="button button--secondary" onPress={form.discardMine}>
          {t('forms.conflict.discardMine')}
        </Button>
      </section>
    )
  }

  const fieldProblems = [...form.fieldIssues].flatMap(([name, issues]) =>
    issues.map((issue) => ({ name, text: issueText(issue, t, language) })),
  )
  const count = fieldProblems.length + form.unplacedIssues.length

  return (
    <section
      ref={form.summaryRef}
      className="notice notice--error"
      tabIndex={-1}
      aria-labelledby={headingId}
      data-qa="form-error-summary"
    >
      <h3 className="notice__title" id={headingId}>
        {t('forms.failure.title')}
      </h3>
      <p>
        {notice.kind === 'invalid' && count > 0
          ? t('forms.failure.invalidCount', { count })
          : t(failureMessages[notice.kind])}
      </p>
      {/* The server's own words (English), only where no field explains it in the user's language. */}
      {notice.kind === 'rule' && notice.detail && count === 0 && (
        <p lang="en" className="notice__detail">
          {notice.detail}
        </p>
      )}
      {count > 0 && (
        <ul className="summary-list">
          {fieldProblems.map(({ name, text }) => (
            <li key={`${name}:${text}`}>
              <a
                href={`#${form.formId}`}
                onClick={(event) => {
                  event.preventDefault()
                  focusField(formElement(), name)
                }}
              >
                {form.labels.get(name) ?? name}: {text}
              </a>
            </li>
          ))}
          {form.unplacedIssues.map((issue) => (
            <li key={`${issue.path}:${issueText(issue, t, language)}`}>
              {issue.path ? `${issue.path}: ` : ''}
              {issueText(issue, t, language)}
            </li>
          ))}
        </ul>
      )}
      {notice.kind === 'conflict' && form.reloadLatest && (
        <PendingButton
          className="button button--secondary"
          data-qa="form-load-latest"
          pending={reloading}
          onPress={async () => {
            setReloading(true)
            try {
              await form.reloadLatest?.()
            } finally {
              setReloading(false)
            }
          }}
        >
          {t('forms.conflict.loadLatest')}
        </PendingButton>
      )}
    </section>
  )
}
