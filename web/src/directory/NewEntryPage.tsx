import { useId } from 'react'
import { Link, useNavigate } from 'react-router'
import type { DirectoryEntry } from '../../../src/shared/api/directory.schemas.js'
import { useRecordForm } from '../forms/useRecordForm.js'
import { useI18n } from '../i18n.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { createEntry } from './directoryApi.js'
import { EntryForm } from './EntryForm.js'
import {
  type EntryFormValues,
  emptyValues,
  entryBody,
  entryIssues,
  localisedProblem,
} from './entryFormValues.js'

/** /directory/new: add an actor; the new entry's page opens once it is saved. */
export function NewEntryPage() {
  const { t } = useI18n()
  useDocumentTitle(t('directory.form.newTitle'))
  const headingRef = usePageHeading<HTMLHeadingElement>()
  const headingId = useId()
  const navigate = useNavigate()
  const form = useRecordForm<EntryFormValues, DirectoryEntry>({
    initial: emptyValues,
    validate: (values) => entryIssues(values, true),
    save: async (values) => {
      const id = values.id.trim()
      try {
        return await createEntry({ ...(id ? { id } : {}), ...entryBody(values) })
      } catch (error) {
        throw localisedProblem(error, t)
      }
    },
    onSaved: (entry) => navigate(`/directory/${entry.id}`, { state: { created: true } }),
  })
  return (
    <div className="page" data-qa="directory-new-page">
      <p>
        <Link to="/directory">{t('directory.page.backToList')}</Link>
      </p>
      <h1 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('directory.form.newHeading')}
      </h1>
      <EntryForm
        form={form}
        isNew
        labelledBy={headingId}
        submitLabel={t('directory.form.create')}
      />
    </div>
  )
}
