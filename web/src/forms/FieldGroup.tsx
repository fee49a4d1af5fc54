import { type ReactNode, useId } from 'react'
import { useFormField } from './FormContext.js'

/**
 * A fieldset for a list of fields that also has problems of its own (the
 * languages when two are marked native; the test results when none is
 * given). The group's error is linked to the fieldset with aria-describedby.
 */
export function FieldGroup({
  name,
  legend,
  description,
  qa,
  children,
}: {
  name: string
  legend: string
  description?: ReactNode
  qa?: string
  children: ReactNode
}) {
  const field = useFormField(name, legend)
  const errorId = useId()
  const descriptionId = useId()
  const describedBy = [description ? descriptionId : '', field.error ? errorId : '']
    .filter(Boolean)
    .join(' ')
  return (
    <fieldset
      className="fieldset"
      data-field={name}
      data-qa={qa}
      aria-describedby={describedBy || undefined}
    >
      <legend className="fieldset__legend">{legend}</legend>
      {description && (
        <p className="field__description" id={descriptionId}>
          {description}
        </p>
      )}
      {field.error && (
        <p className="field__error" id={errorId}>
          {field.error}
        </p>
      )}
      {children}
    </fieldset>
  )
}
