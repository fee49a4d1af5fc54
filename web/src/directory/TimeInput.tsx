import { FieldError, Input, TextField } from 'react-aria-components'
import { useFormField } from '../forms/FormContext.js'
import { FieldLabel } from '../forms/fields.js'

/** A time of day (HH:MM) with the browser's own accessible time input. */
export function TimeInput(props: {
  readonly name: string
  readonly label: string
  readonly value: string
  readonly onChange: (value: string) => void
  readonly isRequired?: boolean
  readonly qa?: string
}) {
  const field = useFormField(props.name, props.label)
  return (
    <TextField
      className="field"
      data-field={props.name}
      name={props.name}
      type="time"
      value={props.value}
      onChange={(value) => {
        props.onChange(value)
        field.edited()
      }}
      isRequired={props.isRequired}
      isInvalid={field.error !== undefined}
      validationBehavior="aria"
    >
      <FieldLabel label={props.label} isRequired={props.isRequired} />
      <Input className="field__input field__input--date" data-qa={props.qa} />
      <FieldError className="field__error">{field.error}</FieldError>
    </TextField>
  )
}
