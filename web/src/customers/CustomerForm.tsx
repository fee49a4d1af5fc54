import type { StaffOrganisationId } from '../../../src/shared/organisations.js'
import {
  customerCategories,
  customerCategoryIds,
  jobSeekerStatuses,
  jobSeekerStatusLabels,
  municipalities,
  municipalityIds,
} from '../../../src/shared/programme/definitions.js'
import { CheckboxesInput, CheckboxInput, RadioInput, SelectInput } from '../forms/choiceFields.js'
import { DateInput, TextInput } from '../forms/fields.js'
import { FieldSet, RecordFormView } from '../forms/RecordFormView.js'
import type { RecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import type { CustomerFormValues } from './customerFormValues.js'
import { FamilyLinksField } from './FamilyLinksField.js'
import { LanguagesField } from './LanguagesField.js'
import { languageOptions } from './languageCodes.js'
import type { Proposal } from './proposal.js'
import { ResponsibilityFields } from './ResponsibilityFields.js'

/** The customer's details, for registering and for editing. */
export function CustomerForm({
  form,
  proposal,
  labelledBy,
  submitLabel,
  savedOrganisations,
  selfId,
  onCancel,
}: {
  form: RecordForm<CustomerFormValues>
  proposal: Proposal | undefined
  labelledBy: string
  submitLabel: string
  savedOrganisations?: readonly StaffOrganisationId[]
  selfId?: string
  onCancel?: () => void
}) {
  const { t, language } = useI18n()
  const { values, set } = form

  return (
    <RecordFormView
      form={form}
      qa="customer-form"
      labelledBy={labelledBy}
      submitLabel={submitLabel}
      onCancel={onCancel}
    >
      <FieldSet legend={t('customers.form.person')}>
        <TextInput
          name="firstName"
          label={t('customers.fields.firstName')}
          value={values.firstName}
          onChange={(v) => set('firstName', v)}
          isRequired
          maxLength={100}
          autoComplete="off"
          qa="customer-first-name"
        />
        <TextInput
          name="lastName"
          label={t('customers.fields.lastName')}
          value={values.lastName}
          onChange={(v) => set('lastName', v)}
          isRequired
          maxLength={100}
          autoComplete="off"
          qa="customer-last-name"
        />
        <DateInput
          name="birthDate"
          label={t('customers.fields.birthDate')}
          value={values.birthDate}
          onChange={(v) => set('birthDate', v)}
          isRequired
          qa="customer-birth-date"
        />
        <TextInput
          name="personalIdentityCode"
          label={t('customers.fields.personalIdentityCode')}
          description={t('customers.form.personalIdentityCodeHelp')}
          value={values.personalIdentityCode}
          onChange={(v) => set('personalIdentityCode', v)}
          maxLength={11}
          autoComplete="off"
          qa="customer-identity-code"
        />
      </FieldSet>

      <FieldSet legend={t('customers.form.situation')}>
        <RadioInput
          name="municipality"
          label={t('customers.fields.municipality')}
          options={municipalityIds.map((id) => ({ id, label: municipalities[id].name[language] }))}
          value={values.municipality}
          onChange={(v) => set('municipality', v)}
          isRequired
          qa="customer-municipality"
        />
        <RadioInput
          name="jobSeekerStatus"
          label={t('customers.fields.jobSeekerStatus')}
          options={jobSeekerStatuses.map((id) => ({
            id,
            label: jobSeekerStatusLabels[id][language],
          }))}
          value={values.jobSeekerStatus}
          onChange={(v) => set('jobSeekerStatus', v)}
          isRequired
          qa="customer-job-seeker-status"
        />
        <CheckboxesInput
          name="categories"
          label={t('customers.fields.categories')}
          options={customerCategoryIds.map((id) => ({
            id,
            label: customerCategories[id][language],
          }))}
          value={values.categories}
          onChange={(v) => set('categories', v)}
          qa="customer-categories"
        />
        <CheckboxInput
          name="needsCoordination"
          label={t('customers.fields.needsCoordination')}
          value={values.needsCoordination}
          onChange={(v) => set('needsCoordination', v)}
          qa="customer-needs-coordination"
        />
        <DateInput
          name="arrivedOn"
          label={t('customers.fields.arrivedOn')}
          value={values.arrivedOn}
          onChange={(v) => set('arrivedOn', v)}
          qa="customer-arrived-on"
        />
        <DateInput
          name="residencePermitOn"
          label={t('customers.fields.residencePermitOn')}
          value={values.residencePermitOn}
          onChange={(v) => set('residencePermitOn', v)}
          qa="customer-residence-permit-on"
        />
      </FieldSet>

      <LanguagesField value={values.languages} onChange={(v) => set('languages', v)} />

      <FieldSet legend={t('customers.form.interpreter')}>
        <CheckboxInput
          name="interpreterNeeded"
          label={t('customers.fields.interpreterNeeded')}
          value={values.interpreterNeeded}
          onChange={(v) => set('interpreterNeeded', v)}
          qa="customer-interpreter-needed"
        />
        {values.interpreterNeeded && (
          <SelectInput
            name="interpreterLanguage"
            label={t('customers.fields.interpreterLanguage')}
            options={languageOptions(language, [values.interpreterLanguage])}
            value={values.interpreterLanguage}
            onChange={(v) => set('interpreterLanguage', v)}
            qa="customer-interpreter-language"
          />
        )}
      </FieldSet>

      <FieldSet legend={t('customers.form.contact')}>
        <TextInput
          name="phone"
          type="tel"
          label={t('customers.fields.phone')}
          value={values.phone}
          onChange={(v) => set('phone', v)}
          autoComplete="off"
          qa="customer-phone"
        />
        <TextInput
          name="email"
          type="email"
          label={t('customers.fields.email')}
          value={values.email}
          onChange={(v) => set('email', v)}
          autoComplete="off"
          qa="customer-email"
        />
        <TextInput
          name="address"
          label={t('customers.fields.address')}
          value={values.address}
          onChange={(v) => set('address', v)}
          maxLength={300}
          autoComplete="off"
          qa="customer-address"
        />
      </FieldSet>

      <FamilyLinksField
        value={values.familyLinks}
        onChange={(v) => set('familyLinks', v)}
        selfId={selfId}
      />

      <FieldSet legend={t('customers.form.responsibility')}>
        <ResponsibilityFields
          values={values}
          proposal={proposal}
          saved={savedOrganisations}
          onChange={(v) => set('responsibleOrganisations', v)}
          onReasonChange={(v) => set('responsibilityReason', v)}
        />
      </FieldSet>
    </RecordFormView>
  )
}
