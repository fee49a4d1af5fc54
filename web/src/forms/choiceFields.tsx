import { type ReactNode, useId } from 'react'
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components'
import { useI18n } from '../i18n.js'
import { useFormField } from './FormContext.js'
import { FieldLabel } from './fields.js'

// Fields with a fixed set of answers: a select for long lists, radio buttons
// and checkboxes for short ones. Option labels come from the caller, already
// in the user's language.

export interface Option<K extends string> {
  readonly id: K
  readonly label: string
}

const none = '__none'

interface ChoiceProps<K extends string> {
  readonly name: string
  readonly label: string
  readonly options: readonly Option<K>[]
  readonly description?: ReactNode
  readonly isRequired?: boolean
  readonly qa?: string
}

/** One answer from a list; an optional select offers "not given" to clear it. */
export function SelectInput<K extends string>(
  props: ChoiceProps<K> & { readonly value: K | ''; readonly onChange: (value: K | '') => void },
) {
  const { t } = useI18n()
  const field = useFormField(props.name, props.label)
  const items = props.isRequired
    ? props.options
    : [{ id: none, label: t('forms.notGiven') }, ...props.options]
  return (
    <Select
      className="field"
      data-field={props.name}
      name={props.name}
      value={props.value === '' ? (props.isRequired ? null : none) : props.value}
      onChange={(key) => {
        const next = key === null || key === none ? '' : (String(key) as K)
        props.onChange(next)
        field.edited()
      }}
      isRequired={props.isRequired}
      isInvalid={field.error !== undefined}
      validationBehavior="aria"
      placeholder={t('forms.choose')}
    >
      <FieldLabel label={props.label} isRequired={props.isRequired} />
      {props.description && (
        <Text slot="description" className="field__description">
          {props.description}
        </Text>
      )}
      <Button className="field__input select__button" data-qa={props.qa}>
        <SelectValue className="select__value" />
        <span className="select__arrow" aria-hidden="true">
          ▾
        </span>
      </Button>
      <FieldError className="field__error">{field.error}</FieldError>
      <Popover className="select__popover">
        <ListBox className="select__list" items={items}>
          {(item) => (
            <ListBoxItem className="select__option" id={item.id} textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  )
}

/** One answer from a short list, all visible. */
export function RadioInput<K extends string>(
  props: ChoiceProps<K> & { readonly value: K | ''; readonly onChange: (value: K) => void },
) {
  const field = useFormField(props.name, props.label)
  return (
    <RadioGroup
      className="field choice-group"
      data-field={props.name}
      data-qa={props.qa}
      name={props.name}
      value={props.value === '' ? null : props.value}
      onChange={(value) => {
        props.onChange(value as K)
        field.edited()
      }}
      isRequired={props.isRequired}
      isInvalid={field.error !== undefined}
      validationBehavior="aria"
    >
      <FieldLabel label={props.label} isRequired={props.isRequired} />
      {props.description && (
        <Text slot="description" className="field__description">
          {props.description}
        </Text>
      )}
      {props.options.map((option) => (
        <Radio key={option.id} value={option.id} className="choice" data-qa={option.id}>
          <span className="choice__mark choice__mark--radio" aria-hidden="true" />
          {option.label}
        </Radio>
      ))}
      <FieldError className="field__error">{field.error}</FieldError>
    </RadioGroup>
  )
}

/** Any number of answers from a short list. */
export function CheckboxesInput<K extends string>(
  props: ChoiceProps<K> & {
    readonly value: readonly K[]
    readonly onChange: (value: K[]) => void
  },
) {
  const field = useFormField(props.name, props.label)
  return (
    <CheckboxGroup
      className="field choice-group"
      data-field={props.name}
      data-qa={props.qa}
      name={props.name}
      value={[...props.value]}
      onChange={(value) => {
        // In the options' order, so the saved list does not depend on click order.
        props.onChange(props.options.map((o) => o.id).filter((id) => value.includes(id)))
        field.edited()
      }}
      isRequired={props.isRequired}
      isInvalid={field.error !== undefined}
      validationBehavior="aria"
    >
      <FieldLabel label={props.label} isRequired={props.isRequired} />
      {props.description && (
        <Text slot="description" className="field__description">
          {props.description}
        </Text>
      )}
      {props.options.map((option) => (
        <Checkbox key={option.id} value={option.id} className="choice" data-qa={option.id}>
          <span className="choice__mark" aria-hidden="true" />
          {option.label}
        </Checkbox>
      ))}
      <FieldError className="field__error">{field.error}</FieldError>
    </CheckboxGroup>
  )
}

/** A yes-or-no question. */
export function CheckboxInput(props: {
  readonly name: string
  readonly label: string
  readonly value: boolean
  readonly onChange: (value: boolean) => void
  readonly qa?: string
}) {
  const field = useFormField(props.name, props.label)
  const errorId = useId()
  return (
    <div className="field" data-field={props.name}>
      <Checkbox
        className="choice"
        name={props.name}
        data-qa={props.qa}
        aria-describedby={field.error ? errorId : undefined}
        isSelected={props.value}
        onChange={(value) => {
          props.onChange(value)
          field.edited()
        }}
        isInvalid={field.error !== undefined}
        validationBehavior="aria"
      >
        <span className="choice__mark" aria-hidden="true" />
        {props.label}
      </Checkbox>
      {field.error && (
        <p className="field__error" id={errorId}>
          {field.error}
        </p>
      )}
    </div>
  )
}
