import {
  type InfoPointId,
  infoPointIds,
  infoPoints,
  municipalities,
} from '../shared/programme/definitions.js'
import { infoPointsByMunicipality } from './arrangements.js'
import { languageNames, OpeningHoursDetails } from './DirectoryPage.js'
import { type DirectoryEntry, mailtoHref, telHref } from './directory.js'
import { formatList } from './format.js'
import { ContactDetails, type PageText } from './GuidePage.js'

// /{lang}/info-points: the four places of part 6 (L403–L408) with address,
// entrance, opening hours and languages. The addresses are the programme's
// (definitions.ts); the directory entry of each point (kind 'info-point'),
// kept up to date by staff, adds opening hours, languages and contacts, and
// its address wins when staff have changed it.

/** The three Integrationsporten points, where L403's languages and L387's contact apply. */
const integrationsporten: ReadonlySet<InfoPointId> = new Set(['jakobstad', 'nykarleby', 'kronoby'])

export function InfoPointsPage({
  text,
  entries,
  today,
}: {
  readonly text: PageText
  /** The directory's info-point entries valid today. */
  readonly entries: readonly DirectoryEntry[]
  readonly today: string
}) {
  const { language, m, t } = text
  const p = m.infoPoints
  return (
    <>
      <p>{t(p.intro)}</p>
      <section aria-labelledby="which-point">
        <h2 id="which-point">{t(p.whichPoint)}</h2>
        <ul className="by-municipality">
          {infoPointsByMunicipality().map((group) => (
            <li key={group.municipalities.join()}>
              <span className="places">
                {formatList(
                  group.municipalities.map((id) => t(m.names.municipalities[id])),
                  language,
                )}
                :
              </span>{' '}
              {group.infoPoints.map((point, index) => (
                <span key={point}>
                  {index > 0 && ', '}
                  <a href={`#point-${point}`}>{t(p.names[point])}</a>
                </span>
              ))}
            </li>
          ))}
        </ul>
        <p>{t(p.noOwnPoint)}</p>
      </section>
      {infoPointIds.map((id) => (
        <InfoPointSection
          key={id}
          text={text}
          id={id}
          entry={entries.find((entry) => entry.infoPoint === id)}
          today={today}
        />
      ))}
      <section aria-labelledby="info-points-contact">
        <h2 id="info-points-contact">{t(p.contact)}</h2>
        <ContactDetails emailLabel={t(m.footer.email)} phoneLabel={t(m.footer.phone)} />
      </section>
    </>
  )
}

function InfoPointSection({
  text,
  id,
  entry,
  today,
}: {
  readonly text: PageText
  readonly id: InfoPointId
  readonly entry: DirectoryEntry | undefined
  readonly today: string
}) {
  const { m, t } = text
  const p = m.infoPoints
  const d = m.directory
  const point = infoPoints[id]
  const moved = entry?.address && entry.address.street !== point.streetAddress
  const email = entry?.email ? mailtoHref(entry.email) : undefined
  const phone = entry?.phone ? telHref(entry.phone) : undefined
  return (
    <section
      id={`point-${id}`}
      className="info-point"
      aria-labelledby={`point-${id}-name`}
      data-qa={`info-point-${id}`}
    >
      <h2 id={`point-${id}-name`}>{t(p.names[id])}</h2>
      <dl className="details">
        {point.venue && !moved && (
          <>
            <dt>{t(p.venue)}</dt>
            <dd dir="auto">{venueName(text, id)}</dd>
          </>
        )}
        <dt>{t(p.address)}</dt>
        <dd dir="auto">
          {moved && entry?.address
            ? [
                entry.address.street,
                [entry.address.postalCode, entry.address.city].filter(Boolean).join(' '),
              ]
                .filter(Boolean)
                .join(', ')
            : `${point.streetAddress}, ${municipalities[point.municipality].name.sv}`}
        </dd>
        {moved && entry?.address?.entrance ? (
          <>
            <dt>{t(p.entrance)}</dt>
            <dd lang="sv">{entry.address.entrance}</dd>
          </>
        ) : (
          id === 'jakobstad' &&
          !moved && (
            <>
              <dt>{t(p.entrance)}</dt>
              <dd>{t(p.entranceAlholmsgatan)}</dd>
            </>
          )
        )}
        {entry?.openingHours ? (
          <OpeningHoursDetails text={text} hours={entry.openingHours} today={today} />
        ) : (
          <>
            <dt>{t(p.openingHours)}</dt>
            {/* L408 gives Romporten's hours; the other points' hours are lost links (AMB-26). */}
            <dd>{t(id === 'romporten' ? p.officeHours : p.hoursNotPublished)}</dd>
          </>
        )}
        <Languages text={text} id={id} entry={entry} />
        {(email || phone) && (
          <>
            {email && (
              <>
                <dt>{t(d.email)}</dt>
                <dd dir="ltr">
                  <a href={email}>{entry?.email}</a>
                </dd>
              </>
            )}
            {phone && (
              <>
                <dt>{t(d.phone)}</dt>
                <dd dir="ltr">
                  <a href={phone}>{entry?.phone}</a>
                </dd>
              </>
            )}
          </>
        )}
      </dl>
    </section>
  )
}

function Languages({
  text,
  id,
  entry,
}: {
  readonly text: PageText
  readonly id: InfoPointId
  readonly entry: DirectoryEntry | undefined
}) {
  const { language, m, t } = text
  const p = m.infoPoints
  const ownLanguages = entry?.languages ?? []
  const interpreter = integrationsporten.has(id)
  if (ownLanguages.length === 0 && !interpreter) return null
  return (
    <>
      <dt>{t(p.languages)}</dt>
      <dd>
        {ownLanguages.length === 0
          ? t(p.languagesDefault)
          : `${languageNames(ownLanguages, language)}. ${interpreter ? t(p.interpreter) : ''}`.trim()}
      </dd>
    </>
  )
}

function venueName(text: PageText, id: InfoPointId): string | undefined {
  const venue = infoPoints[id].venue
  return venue === 'Biblioteket' ? text.t(text.m.infoPoints.library) : venue
}

/**
 * Where a point is, for the "what applies" answer: the venue, then street and
 * town, each its own line so that Latin and Arabic script do not mix in one.
 */
export function infoPointPlace(text: PageText, id: InfoPointId): string[] {
  const point = infoPoints[id]
  const venue = venueName(text, id)
  return [
    ...(venue ? [venue] : []),
    `${point.streetAddress}, ${municipalities[point.municipality].name.sv}`,
  ]
}
