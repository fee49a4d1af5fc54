import type { StaffLanguage } from '../../../src/shared/i18n/i18n.js'
import { organisation, type StaffOrganisationId } from '../../../src/shared/organisations.js'
import { formatList } from '../format.js'
import type { MessageKey } from '../i18n.js'

/** "A, B and C" in the user's language; "none" for an empty list. */
export function organisationNames(
  ids: readonly StaffOrganisationId[],
  language: StaffLanguage,
  t: (key: MessageKey) => string,
): string {
  if (ids.length === 0) return t('details.none')
  return formatList(
    ids.map((id) => organisation(id).name[language]),
    language,
  )
}
