import { languageName } from '../format.js'

// Languages offered in the customer form, as ISO 639 codes. Their names
// come from the browser (Intl.DisplayNames) in the user's language, so no
// name is hard-coded here. The list covers the languages of the region's
// newcomers and Integrationsporten's; a saved code outside it is still shown.
// biome-ignore format: a table of codes reads better than one per line
export const commonLanguageCodes = [
  'sv', 'fi', 'en', 'ar', 'fa', 'prs', 'ps', 'uk', 'ru', 'so', 'ti', 'am', 'om', 'ku', 'ckb',
  'kmr', 'tr', 'ur', 'hi', 'bn', 'ne', 'pa', 'ta', 'th', 'vi', 'zh', 'my', 'tl', 'id', 'sw',
  'fr', 'es', 'pt', 'de', 'it', 'nl', 'pl', 'ro', 'bg', 'et', 'lv', 'lt', 'hu', 'cs', 'sk',
  'sq', 'bs', 'hr', 'sr', 'mk', 'el', 'ka', 'hy', 'az', 'uz', 'tg', 'mn', 'ja', 'ko', 'rw',
  'ln', 'yo', 'ha', 'ig', 'wo', 'se',
] as const

/** Language options named in `inLanguage`, sorted by name; `extra` adds saved codes. */
export function languageOptions(inLanguage: string, extra: readonly string[] = []) {
  const codes = [...new Set<string>([...commonLanguageCodes, ...extra.filter(Boolean)])]
  return codes
    .map((code) => ({ id: code, label: languageName(code, inLanguage) }))
    .sort((a, b) => a.label.localeCompare(b.label, inLanguage))
}
