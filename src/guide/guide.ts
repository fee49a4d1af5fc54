import type { GuideMessages } from '../shared/i18n/guide/index.js'
import {
  type GuideLanguage,
  isGuideLanguage,
  type Messages,
  sourceLanguage,
} from '../shared/i18n/i18n.js'

/** The programme's six parts, in its order, by the contract's `service` ids. */
export const programmeParts = [
  'assessment',
  'integration-plan',
  'civic-orientation',
  'integration-training',
  'other-services',
  'guidance',
] as const
export type ProgrammePart = (typeof programmeParts)[number]

/** The Integration Unit's organisational contact (programme, part 5 and the working group). */
export const integrationUnitContact = {
  email: 'integration@jakobstad.fi',
  phone: '+358 44 785 1686',
  phoneHref: 'tel:+358447851686',
} as const

/**
 * The guide's pages, in the order the site navigation lists them. The path
 * segment is the same in every language, so the language switcher can keep
 * the reader on the same page (`/{other}/{page}`).
 */
export const guidePages = [
  'home',
  'what-applies-to-me',
  'directory',
  'info-points',
  'obligations',
  'accessibility',
  'contact',
] as const
export type GuidePageId = (typeof guidePages)[number]

export function guidePath(language: GuideLanguage, page: GuidePageId = 'home'): string {
  return page === 'home' ? `/${language}/` : `/${language}/${page}`
}

/** A page's heading (its <h1> and the first part of its <title>), as an ICU message. */
export function pageTitleMessage(m: Messages<GuideMessages>, page: GuidePageId): string {
  switch (page) {
    case 'home':
      return m.programme.name
    case 'what-applies-to-me':
      return m.whatApplies.title
    case 'directory':
      return m.directory.title
    case 'info-points':
      return m.infoPoints.title
    case 'obligations':
      return m.obligations.title
    case 'accessibility':
      return m.accessibility.title
    case 'contact':
      return m.contact.title
  }
}

/**
 * When the accessibility statement was last drawn up (Act on the Provision of
 * Digital Services 306/2019, section 16): a calendar date, shown in the
 * reader's language.
 */
export const accessibilityStatementDate = '2026-11-27'

/** The supervisory authority's public site for accessibility complaints. */
export const accessibilitySupervisionSite = 'https://www.saavutettavuusvaatimukset.fi'

/**
 * The guide language a browser asks for: the supported language with the
 * highest q-value in Accept-Language (RFC 9110 §12.5.4), matched on the
 * primary subtag ("fi-FI" is Finnish). Swedish when nothing matches, because
 * Swedish is the region's majority language and the guide's source.
 */
export function preferredGuideLanguage(acceptLanguage: string | undefined): GuideLanguage {
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...parameters] = entry.trim().split(';')
      return { tag: tag.trim().toLowerCase(), quality: quality(parameters), index }
    })
    .filter((range) => range.tag !== '' && range.quality > 0)
    // Highest q first; among equal q-values the header's own order decides.
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  for (const { tag } of ranges) {
    const primary = tag.split('-')[0] ?? ''
    if (isGuideLanguage(primary)) return primary
  }
  return sourceLanguage
}

function quality(parameters: readonly string[]): number {
  for (const parameter of parameters) {
    const [name = '', value = ''] = parameter.split('=').map((part) => part.trim())
    if (name.toLowerCase() !== 'q') continue
    // A malformed weight makes the range unusable rather than preferred.
    if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return 0
    return Number(value)
  }
  return 1
}
