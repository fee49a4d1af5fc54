import { planTypes, serviceAreas } from '../../../src/shared/api/cases.schemas.js'
import { formatDate } from '../format.js'
import { RadioInput } from '../forms/choiceFields.js'
import { DateInput, LongTextInput } from '../forms/fields.js'
import { OrganisationsInput } from '../forms/OrganisationsInput.js'
import { FieldSet } from '../forms/RecordFormView.js'
import type { RecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { defaultValidUntil, type PlanFormValues } from './planFormValues.js'

/**
 * The plan's fields. A new plan also has its start, end and type; those are
 * fixed once the plan exists (the API's planUpdate does not take them).
 */
export function PlanFields({ form, isNew }: { form: RecordForm<PlanFormValues>; isNew: boolean }) {
  const { t, language } = useI18n()
  const { values, set, setValues } = form
  const latest = defaultValidUntil(values.startsOn)

  return (
    <>
      {isNew && (
        <>
          <DateInput
            name="startsOn"
            label={t('plans.fields.startsOn')}
            value={values.startsOn}
            onChange={(startsOn) =>
              // The end follows the start while it is the two-year default.
              setValues((v) => ({
                ...v,
                startsOn,
                validUntil:
                  v.validUntil === '' || v.validUntil === defaultValidUntil(v.startsOn)
                    ? defaultValidUntil(startsOn)
                    : v.validUntil,
              }))
            }
            isRequired
            qa="plan-starts-on"
          />
          <DateInput
            name="validUntil"
            label={t('plans.fields.validUntil')}
            description={
              latest
                ? t('plans.form.validUntilHelp', { date: formatDate(latest, language) })
                : t('plans.form.validUntilHelpNoStart')
            }
            value={values.validUntil}
            onChange={(v) => set('validUntil', v)}
            qa="plan-valid-until"
          />
          <RadioInput
            name="planType"
            label={t('plans.fields.planType')}
            description={t('plans.form.planTypeHelp')}
            options={planTypes.map((id) => ({ id, label: t(`plans.types.${id}`) }))}
            value={values.planType}
            onChange={(v) => set('planType', v)}
            qa="plan-type"
          />
        </>
      )}
      <LongTextInput
        name="longTermGoals"
        label={t('plans.fields.longTermGoals')}
        value={values.longTermGoals}
        onChange={(v) => set('longTermGoals', v)}
        maxLength={4000}
        qa="plan-long-term-goals"
      />
      <LongTextInput
        name="periodGoals"
        label={t('plans.fields.periodGoals')}
        value={values.periodGoals}
        onChange={(v) => set('periodGoals', v)}
        maxLength={4000}
        qa="plan-period-goals"
      />
      <FieldSet legend={t('plans.fields.services')}>
        <p className="field__description">{t('plans.form.servicesHelp')}</p>
        {serviceAreas.map((area) => (
          <LongTextInput
            key={area}
            name={`services.${area}`}
            label={t(`plans.areas.${area}`)}
            value={values.services[area]}
            onChange={(text) =>
              setValues((v) => ({ ...v, services: { ...v.services, [area]: text } }))
            }
            qa={`plan-services-${area}`}
          />
        ))}
      </FieldSet>
      <OrganisationsInput
        name="organisations"
        label={t('plans.fields.organisations')}
        value={values.organisations}
        onChange={(v) => set('organisations', v)}
        qa="plan-organisations"
      />
      <DateInput
        name="obligationsAcknowledgedOn"
        label={t('plans.fields.obligationsAcknowledgedOn')}
        description={t('plans.form.obligationsHelp')}
        value={values.obligationsAcknowledgedOn}
        onChange={(v) => set('obligationsAcknowledgedOn', v)}
        qa="plan-obligations-acknowledged-on"
      />
    </>
  )
}
