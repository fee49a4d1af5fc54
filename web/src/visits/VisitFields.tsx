import type { Ref } from 'react'
import {
  type ServiceLanguage,
  serviceLanguages,
  type VisitTopic,
  visitTopicIds,
} from '../../../src/shared/api/visits.schemas.js'
import { languageOptions } from '../customers/languageCodes.js'
import { SelectInput } from '../forms/choiceFields.js'
import { useI18n } from '../i18n.js'
import { RadioButtons, ToggleButtons } from './ChoiceButtons.js'
import type { ReferralPlace } from './visitsApi.js'

// What is recorded of a visit, for the desk and for a correction alike.

export interface VisitChoices {
  readonly language: ServiceLanguage | ''
  readonly interpreterLanguage: string
  readonly topics: readonly VisitTopic[]
  readonly referredTo: readonly string[]
}

const interpretedLanguages = new Set(['sv', 'fi', 'en'])

export function VisitFields({
  values,
  set,
  places,
  qa,
  languageRef,
}: {
  values: VisitChoices
  set: (key: keyof VisitChoices, value: VisitChoices[keyof VisitChoices]) => void
  places: readonly ReferralPlace[]
  /** The data-qa prefix: `visit` at the desk. */
  qa: string
  languageRef?: Ref<HTMLDivElement>
}) {
  const { t, language } = useI18n()
  const interpreterOptions = languageOptions(language, [values.interpreterLanguage]).filter(
    (option) => !interpretedLanguages.has(option.id),
  )
  const option = (place: ReferralPlace) => ({ id: place.id, label: place.name })
  return (
    <>
      <RadioButtons
        name="language"
        label={t('visits.form.language')}
        options={serviceLanguages.map((id) => ({ id, label: t(`visits.languages.${id}`) }))}
        value={values.language}
        onChange={(v) => set('language', v)}
        qa={`${qa}-language`}
        isRequired
        groupRef={languageRef}
      />
      {values.language === 'other' && (
        <SelectInput
          name="interpreterLanguage"
          label={t('visits.form.interpreterLanguage')}
          options={interpreterOptions}
          value={values.interpreterLanguage}
          onChange={(v) => set('interpreterLanguage', v)}
          qa={`${qa}-interpreter-language`}
        />
      )}
      <ToggleButtons
        name="topics"
        label={t('visits.form.topics')}
        description={t('visits.form.topicsHelp')}
        options={visitTopicIds.map((id) => ({ id, label: t(`visits.topics.${id}`) }))}
        value={values.topics}
        onChange={(v) => set('topics', v)}
        qa={`${qa}-topic`}
        isRequired
      />
      <ToggleButtons
        name="referredTo"
        label={t('visits.form.referrals')}
        description={t('visits.form.referralsHelp')}
        options={places.filter((p) => p.prominent).map(option)}
        more={{
          label: t('visits.form.moreReferrals'),
          options: places.filter((p) => !p.prominent).map(option),
        }}
        value={values.referredTo}
        onChange={(v) => set('referredTo', v)}
        qa={`${qa}-referral`}
        wide
      />
    </>
  )
}

/** The fields of a visit that a body sends, from the form's choices. */
export function choicesBody(values: VisitChoices & { language: ServiceLanguage }) {
  return {
    language: values.language,
    ...(values.language === 'other' && values.interpreterLanguage
      ? { interpreterLanguage: values.interpreterLanguage }
      : {}),
    topics: [...values.topics],
    ...(values.referredTo.length > 0 ? { referredTo: [...values.referredTo] } : {}),
  }
}
