import type { Customer } from '../../../src/shared/api/cases.schemas.js'
import { type GuideLanguage, isGuideLanguage } from '../../../src/shared/i18n/i18n.js'

// The language of the customer's own copy of their obligations: their
// native language where the obligations are translated into it (the eight
// languages of the public guide), else English.

export type CustomerLanguageChoice =
  | { readonly language: GuideLanguage; readonly reason: 'native'; readonly native: string }
  | { readonly language: 'en'; readonly reason: 'not-translated'; readonly native: string }
  | { readonly language: 'en'; readonly reason: 'no-native'; readonly native?: undefined }

export function customerLanguage(customer: Customer): CustomerLanguageChoice {
  const native = customer.languages.find((l) => l.native)?.code
  if (native === undefined) return { language: 'en', reason: 'no-native' }
  if (isGuideLanguage(native)) return { language: native, reason: 'native', native }
  return { language: 'en', reason: 'not-translated', native }
}
