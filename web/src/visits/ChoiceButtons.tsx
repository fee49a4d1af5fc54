import { type ReactNode, type Ref, useId, useState } from 'react'
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Radio,
  RadioGroup,
  Text,
} from 'react-aria-components'
import type { Option } from '../forms/choiceFields.js'
import { useFormField } from '../forms/FormContext.js'
import { FieldLabel } from '../forms/fields.js'

// The desk's choices as big buttons (at least 44 px, for a finger on a
// tablet), with the semantics of radio buttons and checkboxes: Tab reaches
// each group, Space chooses, arrows move within a radio group. Each option's
// data-qa is `<qa>-<id>`.

interface ChoiceButtonsProps<K extends string> {
  readonly name: string
  readonly label: string
  readonly options: readonly Option<K>[]
  readonly qa: string
  readonly description?: ReactNode
  readonly isRequired?: boolean
  readonly groupRef?: Ref<HTMLDivElement>
}

/** One answer, as a row of big radio buttons. */
export function RadioButtons<K extends string>(
  props: ChoiceButtonsProps<K> & { readonly value: K | ''; readonly onChange: (value: K) => void },
) {
  const field = useFormField(props.name, props.label)
  return (
    <RadioGroup
      ref={props.groupRef}
      className="field"
      data-field={props.name}
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
      <div className="desk-choices">
        {props.options.map((option) => (
          <Radio
            key={option.id}
            value={option.id}
            className="desk-choice"
            data-qa={`${props.qa}-${option.id}`}
          >
            <span className="desk-choice__mark desk-choice__mark--radio" aria-hidden="true" />
            {option.label}
          </Radio>
        ))}
      </div>
      <FieldError className="field__error">{field.error}</FieldError>
    </RadioGroup>
  )
}

/**
 * Any number of answers, as big checkboxes. `more` are offered behind a
 * disclosure button inside the group, open from the start if one is chosen.
 */
export function ToggleButtons<K extends string>(
  props: ChoiceButtonsProps<K> & {
    readonly value: readonly K[]
    readonly onChange: (value: K[]) => void
    readonly more?: { readonly label: string; readonly options: readonly Option<K>[] }
    /** Fewer, wider buttons, for long names. */
    readonly wide?: boolean
  },
) {
  const field = useFormField(props.name, props.label)
  const more = props.more?.options ?? []
  const [showMore, setShowMore] = useState(() => more.some((o) => props.value.includes(o.id)))
  const moreId = useId()
  const grid = props.wide ? 'desk-choices desk-choices--wide' : 'desk-choices'
  const all = [...props.options, ...more]
  const toggle = (option: Option<K>) => (
    <Checkbox
      key={option.id}
      value={option.id}
      className="desk-choice"
      data-qa={`${props.qa}-${option.id}`}
    >
      <span className="desk-choice__mark" aria-hidden="true" />
      {option.label}
    </Checkbox>
  )
  return (
    <CheckboxGroup
      ref={props.groupRef}
      className="field"
      data-field={props.name}
      name={props.name}
      value={[...props.value]}
      onChange={(value) => {
        // In the options' order, so the saved list does not depend on click order.
        props.onChange(all.map((o) => o.id).filter((id) => value.includes(id)))
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
      <div className={grid}>{props.options.map(toggle)}</div>
      {props.more && more.length > 0 && (
        <>
          <Button
            className="button button--link"
            aria-expanded={showMore}
            aria-controls={showMore ? moreId : undefined}
            onPress={() => setShowMore(!showMore)}
            data-qa={`${props.qa}-more`}
          >
            {props.more.label}
          </Button>
          {showMore && (
            <div id={moreId} className={grid}>
              {more.map(toggle)}
            </div>
          )}
        </>
      )}
      <FieldError className="field__error">{field.error}</FieldError>
    </CheckboxGroup>
  )
}
