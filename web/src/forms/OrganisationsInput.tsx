import type { ReactNode } from 'react'
import {
  organisation,
  type StaffOrganisationId,
  staffOrganisationIds,
} from '../../../src/shared/organisations.js'
import { useI18n } from '../i18n.js'
import { CheckboxesInput } from './choiceFields.js'

/** The programme's four organisations as checkboxes, named in the user's language. */
export function OrganisationsInput(props: {
  name: string
  label: string
  description?: ReactNode
  value: readonly StaffOrganisationId[]
  onChange: (value: StaffOrganisationId[]) => void
  qa?: string
}) {
  const { language } = useI18n()
  return (
    <CheckboxesInput
      {...props}
      options={staffOrganisationIds.map((id) => ({ id, label: organisation(id).name[language] }))}
    />
  )
}
