import { useState } from 'react'
import type { DirectoryEntry } from '../../../src/shared/api/directory.schemas.js'
import { ProblemError } from '../api.js'
import { useI18n } from '../i18n.js'
import { PendingButton } from '../layout/PendingButton.js'
import { Section } from '../layout/Section.js'
import { setRetired } from './directoryApi.js'

/** Take the entry out of the guide, or bring it back; the history keeps both. */
export function RetireSection({
  entry,
  onChanged,
}: {
  entry: DirectoryEntry
  /** Called with the message to announce. */
  onChanged: (message: string) => void
}) {
  const { t } = useI18n()
  const [pending, setPending] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const retired = entry.retiredAt !== null

  async function toggle() {
    setPending(true)
    setFailure(null)
    try {
      await setRetired(entry.id, !retired, entry.version)
      onChanged(t(retired ? 'directory.retire.restored' : 'directory.retire.retired'))
    } catch (error) {
      const stale = error instanceof ProblemError && error.status === 409
      setFailure(t(stale ? 'directory.retire.conflict' : 'directory.retire.failed'))
    } finally {
      setPending(false)
    }
  }

  return (
    <Section title={t('directory.retire.heading')} qa="entry-retire-section">
      <p>{t(retired ? 'directory.retire.restoreHelp' : 'directory.retire.retireHelp')}</p>
      {failure && (
        <p className="notice notice--error" role="alert" data-qa="entry-retire-failure">
          {failure}
        </p>
      )}
      <PendingButton
        className="button button--secondary"
        data-qa={retired ? 'entry-restore' : 'entry-retire'}
        pending={pending}
        onPress={toggle}
      >
        {t(retired ? 'directory.retire.restore' : 'directory.retire.retire')}
      </PendingButton>
    </Section>
  )
}
