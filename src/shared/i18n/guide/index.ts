import type { Catalogue, GuideLanguage } from '../i18n.js'
import ar from './ar.js'
import en from './en.js'
import fa from './fa.js'
import fi from './fi.js'
import ru from './ru.js'
import so from './so.js'
import type { sv as source } from './sv.js'
import sv from './sv.js'
import uk from './uk.js'

export type GuideMessages = typeof source

/** The public guide's catalogues, one for each guide language. */
export const guideCatalogues: Record<GuideLanguage, Catalogue<GuideMessages>> = {
  sv,
  fi,
  en,
  ar,
  fa,
  uk,
  ru,
  so,
}
