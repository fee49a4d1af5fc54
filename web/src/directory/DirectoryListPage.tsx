import { useId } from 'react'
import { Checkbox } from 'react-aria-components'
import { Link, useSearchParams } from 'react-router'
import {
  type DirectoryEntry,
  type DirectoryKind,
  directoryKinds,
} from '../../../src/shared/api/directory.schemas.js'
import {
  type MunicipalityId,
  municipalities,
  municipalityIds,
} from '../../../src/shared/programme/definitions.js'
import { formatList } from '../format.js'
import { useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { useLoad } from '../layout/useLoad.js'
import { listEntries } from './directoryApi.js'
import { statusText } from './statusText.js'

/**
 * /directory: every entry, filtered by kind and municipality. By default only
 * what the guide shows today; retired, ended and upcoming entries on request.
 * The filters live in the address, so Back returns to the same view.
 */
export function DirectoryListPage() {
  const { t, language } = useI18n()
  useDocumentTitle(t('directory.list.title'))
  const headingRef = usePageHeading<HTMLHeadingElement>()
  const filtersId = useId()
  const [params, setParams] = useSearchParams()
  const kind = directoryKinds.find((k) => k === params.get('kind'))
  const municipality = municipalityIds.find((m) => m === params.get('municipality'))
  const showInactive = params.get('all') === '1'
  const [entries, reload] = useLoad(() => listEntries(), [])

  const setFilter = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    setParams(next, { replace: true })
  }
  const shown =
    entries.state === 'loaded'
      ? entries.data.items.filter(
          (e) =>
            (showInactive || e.status === 'current') &&
            (!kind || e.kind === kind) &&
            (!municipality ||
              e.municipalities.length === 0 ||
              e.municipalities.includes(municipality)),
        )
      : []

  return (
    <div className="page" data-qa="directory-list-page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('directory.list.heading')}
      </h1>
      <p className="lead">{t('directory.list.intro')}</p>
      <p>
        <Link className="button button--primary" to="/directory/new" data-qa="directory-add">
          {t('directory.list.add')}
        </Link>
      </p>
      <fieldset className="fieldset" aria-labelledby={filtersId}>
        <legend className="fieldset__legend" id={filtersId}>
          {t('directory.list.filters')}
        </legend>
        <FilterSelect
          label={t('directory.list.kind')}
          value={kind ?? ''}
          options={directoryKinds.map((k: DirectoryKind) => [k, t(`directory.kinds.${k}`)])}
          onChange={(v) => setFilter('kind', v)}
          qa="directory-filter-kind"
        />
        <FilterSelect
          label={t('directory.list.municipality')}
          value={municipality ?? ''}
          options={municipalityIds.map((m: MunicipalityId) => [
            m,
            municipalities[m].name[language],
          ])}
          onChange={(v) => setFilter('municipality', v)}
          qa="directory-filter-municipality"
        />
        <Checkbox
          className="choice"
          isSelected={showInactive}
          onChange={(on) => setFilter('all', on ? '1' : undefined)}
          data-qa="directory-filter-all"
        >
          <span className="choice__mark" aria-hidden="true" />
          {t('directory.list.showInactive')}
        </Checkbox>
      </fieldset>

      {entries.state === 'loading' && <Loading />}
      {entries.state === 'failed' && <LoadFailure failure={entries.failure} onRetry={reload} />}
      <p className="search-status" role="status" data-qa="directory-count">
        {entries.state === 'loaded' && t('directory.list.count', { count: shown.length })}
      </p>
      {entries.state === 'loaded' &&
        (shown.length === 0 ? (
          <p className="empty">{t('directory.list.empty')}</p>
        ) : (
          <EntryTable entries={shown} />
        ))}
    </div>
  )
}

function EntryTable({ entries }: { entries: readonly DirectoryEntry[] }) {
  const { t, language } = useI18n()
  return (
    <table className="table" data-qa="directory-entries">
      <caption className="visually-hidden">{t('directory.list.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('directory.list.name')}</th>
          <th scope="col">{t('directory.list.kind')}</th>
          <th scope="col">{t('directory.list.municipalities')}</th>
          <th scope="col">{t('directory.list.status')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-qa="directory-entry-row">
            <th scope="row">
              {/* Texts are shown as text; <bdi> keeps a stray direction mark inside the name. */}
              <Link to={`/directory/${encodeURIComponent(entry.id)}`}>
                <bdi>{entry.names[language] ?? entry.names.sv}</bdi>
              </Link>
            </th>
            <td>{t(`directory.kinds.${entry.kind}`)}</td>
            <td>
              {entry.municipalities.length === 0
                ? t('directory.wholeRegion')
                : formatList(
                    entry.municipalities.map((m) => municipalities[m].name[language]),
                    language,
                  )}
            </td>
            <td>{statusText(entry, t, language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** A plain, labelled select for a filter (the form fields belong to record forms). */
function FilterSelect({
  label,
  value,
  options,
  onChange,
  qa,
}: {
  label: string
  value: string
  options: readonly (readonly [string, string])[]
  onChange: (value: string | undefined) => void
  qa: string
}) {
  const id = useId()
  const { t } = useI18n()
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value || undefined)}
        data-qa={qa}
      >
        <option value="">{t('directory.list.all')}</option>
        {options.map(([id, text]) => (
          <option key={id} value={id}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}
