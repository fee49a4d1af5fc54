import { type ReactNode, useRef } from 'react'
import { Button, Form } from 'react-aria-components'
import { useI18n } from '../i18n.js'
import { PendingButton } from '../layout/PendingButton.js'
import { ErrorSummary } from './ErrorSummary.js'
import { FormContext } from './FormContext.js'
import type { RecordForm } from './useRecordForm.js'

/**
 * A record form: the summary of problems first, then the fields, then the
 * save button (and cancel, where the form can be closed). `qa` names the
 * form for browser tests; the save button is `<qa>-submit`.
 */
export function RecordFormView<V extends object>({
  form,
  qa,
  labelledBy,
  submitLabel,
  onCancel,
  children,
}: {
  form: RecordForm<V>
  qa: string
  /** The id of the heading that names the form. */
  labelledBy: string
  submitLabel: string
  onCancel?: () => void
  children: ReactNode
}) {
  const { t } = useI18n()
  const formRef = useRef<HTMLFormElement>(null)
  return (
    <FormContext.Provider value={form as unknown as RecordForm<object>}>
      <Form
        ref={formRef}
        id={form.formId}
        className="form"
        data-qa={qa}
        aria-labelledby={labelledBy}
        validationBehavior="aria"
        onSubmit={form.submit}
      >
        <ErrorSummary form={form} formElement={() => formRef.current} />
        {children}
        <div className="form__actions">
          <PendingButton
            type="submit"
            className="button button--primary"
            data-qa={`${qa}-submit`}
            pending={form.pending}
          >
            {form.pending ? t('forms.saving') : submitLabel}
          </PendingButton>
          {onCancel && (
            <Button
              className="button button--secondary"
              data-qa={`${qa}-cancel`}
              onPress={onCancel}
            >
              {t('forms.cancel')}
            </Button>
          )}
        </div>
      </Form>
    </FormContext.Provider>
  )
}

/** A group of fields under a legend, such as the customer's contact details. */
export function FieldSet({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{legend}</legend>
      {children}
    </fieldset>
  )
}
