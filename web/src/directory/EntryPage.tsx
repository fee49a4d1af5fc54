import { useCallback, useId, useRef, useState } from 'react'
import { Link, useLocation } from 'react-router'
import type { DirectoryEntry } from '../../../src/shared/api/directory.schemas.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { useLoad } from '../layout/useLoad.js'
import { getEntry, updateEntry } from './directoryApi.js'
import { EntryForm } from './EntryForm.js'
import { entryBody, entryIssues, entryValues, localisedProblem } from './entryFormValues.js'
import { HistorySection } from './HistorySection.js'
import { RetireSection } from './RetireSection.js'
import { statusText } from './statusText.js'

/**
 * /directory/:id: an entry's details in one form, taking it out of the guide
 * or back, and its history. Every save reloads the entry and the history.
 */
export function EntryPage({ id }: { id: string }) {
  const { t, language } = useI18n()
  const location = useLocation()
  const justCreated = (location.state as { created?: boolean } | null)?.created === true
  const [revision, setRevision] = useState(0)
  const changed = useCallback(() => setRevision((n) => n + 1), [])
  const [entry, reload] = useLoad(() => getEntry(id), [id, revision])
  const [status, setStatus] = useState('')
  const headingRef = usePageHeading<HTMLHeadingElement>()
  const name = entry.state === 'loaded' ? (entry.data.names.sv ?? entry.data.id) : undefined
  useDocumentTitle(name ?? t('directory.page.title'))

  return (
    <div className="page" data-qa="directory-entry-page">
      <p>
        <Link to="/directory">{t('directory.page.backToList')}</Link>
      </p>
      <h1 ref={headingRef} tabIndex={-1} data-qa="entry-name">
        {name ? <bdi>{name}</bdi> : t('directory.page.title')}
      </h1>
      <p className="disclosure__status" role="status" data-qa="entry-status-message">
        {status}
      </p>
      {entry.state === 'loading' && <Loading />}
      {entry.state === 'failed' && <LoadFailure failure={entry.failure} onRetry={reload} />}
      {entry.state === 'loaded' && (
        <>
          {justCreated && revision === 0 && (
            <p className="notice notice--success" data-qa="entry-created">
              {t('directory.form.created')}
            </p>
          )}
          <p data-qa="entry-state">
            {t('directory.page.status', { status: statusText(entry.data, t, language) })}
          </p>
          {/* A new version starts the form afresh, so its base is what was saved. */}
          <EditEntryForm
            key={entry.data.version}
            entry={entry.data}
            onSaved={() => {
              setStatus(t('directory.form.saved'))
              changed()
            }}
          />
          <RetireSection
            entry={entry.data}
            onChanged={(message) => {
              setStatus(message)
              changed()
            }}
          />
          <HistorySection id={id} revision={revision} />
        </>
      )}
    </div>
  )
}

function EditEntryForm({ entry, onSaved }: { entry: DirectoryEntry; onSaved: () => void }) {
  const { t } = useI18n()
  const headingId = useId()
  // The version the next save is based on: the loaded one, or the latest after a conflict.
  const version = useRef(entry.version)
  const form = useRecordForm({
    initial: () => entryValues(entry),
    validate: (values) => entryIssues(values, false),
    save: async (values) => {
      try {
        return await updateEntry(entry.id, { version: version.current, ...entryBody(values) })
      } catch (error) {
        throw localisedProblem(error, t)
      }
    },
    onSaved,
    loadLatest: async () => {
      const latest = await getEntry(entry.id)
      version.current = latest.version
      return entryValues(latest)
    },
  })
  return (
    <section className="card section" aria-labelledby={headingId} data-qa="entry-edit">
      <h2 id={headingId}>{t('directory.form.editHeading')}</h2>
      <EntryForm
        form={form}
        isNew={false}
        labelledBy={headingId}
        submitLabel={t('directory.form.save')}
      />
    </section>
  )
}
