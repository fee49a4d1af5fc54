import type { StaffOrganisationId } from '../shared/organisations.js'
import type { InfoPointId, MunicipalityId } from '../shared/programme/definitions.js'
import { municipalityIds } from '../shared/programme/definitions.js'
import type { RoutedPart, SituationArrangements } from './arrangements.js'
import { formatList } from './format.js'
import type { PageText } from './GuidePage.js'
import { guidePath, type ProgrammePart, programmeParts } from './guide.js'

// /{lang}/: the six programme parts in plain language, each with who it is
// for and who arranges it in each municipality (from the routing rules).

export interface HomePageProps {
  readonly text: PageText
  readonly arrangements: Readonly<Record<RoutedPart, readonly SituationArrangements[]>>
  readonly infoPointGroups: readonly {
    readonly municipalities: readonly MunicipalityId[]
    readonly infoPoints: readonly InfoPointId[]
  }[]
}

export function HomePage({ text, arrangements, infoPointGroups }: HomePageProps) {
  const { language, m, t } = text
  return (
    <>
      <p className="introduction">{t(m.programme.introduction)}</p>
      <p>{t(m.programme.audience)}</p>
      <p>
        <a className="call-to-action" href={guidePath(language, 'what-applies-to-me')}>
          {t(m.home.whatAppliesLink)}
        </a>
      </p>
      <p id="programme-parts-label">{t(m.programme.partsIntro)}</p>
      <ol className="programme-parts" aria-labelledby="programme-parts-label">
        {programmeParts.map((part) => (
          <li key={part} className="programme-part" data-qa={`programme-part-${part}`}>
            <h2>{t(m.parts[part].title)}</h2>
            <p>{t(m.parts[part].description)}</p>
            <p className="audience">{t(m.parts[part].audience)}</p>
            {/* Not a heading: each part keeps a single heading, its h2. */}
            <div className="arrangements">
              <p className="arrangements-heading">{t(m.home.whoArranges)}</p>
              <WhoArranges
                text={text}
                part={part}
                arrangements={arrangements}
                infoPointGroups={infoPointGroups}
              />
            </div>
          </li>
        ))}
      </ol>
    </>
  )
}

function WhoArranges({
  text,
  part,
  arrangements,
  infoPointGroups,
}: Omit<HomePageProps, 'text'> & { readonly text: PageText; readonly part: ProgrammePart }) {
  const { language, m, t } = text
  if (part === 'other-services') {
    // L258: municipalities, institutes, associations and volunteer networks; L389: the unit coordinates.
    return (
      <>
        <p>{t(m.home.otherServicesArranged)}</p>
        <p>
          <a href={guidePath(language, 'directory')}>{t(m.home.directoryLink)}</a>
        </p>
      </>
    )
  }
  if (part === 'guidance') {
    // L403–L408 and matrix row 22: the info point for each municipality.
    return (
      <>
        <p>{t(m.home.guidanceArranged)}</p>
        <ul className="by-municipality">
          {infoPointGroups.map((group) => (
            <li key={group.municipalities.join()}>
              <span className="places">{places(text, group.municipalities)}:</span>{' '}
              {formatList(
                group.infoPoints.map((point) => t(m.infoPoints.names[point])),
                language,
              )}
            </li>
          ))}
        </ul>
        <p>
          <a href={guidePath(language, 'info-points')}>{t(m.home.infoPointsLink)}</a>
        </p>
      </>
    )
  }
  return (
    <dl className="situations">
      {arrangements[part].map(({ situation, arrangements: groups }) => (
        <div key={situation}>
          <dt>{t(m.home.situations[situation])}</dt>
          <dd>
            <ul className="by-municipality">
              {groups.map((group) => (
                <li key={group.municipalities.join()}>
                  <span className="places">{places(text, group.municipalities)}:</span>{' '}
                  {organisations(text, group.responsible)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  )
}

function places(text: PageText, list: readonly MunicipalityId[]): string {
  const { language, m, t } = text
  if (list.length === municipalityIds.length) return t(m.home.allMunicipalities)
  return formatList(
    list.map((municipality) => t(m.names.municipalities[municipality])),
    language,
  )
}

function organisations(text: PageText, list: readonly StaffOrganisationId[]): string {
  const { language, m, t } = text
  if (list.length === 0) return t(m.home.notOffered)
  return formatList(
    list.map((organisation) => t(m.names.organisations[organisation])),
    language,
  )
}
