import type { DirectoryEntry } from '../../../src/shared/api/directory.schemas.js'
import { formatDate } from '../format.js'
import type { MessageKey, MessageValues } from '../i18n.js'

/** Whether the guide shows the entry today, and if not, since or until when. */
export function statusText(
  entry: Pick<DirectoryEntry, 'status' | 'validFrom' | 'validUntil'>,
  t: (key: MessageKey, values?: MessageValues) => string,
  language: string,
): string {
  switch (entry.status) {
    case 'upcoming':
      return t('directory.statuses.upcoming', { date: formatDate(entry.validFrom, language) })
    case 'expired':
      return t('directory.statuses.expired', { date: formatDate(entry.validUntil, language) })
    default:
      return t(`directory.statuses.${entry.status}`)
  }
}
