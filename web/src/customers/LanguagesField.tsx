import { Button } from 'react-aria-components'
import { CheckboxInput, SelectInput } from '../forms/choiceFields.js'
import { FieldGroup } from '../forms/FieldGroup.js'
import { useI18n } from '../i18n.js'
import type { CustomerFormValues } from './customerFormValues.js'
import { languageOptions } from './languageCodes.js'

type Languages = CustomerFormValues['languages']

/** The customer's languages, one marked as the native language. */
export function LanguagesField({
  value,
  onChange,
}: {
  value: Languages
  onChange: (value: Languages) => void
}) {
  const { t, language } = useI18n()
  const options = languageOptions(
    language,
    value.map((l) => l.code),
  )
  const update = (index: number, change: Partial<Languages[number]>) =>
    onChange(value.map((row, i) => (i === index ? { ...row, ...change } : row)))

  return (
    <FieldGroup
      name="languages"
      legend={t('customers.form.languages')}
      description={t('customers.form.languagesHelp')}
      qa="customer-languages"
    >
      {value.map((row, index) => (
        // Rows have no id of their own until saved; the index is the row.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div className="repeat-row" key={index} data-qa="customer-language-row">
          <SelectInput
            name={`languages.${index}.code`}
            label={t('customers.form.language', { number: index + 1 })}
            options={options}
            value={row.code}
            onChange={(code) => update(index, { code })}
            qa={`customer-language-${index}`}
          />
          <CheckboxInput
            name={`languages.${index}.native`}
            label={t('customers.form.native')}
            value={row.native}
            qa={`customer-language-${index}-native`}
            onChange={(native) =>
              // One native language (the schema's rule): marking one unmarks the others.
              onChange(
                value.map((r, i) => ({
                  ...r,
                  native: i === index ? native : native ? false : r.native,
                })),
              )
            }
          />
          <Button
            className="button button--link"
            onPress={() => onChange(value.filter((_, i) => i !== index))}
          >
            {t('customers.form.removeLanguage', { number: index + 1 })}
          </Button>
        </div>
      ))}
      <Button
        className="button button--secondary"
        data-qa="customer-add-language"
        onPress={() => onChange([...value, { code: '', native: value.length === 0 }])}
      >
        {t('customers.form.addLanguage')}
      </Button>
    </FieldGroup>
  )
}
