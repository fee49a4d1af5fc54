import {
  type Count,
  type Figure,
  suppressedComplement,
  suppressedSmall,
} from '../../../src/shared/api/reports.schemas.js'
import { serviceLanguages, visitTopicIds } from '../../../src/shared/api/visits.schemas.js'
import { isStaffOrganisationId, organisation } from '../../../src/shared/organisations.js'
import {
  type InfoPointId,
  infoPointIds,
  infoPoints,
  isMunicipalityId,
  municipalities,
} from '../../../src/shared/programme/definitions.js'
import { LocalDate } from '../../../src/shared/time/local-date.js'
import { formatDate, languageName } from '../format.js'
import type { MessageKey, MessageValues } from '../i18n.js'

// The follow-up figures as people read them, in the language of the page or
// of the annual report: counts with Intl, medians in days, shares in percent,
// and every breakdown key by its name. Suppressed values ("<5", "x") are kept
// as they are: the legend explains them.

export type Translate = (key: MessageKey, values?: MessageValues) => string

const numberFormats = new Map<string, Intl.NumberFormat>()

function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${language}\u0000${JSON.stringify(options)}`
  let format = numberFormats.get(cacheKey)
  if (!format) {
    format = new Intl.NumberFormat(language, options)
    numberFormats.set(cacheKey, format)
  }
  return format
}

export function isSuppressed(value: Count | Figure): value is '<5' | 'x' {
  return value === suppressedSmall || value === suppressedComplement
}

/** A count: "1 234" in Swedish and Finnish; "<5" and "x" as they are. */
export function formatCount(value: Count, language: string): string {
  return typeof value === 'number' ? numberFormat(language, {}).format(value) : value
}

/** A median in days ("12,5 dagar"); undefined when there was nothing to take it over. */
export function formatDays(value: Count | Figure, t: Translate): string | undefined {
  if (value === null) return undefined
  return typeof value === 'number' ? t('reports.page.days', { days: value }) : value
}

/** A share of 0–1 as a whole percent ("33 %"); undefined when there was nothing to divide. */
export function formatShare(value: Count | Figure, language: string): string | undefined {
  if (value === null) return undefined
  return typeof value === 'number'
    ? numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value)
    : value
}

/** The steering figures that are medians or shares rather than counts. */
const dayFigures: ReadonlySet<string> = new Set([
  'median-days-arrival-to-assessment',
  'median-days-assessment-to-plan',
])
const shareFigures: ReadonlySet<string> = new Set(['under-25-education-share'])

/** Any figure of the report by its id; undefined for a median or share over nothing. */
export function formatFigure(
  id: string,
  value: Count | Figure,
  language: string,
  t: Translate,
): string | undefined {
  if (dayFigures.has(id)) return formatDays(value, t)
  if (shareFigures.has(id)) return formatShare(value, language)
  return value === null ? undefined : formatCount(value, language)
}

/** "januari 2026" for '2026-01'. */
export function formatMonth(key: string, language: string): string {
  const date = LocalDate.tryParse(`${key}-01`)
  if (!date) return key
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(date.year, date.month - 1, 1)))
}

/** "1.1.2026–31.12.2026". */
export function formatPeriod(from: string, to: string, language: string): string {
  return `${formatDate(from, language)}–${formatDate(to, language)}`
}

export type KeyDimension =
  | 'month'
  | 'municipality'
  | 'organisation'
  | 'language'
  | 'infoPoint'
  | 'topic'
  | 'serviceLanguage'

/** A breakdown's key by its name in `language`; an unknown key as it is. */
export function keyName(
  dimension: KeyDimension,
  key: string,
  language: 'sv' | 'fi' | 'en',
  t: Translate,
): string {
  switch (dimension) {
    case 'month':
      return formatMonth(key, language)
    case 'municipality':
      return isMunicipalityId(key) ? municipalities[key].name[language] : key
    case 'organisation':
      return isStaffOrganisationId(key) ? organisation(key).name[language] : key
    case 'language':
      return key === 'und' ? t('reports.unknownLanguage') : languageName(key, language)
    case 'infoPoint': {
      const point = infoPointIds.find((id) => id === key)
      return point ? infoPointName(point, language) : key
    }
    case 'topic': {
      const topic = visitTopicIds.find((id) => id === key)
      return topic ? t(`visits.topics.${topic}`) : key
    }
    case 'serviceLanguage': {
      const spoken = serviceLanguages.find((id) => id === key)
      return spoken ? t(`visits.languages.${spoken}`) : key
    }
  }
}

/**
 * The main point is called just "Integrationsporten"; beside the others in a
 * table it is named with its town, as the programme lists it (L405).
 */
function infoPointName(id: InfoPointId, language: 'sv' | 'fi' | 'en'): string {
  const name = infoPoints[id].name[language]
  return id === 'jakobstad' ? `${name}, ${municipalities.jakobstad.name[language]}` : name
}
