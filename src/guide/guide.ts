import { type GuideLanguage, isGuideLanguage, sourceLanguage } from '../shared/i18n/i18n.js'

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

export function guidePath(language: GuideLanguage): string {
  return `/${language}/`
}

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
