import { Button } from 'react-aria-components'
import { CheckboxesInput, CheckboxInput } from '../forms/choiceFields.js'
import { FieldGroup } from '../forms/FieldGroup.js'
import { DateInput, TextInput } from '../forms/fields.js'
import { FieldSet } from '../forms/RecordFormView.js'
import { useI18n } from '../i18n.js'
import type { EntryFormValues, ExceptionRow, RegularRow } from './entryFormValues.js'
import { Row } from './Row.js'
import { TimeInput } from './TimeInput.js'

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const

type Hours = Pick<EntryFormValues, 'regular' | 'exceptions'>

/** Regular weekly hours (rows of days with one opening time) and exceptional days. */
export function OpeningHoursFields({
  values,
  onChange,
}: {
  values: Hours
  onChange: (change: Partial<Hours>) => void
}) {
  const { t } = useI18n()
  const dayOptions = weekdays.map((day, index) => ({
    id: String(index + 1),
    label: t(`directory.weekdays.${day}`),
  }))
  const setRow = (index: number, change: Partial<RegularRow>) =>
    onChange({ regular: values.regular.map((r, i) => (i === index ? { ...r, ...change } : r)) })
  const setDay = (index: number, change: Partial<ExceptionRow>) =>
    onChange({
      exceptions: values.exceptions.map((d, i) => (i === index ? { ...d, ...change } : d)),
    })

  return (
    <FieldSet legend={t('directory.hours.legend')}>
      <p className="field__description">{t('directory.hours.help')}</p>
      <FieldGroup
        name="openingHours.regular"
        legend={t('directory.hours.regular')}
        qa="entry-regular-hours"
      >
        {values.regular.map((row, index) => {
          const at = `openingHours.regular.${index}`
          const number = index + 1
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own
            <Row key={index} legend={t('directory.hours.row', { number })} qa="entry-regular-row">
              <CheckboxesInput
                name={`${at}.days`}
                label={t('directory.hours.days')}
                options={dayOptions}
                value={row.days}
                onChange={(days) => setRow(index, { days })}
                isRequired
                qa={`entry-regular-${index}-days`}
              />
              <TimeInput
                name={`${at}.opens`}
                label={t('directory.hours.opens')}
                value={row.opens}
                onChange={(opens) => setRow(index, { opens })}
                isRequired
                qa={`entry-regular-${index}-opens`}
              />
              <TimeInput
                name={`${at}.closes`}
                label={t('directory.hours.closes')}
                value={row.closes}
                onChange={(closes) => setRow(index, { closes })}
                isRequired
                qa={`entry-regular-${index}-closes`}
              />
              <Button
                className="button button--link"
                onPress={() => onChange({ regular: values.regular.filter((_, i) => i !== index) })}
              >
                {t('directory.hours.removeRegular', { number })}
              </Button>
            </Row>
          )
        })}
        <Button
          className="button button--secondary"
          data-qa="entry-add-regular"
          onPress={() =>
            onChange({
              regular: [
                ...values.regular,
                { days: ['1', '2', '3', '4', '5'], opens: '', closes: '' },
              ],
            })
          }
        >
          {t('directory.hours.addRegular')}
        </Button>
      </FieldGroup>

      <FieldGroup
        name="openingHours.exceptions"
        legend={t('directory.hours.exceptions')}
        qa="entry-exceptions"
      >
        {values.exceptions.map((day, index) => {
          const at = `openingHours.exceptions.${index}`
          const legend = t('directory.hours.exception', { number: index + 1 })
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own
            <Row key={index} legend={legend} qa="entry-exception-row">
              <DateInput
                name={`${at}.date`}
                label={t('directory.hours.date')}
                value={day.date}
                onChange={(date) => setDay(index, { date })}
                isRequired
                qa={`entry-exception-${index}-date`}
              />
              <CheckboxInput
                name={`${at}.closed`}
                label={t('directory.hours.closed')}
                value={day.closed}
                onChange={(closed) => setDay(index, { closed })}
                qa={`entry-exception-${index}-closed`}
              />
              {!day.closed && (
                <>
                  <TimeInput
                    name={`${at}.opens`}
                    label={t('directory.hours.opens')}
                    value={day.opens}
                    onChange={(opens) => setDay(index, { opens })}
                    isRequired
                    qa={`entry-exception-${index}-opens`}
                  />
                  <TimeInput
                    name={`${at}.closes`}
                    label={t('directory.hours.closes')}
                    value={day.closes}
                    onChange={(closes) => setDay(index, { closes })}
                    isRequired
                    qa={`entry-exception-${index}-closes`}
                  />
                </>
              )}
              <TextInput
                name={`${at}.note`}
                label={t('directory.hours.note')}
                value={day.note}
                onChange={(note) => setDay(index, { note })}
                maxLength={200}
                qa={`entry-exception-${index}-note`}
              />
              <Button
                className="button button--link"
                onPress={() =>
                  onChange({ exceptions: values.exceptions.filter((_, i) => i !== index) })
                }
              >
                {t('directory.hours.removeException', { number: index + 1 })}
              </Button>
            </Row>
          )
        })}
        <Button
          className="button button--secondary"
          data-qa="entry-add-exception"
          onPress={() =>
            onChange({
              exceptions: [
                ...values.exceptions,
                { date: '', closed: true, opens: '', closes: '', note: '' },
              ],
            })
          }
        >
          {t('directory.hours.addException')}
        </Button>
      </FieldGroup>
    </FieldSet>
  )
}
