import type { MunicipalityId } from '../shared/programme/definitions.js'
import { municipalityIds } from '../shared/programme/definitions.js'
import {
  type DirectoryEntry,
  type DirectoryKind,
  directoryKinds,
  groupByArea,
  inLanguage,
  type LocalisedText,
  mailtoHref,
  type OpeningHours,
  regularHoursLines,
  sortEntries,
  telHref,
  upcomingExceptions,
  websiteHref,
} from './directory.js'
import { formatDate, formatList, languageName } from './format.js'
import type { PageText } from './GuidePage.js'
import { guidePath } from './guide.js'

// /{lang}/directory: every actor of the programme's directory that is valid
// today, region-wide ones first, then by municipality; filtered on the server
// by a plain GET form (?kind=&municipality=), so it works without JavaScript.
// Every text comes from the database and is rendered by React, as text.

export interface DirectoryPageProps {
  readonly text: PageText
  /** Already filtered and valid today. */
  readonly entries: readonly DirectoryEntry[]
  readonly kind?: DirectoryKind
  readonly municipality?: MunicipalityId
  /** ISO date, for the upcoming exceptions to the opening hours. */
  readonly today: string
}

export function DirectoryPage({ text, entries, kind, municipality, today }: DirectoryPageProps) {
  const { language, m, t } = text
  const d = m.directory
  const groups = groupByArea(entries, municipality)
  return (
    <>
      <p>{t(d.intro)}</p>
      <form
        method="get"
        action={guidePath(language, 'directory')}
        className="directory-filter"
        data-qa="directory-filter"
      >
        <fieldset>
          <legend>{t(d.filterLegend)}</legend>
          <div className="field">
            <label htmlFor="filter-kind">{t(d.kind)}</label>
            <select id="filter-kind" name="kind" defaultValue={kind ?? ''}>
              <option value="">{t(d.any)}</option>
              {directoryKinds.map((option) => (
                <option key={option} value={option}>
                  {t(m.names.kinds[option])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-municipality">{t(d.municipality)}</label>
            <select id="filter-municipality" name="municipality" defaultValue={municipality ?? ''}>
              <option value="">{t(d.any)}</option>
              {municipalityIds.map((option) => (
                <option key={option} value={option}>
                  {t(m.names.municipalities[option])}
                </option>
              ))}
            </select>
          </div>
          <div className="actions">
            <button type="submit" className="button">
              {t(d.show)}
            </button>
            {(kind || municipality) && (
              <a href={guidePath(language, 'directory')} data-qa="directory-show-all">
                {t(d.showAll)}
              </a>
            )}
          </div>
        </fieldset>
      </form>
      <p className="count" data-qa="directory-count">
        {t(d.count, { count: entries.length })}
      </p>
      {entries.length === 0 && <p data-qa="directory-empty">{t(d.empty)}</p>}
      {groups.map((group) => (
        <section
          key={group.area}
          className="directory-area"
          aria-labelledby={`area-${group.area}`}
          data-qa={`directory-area-${group.area}`}
        >
          <h2 id={`area-${group.area}`}>
            {group.area === 'region' ? t(d.regionWide) : t(m.names.municipalities[group.area])}
          </h2>
          <ul className="entries">
            {sortEntries(group.entries, language).map((entry) => (
              <DirectoryEntryItem key={entry.id} text={text} entry={entry} today={today} />
            ))}
          </ul>
        </section>
      ))}
    </>
  )
}

function DirectoryEntryItem({
  text,
  entry,
  today,
}: {
  readonly text: PageText
  readonly entry: DirectoryEntry
  readonly today: string
}) {
  const { language, m, t } = text
  const d = m.directory
  const name = inLanguage(entry.names, language)
  const description = inLanguage(entry.descriptions, language)
  const website = websiteHref(entry.website)
  return (
    <li className="entry" data-qa={`directory-entry-${entry.id}`}>
      <h3 lang={otherLanguage(name, language)}>{name?.text ?? entry.id}</h3>
      <p className="kind">{t(m.names.kinds[entry.kind])}</p>
      {description && (
        <p lang={otherLanguage(description, language)}>
          {description.text}
          {description.language !== language && (
            <span className="fallback-note" lang={language}>
              {' '}
              ({t(d.onlyInSwedish)})
            </span>
          )}
        </p>
      )}
      <dl className="details">
        {entry.address && (
          <>
            <dt>{t(d.address)}</dt>
            <dd dir="auto">
              {[
                entry.address.street,
                [entry.address.postalCode, entry.address.city].filter(Boolean).join(' '),
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
            {entry.address.entrance && (
              <>
                <dt>{t(d.entrance)}</dt>
                {/* Entered in the admin as one Swedish text. */}
                <dd lang="sv">{entry.address.entrance}</dd>
              </>
            )}
          </>
        )}
        {entry.website && (
          <>
            <dt>{t(d.website)}</dt>
            <dd dir="ltr">
              {website ? <a href={website}>{displayUrl(website)}</a> : entry.website}
            </dd>
          </>
        )}
        {entry.email && (
          <>
            <dt>{t(d.email)}</dt>
            <dd dir="ltr">
              <LinkOrText href={mailtoHref(entry.email)} text={entry.email} />
            </dd>
          </>
        )}
        {entry.phone && (
          <>
            <dt>{t(d.phone)}</dt>
            <dd dir="ltr">
              <LinkOrText href={telHref(entry.phone)} text={entry.phone} />
            </dd>
          </>
        )}
        {entry.languages.length > 0 && (
          <>
            <dt>{t(d.languages)}</dt>
            <dd>{languageNames(entry.languages, language)}</dd>
          </>
        )}
        {entry.openingHours && (
          <OpeningHoursDetails text={text} hours={entry.openingHours} today={today} />
        )}
      </dl>
      {entry.validUntil && (
        <p className="valid-until">
          {t(d.validUntil, { date: formatDate(entry.validUntil, language) })}
        </p>
      )}
    </li>
  )
}

/** Opening hours and upcoming exceptions as dt/dd pairs, in the reader's language. */
export function OpeningHoursDetails({
  text,
  hours,
  today,
}: {
  readonly text: PageText
  readonly hours: OpeningHours
  readonly today: string
}) {
  const { language, m, t } = text
  const d = m.directory
  const regular = regularHoursLines(hours, language)
  const exceptions = upcomingExceptions(hours, today, language)
  return (
    <>
      {regular.length > 0 && (
        <>
          <dt>{t(d.openingHours)}</dt>
          <dd>
            <ul className="hours">
              {regular.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {exceptions.length > 0 && (
        <>
          <dt>{t(d.exceptions)}</dt>
          <dd>
            <ul className="hours">
              {exceptions.map((exception, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: two exceptions may share a date.
                <li key={index}>
                  {exception.date}: {exception.hours ?? t(d.closed)}
                  {exception.note && (
                    <>
                      {' – '}
                      <span lang={otherLanguage(exception.note, language)}>
                        {exception.note.text}
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </>
  )
}

export function languageNames(codes: readonly string[], language: string): string {
  return formatList(
    codes.map((code) => languageName(code, language)),
    language,
  )
}

/** The text's language for a lang attribute, when it is not the page's. */
function otherLanguage(text: LocalisedText | undefined, language: string): string | undefined {
  return text && text.language !== '' && text.language !== language ? text.language : undefined
}

function LinkOrText({ href, text }: { readonly href: string | undefined; readonly text: string }) {
  return href ? <a href={href}>{text}</a> : text
}

/** "www.example.fi/kurser" rather than the whole URL. */
function displayUrl(href: string): string {
  const url = new URL(href)
  const path = url.pathname === '/' ? '' : url.pathname
  return `${url.host}${path}${url.search}`
}
