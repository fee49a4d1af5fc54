import { directoryKinds } from '../../../src/shared/api/directory.schemas.js'
import { guideLanguages } from '../../../src/shared/i18n/i18n.js'
import {
  infoPointIds,
  infoPoints,
  municipalities,
  municipalityIds,
} from '../../../src/shared/programme/definitions.js'
import { languageName } from '../format.js'
import { CheckboxesInput, SelectInput } from '../forms/choiceFields.js'
import { DateInput, TextInput } from '../forms/fields.js'
import { FieldSet, RecordFormView } from '../forms/RecordFormView.js'
import type { RecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import type { EntryFormValues } from './entryFormValues.js'
import { OpeningHoursFields } from './OpeningHoursFields.js'
import { TextsFields } from './TextsFields.js'

/** Every field of a directory entry; the new-entry form also asks for its id. */
export function EntryForm({
  form,
  isNew,
  labelledBy,
  submitLabel,
}: {
  form: RecordForm<EntryFormValues>
  isNew: boolean
  labelledBy: string
  submitLabel: string
}) {
  const { t, language } = useI18n()
  const { values, set, setValues } = form
  const change = (patch: Partial<EntryFormValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    for (const key of Object.keys(patch)) form.edited(key)
  }
  // The guide's languages first, then any other language already saved.
  const languageOptions = [...new Set<string>([...guideLanguages, ...values.languages])].map(
    (code) => ({ id: code, label: languageName(code, language) }),
  )

  return (
    <RecordFormView form={form} qa="entry-form" labelledBy={labelledBy} submitLabel={submitLabel}>
      {isNew && (
        <TextInput
          name="id"
          label={t('directory.fields.id')}
          description={t('directory.fields.idHelp')}
          value={values.id}
          onChange={(v) => set('id', v)}
          maxLength={60}
          qa="entry-id"
        />
      )}
      <SelectInput
        name="kind"
        label={t('directory.fields.kind')}
        options={directoryKinds.map((id) => ({ id, label: t(`directory.kinds.${id}`) }))}
        value={values.kind}
        onChange={(v) => set('kind', v)}
        isRequired
        qa="entry-kind"
      />
      {values.kind === 'info-point' && (
        <SelectInput
          name="infoPoint"
          label={t('directory.fields.infoPoint')}
          options={infoPointIds.map((id) => ({ id, label: infoPoints[id].name[language] }))}
          value={values.infoPoint}
          onChange={(v) => set('infoPoint', v)}
          isRequired
          qa="entry-info-point"
        />
      )}
      <CheckboxesInput
        name="municipalities"
        label={t('directory.fields.municipalities')}
        description={t('directory.fields.municipalitiesHelp')}
        options={municipalityIds.map((id) => ({ id, label: municipalities[id].name[language] }))}
        value={values.municipalities}
        onChange={(v) => set('municipalities', v)}
        qa="entry-municipalities"
      />
      <TextsFields values={values} onChange={change} />
      <FieldSet legend={t('directory.fields.contact')}>
        <p className="field__description">{t('directory.fields.contactHelp')}</p>
        <TextInput
          name="website"
          label={t('directory.fields.website')}
          description={t('directory.fields.websiteHelp')}
          value={values.website}
          onChange={(v) => set('website', v)}
          maxLength={500}
          qa="entry-website"
        />
        <TextInput
          name="email"
          type="email"
          label={t('directory.fields.email')}
          value={values.email}
          onChange={(v) => set('email', v)}
          maxLength={254}
          qa="entry-email"
        />
        <TextInput
          name="phone"
          type="tel"
          label={t('directory.fields.phone')}
          value={values.phone}
          onChange={(v) => set('phone', v)}
          maxLength={20}
          qa="entry-phone"
        />
      </FieldSet>
      <FieldSet legend={t('directory.fields.address')}>
        <TextInput
          name="address.street"
          label={t('directory.fields.street')}
          value={values.street}
          onChange={(v) => set('street', v)}
          maxLength={200}
          qa="entry-street"
        />
        <TextInput
          name="address.entrance"
          label={t('directory.fields.entrance')}
          value={values.entrance}
          onChange={(v) => set('entrance', v)}
          maxLength={200}
          qa="entry-entrance"
        />
        <TextInput
          name="address.postalCode"
          label={t('directory.fields.postalCode')}
          value={values.postalCode}
          onChange={(v) => set('postalCode', v)}
          maxLength={5}
          qa="entry-postal-code"
        />
        <TextInput
          name="address.city"
          label={t('directory.fields.city')}
          value={values.city}
          onChange={(v) => set('city', v)}
          maxLength={100}
          qa="entry-city"
        />
      </FieldSet>
      <CheckboxesInput
        name="languages"
        label={t('directory.fields.languages')}
        options={languageOptions}
        value={values.languages}
        onChange={(v) => set('languages', v)}
        qa="entry-languages"
      />
      <OpeningHoursFields values={values} onChange={change} />
      <FieldSet legend={t('directory.fields.validity')}>
        <p className="field__description">{t('directory.fields.validityHelp')}</p>
        <DateInput
          name="validFrom"
          label={t('directory.fields.validFrom')}
          value={values.validFrom}
          onChange={(v) => set('validFrom', v)}
          qa="entry-valid-from"
        />
        <DateInput
          name="validUntil"
          label={t('directory.fields.validUntil')}
          value={values.validUntil}
          onChange={(v) => set('validUntil', v)}
          qa="entry-valid-until"
        />
      </FieldSet>
    </RecordFormView>
  )
}
