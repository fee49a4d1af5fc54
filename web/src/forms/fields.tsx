import type { ReactNode } from 'react'
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components'
import { useI18n } from '../i18n.js'
import { useFormField } from './FormContext.js'

// Text, date and long-text fields. Every field takes its visible label as a
// prop (STYLE.md rule 8); React Aria links label, description and error to
// the input. Values are controlled by the form, so nothing typed is lost.

export interface TextInputProps {
  readonly name: string
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly description?: ReactNode
  readonly isRequired?: boolean
  /** The `data-qa` of the input, for browser tests. */
  readonly qa?: string
  readonly type?: 'text' | 'date' | 'email' | 'tel'
  readonly autoComplete?: string
  readonly maxLength?: number
}

export function TextInput({ type = 'text', ...props }: TextInputProps) {
  const field = useFormField(props.name, props.label)
  return (
    <TextField
      className="field"
      data-field={props.name}
      name={props.name}
      type={type}
      value={props.value}
      onChange={(value) => {
        props.onChange(value)
        field.edited()
      }}
      isRequired={props.isRequired}
      isInvalid={field.error !== undefined}
      validationBehavior="aria"
      autoComplete={props.autoComplete}
      maxLength={props.maxLength}
    >
      <FieldLabel label={props.label} isRequired={props.isRequired} />
      {props.description && (
        <Text slot="description" className="field__description">
          {props.description}
        </Text>
      )}
      <Input
        className={type === 'date' ? 'field__input field__input--date' : 'field__input'}
        data-qa={props.qa}
      />
      <FieldError className="field__error">{field.error}</FieldError>
    </TextField>
  )
}

/** A calendar date, typed or picked with the browser's own accessible date input. */
export function DateInput(props: Omit<TextInputProps, 'type' | 'autoComplete' | 'maxLength'>) {
  return <TextInput {...props} type="date" />
}

export function LongTextInput(props: Omit<TextInputProps, 'type' | 'autoComplete'>) {
  const field = useFormField(props.name, props.label)
  return (
    <TextField
      className="field"
      data-field={props.name}
      name={props.name}
      value={props.value}
      onChange={(value) => {
        props.onChange(value)
        field.edited()
      }}
      isRequired={props.isRequired}
      isInvalid={field.error !== undefined}
      validationBehavior="aria"
      maxLength={props.maxLength}
    >
      <FieldLabel label={props.label} isRequired={props.isRequired} />
      {props.description && (
        <Text slot="description" className="field__description">
          {props.description}
        </Text>
      )}
      <TextArea className="field__input field__input--long" rows={4} data-qa={props.qa} />
      <FieldError className="field__error">{field.error}</FieldError>
    </TextField>
  )
}

/** The label, with a visible "required" mark that screen readers skip (they hear aria-required). */
export function FieldLabel({ label, isRequired }: { label: string; isRequired?: boolean }) {
  const { t } = useI18n()
  return (
    <Label className="field__label">
      {label}
      {isRequired && (
        <span className="field__required" aria-hidden="true">
          {' '}
          {t('forms.requiredMark')}
        </span>
      )}
    </Label>
  )
}
