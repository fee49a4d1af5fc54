import { Button } from 'react-aria-components'
import { descriptionMaxLength, nameMaxLength } from '../../../src/shared/api/directory.schemas.js'
import { type GuideLanguage, guideLanguages } from '../../../src/shared/i18n/i18n.js'
import { languageName } from '../format.js'
import { FieldGroup } from '../forms/FieldGroup.js'
import { LongTextInput, TextInput } from '../forms/fields.js'
import { useI18n } from '../i18n.js'
import type { EntryFormValues } from './entryFormValues.js'
import { Row } from './Row.js'

type Texts = EntryFormValues['names']

/**
 * The name and description in each guide language the entry has texts in.
 * Swedish is always there and its name required; other languages are added
 * and removed one at a time, so the form stays short.
 */
export function TextsFields({
  values,
  onChange,
}: {
  values: Pick<EntryFormValues, 'names' | 'descriptions' | 'textLanguages'>
  onChange: (
    change: Partial<Pick<EntryFormValues, 'names' | 'descriptions' | 'textLanguages'>>,
  ) => void
}) {
  const { t, language } = useI18n()
  const name = (l: GuideLanguage) => languageName(l, language)
  const setText = (field: 'names' | 'descriptions', l: GuideLanguage, text: string) =>
    onChange({ [field]: { ...values[field], [l]: text } as Texts })
  const remove = (l: GuideLanguage) => {
    const without = (texts: Texts) =>
      Object.fromEntries(Object.entries(texts).filter(([k]) => k !== l))
    onChange({
      textLanguages: values.textLanguages.filter((x) => x !== l),
      names: without(values.names),
      descriptions: without(values.descriptions),
    })
  }
  const hidden = guideLanguages.filter((l) => !values.textLanguages.includes(l))

  return (
    <FieldGroup
      name="names"
      legend={t('directory.texts.legend')}
      description={t('directory.texts.help')}
      qa="entry-texts"
    >
      {guideLanguages
        .filter((l) => values.textLanguages.includes(l))
        .map((l) => (
          <Row
            key={l}
            legend={t('directory.texts.language', { language: name(l) })}
            qa={`entry-texts-${l}`}
          >
            <TextInput
              name={`names.${l}`}
              label={t('directory.texts.name', { language: name(l) })}
              value={values.names[l] ?? ''}
              onChange={(text) => setText('names', l, text)}
              isRequired={l === 'sv'}
              maxLength={nameMaxLength}
              qa={`entry-name-${l}`}
            />
            <LongTextInput
              name={`descriptions.${l}`}
              label={t('directory.texts.description', { language: name(l) })}
              value={values.descriptions[l] ?? ''}
              onChange={(text) => setText('descriptions', l, text)}
              maxLength={descriptionMaxLength}
              qa={`entry-description-${l}`}
            />
            {l !== 'sv' && (
              <Button
                className="button button--link"
                onPress={() => remove(l)}
                data-qa={`entry-remove-texts-${l}`}
              >
                {t('directory.texts.remove', { language: name(l) })}
              </Button>
            )}
          </Row>
        ))}
      {hidden.length > 0 && (
        <ul className="plain-list">
          {hidden.map((l) => (
            <li key={l}>
              <Button
                className="button button--link"
                data-qa={`entry-add-texts-${l}`}
                onPress={() => onChange({ textLanguages: [...values.textLanguages, l] })}
              >
                {t('directory.texts.add', { language: name(l) })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </FieldGroup>
  )
}
