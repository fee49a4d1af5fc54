import { Button } from 'react-aria-components'
import {
  organisation,
  type StaffOrganisationId,
  staffOrganisationIds,
} from '../../../src/shared/organisations.js'
import { formatList } from '../format.js'
import { CheckboxesInput } from '../forms/choiceFields.js'
import { LongTextInput } from '../forms/fields.js'
import { useI18n } from '../i18n.js'
import { type CustomerFormValues, sameSet } from './customerFormValues.js'
import type { Proposal } from './proposal.js'

/**
 * The organisations responsible for the case: pre-filled with what the
 * programme rules propose for the details above, and following them as the
 * details change, until the counsellor chooses otherwise; then the reason is
 * required (the API's responsibilityReason).
 */
export function ResponsibilityFields({
  values,
  proposal,
  saved,
  onChange,
  onReasonChange,
}: {
  values: CustomerFormValues
  proposal: Proposal | undefined
  /** The organisations saved now (edit form). */
  saved?: readonly StaffOrganisationId[]
  onChange: (organisations: readonly StaffOrganisationId[] | null) => void
  onReasonChange: (reason: string) => void
}) {
  const { t, language } = useI18n()
  const proposed = proposal?.organisations
  const chosen = values.responsibleOrganisations ?? proposed ?? saved ?? []
  const overridden = proposed !== undefined && !sameSet(chosen, proposed)
  // Registering: a reason is needed to depart from the proposal. Editing: to
  // change what is saved (the server compares with that); it is offered
  // beside any departure from the proposal too.
  const changed = saved !== undefined && !sameSet(chosen, saved)
  const reasonRequired = saved === undefined ? overridden : changed
  const names = (ids: readonly StaffOrganisationId[]) =>
    formatList(
      ids.map((id) => organisation(id).name[language]),
      language,
    )
  const options = staffOrganisationIds.map((id) => ({ id, label: organisation(id).name[language] }))

  return (
    <div className="responsibility" data-qa="responsibility">
      <p className="proposal" data-qa="proposed-organisations" aria-live="polite">
        {proposed === undefined
          ? t('customers.form.proposalWaiting')
          : proposed.length === 0
            ? t('customers.form.proposalNone')
            : t('customers.form.proposal', { organisations: names(proposed) })}
      </p>
      <CheckboxesInput
        name="responsibleOrganisations"
        label={t('customers.form.responsibleOrganisations')}
        options={options}
        value={chosen}
        qa="customer-responsible-organisations"
        onChange={(next) =>
          // Registering, choosing the proposal again means following it.
          onChange(saved === undefined && proposed && sameSet(next, proposed) ? null : next)
        }
      />
      {overridden && proposed && (
        <Button
          className="button button--link"
          data-qa="use-proposal"
          onPress={() => onChange(saved === undefined ? null : proposed)}
        >
          {t('customers.form.useProposal')}
        </Button>
      )}
      {(overridden || changed) && (
        <LongTextInput
          name="responsibilityReason"
          label={t('customers.form.responsibilityReason')}
          description={t(
            changed
              ? 'customers.form.responsibilityChangeHelp'
              : 'customers.form.responsibilityReasonHelp',
          )}
          value={values.responsibilityReason}
          onChange={onReasonChange}
          isRequired={reasonRequired}
          maxLength={1000}
          qa="customer-responsibility-reason"
        />
      )}
    </div>
  )
}
