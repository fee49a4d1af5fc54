import type { DirectoryChange } from '../../../src/shared/api/directory.schemas.js'
import { formatDateTime, formatList } from '../format.js'
import { type MessageKey, useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { Section } from '../layout/Section.js'
import { useLoad } from '../layout/useLoad.js'
import { getHistory } from './directoryApi.js'

/** The API's field names, as the form labels them. */
const fieldLabels: Readonly<Record<string, MessageKey>> = {
  kind: 'directory.fields.kind',
  municipalities: 'directory.fields.municipalities',
  infoPoint: 'directory.fields.infoPoint',
  names: 'directory.fields.name',
  descriptions: 'directory.fields.description',
  website: 'directory.fields.website',
  email: 'directory.fields.email',
  phone: 'directory.fields.phone',
  address: 'directory.fields.address',
  languages: 'directory.fields.languages',
  openingHours: 'directory.hours.legend',
  validFrom: 'directory.fields.validFrom',
  validUntil: 'directory.fields.validUntil',
  retiredAt: 'directory.retire.heading',
}

/** Who changed what and when, latest first; each change shows the entry as it became. */
export function HistorySection({ id, revision }: { id: string; revision: number }) {
  const { t } = useI18n()
  const [history, reload] = useLoad(() => getHistory(id), [id, revision])
  return (
    <Section title={t('directory.history.heading')} qa="entry-history">
      {history.state === 'loading' && <Loading />}
      {history.state === 'failed' && <LoadFailure failure={history.failure} onRetry={reload} />}
      {history.state === 'loaded' &&
        (history.data.items.length === 0 ? (
          <p className="empty">{t('directory.history.empty')}</p>
        ) : (
          <ol className="record-list">
            {history.data.items.map((change) => (
              <HistoryItem key={change.id} change={change} />
            ))}
          </ol>
        ))}
    </Section>
  )
}

function HistoryItem({ change }: { change: DirectoryChange }) {
  const { t, language } = useI18n()
  const fields = change.fields.map((f) => {
    const key = fieldLabels[f]
    return key ? t(key) : f
  })
  return (
    <li className="record" data-qa="entry-history-item">
      <p className="record__title">
        {t(`directory.history.changes.${change.change}`)}{' '}
        <time dateTime={change.changedAt}>{formatDateTime(change.changedAt, language)}</time>
      </p>
      <p className="record__meta">
        {change.changedBy
          ? t('directory.history.by', { name: change.changedBy.name })
          : t('directory.history.byProgramme')}
        {change.change !== 'create' && fields.length > 0 && (
          <> · {t('directory.history.fields', { fields: formatList(fields, language) })}</>
        )}
      </p>
      <details className="record__details">
        <summary>
          {t('directory.history.version', { version: String(change.snapshot.version ?? '') })}
        </summary>
        {/* Stored text shown as text: JSON in a <pre>, never as markup. */}
        <pre className="preserve-lines">{JSON.stringify(change.snapshot, null, 2)}</pre>
      </details>
    </li>
  )
}
