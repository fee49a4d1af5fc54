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

export type ObligationMessages = typeof source

/**
 * The customer's obligations and the consequences (programme L112–L124), in
 * every guide language, for the printed plan in the customer's own language.
 */
export const obligationCatalogues: Record<GuideLanguage, Catalogue<ObligationMessages>> = {
  sv,
  fi,
  en,
  ar,
  fa,
  uk,
  ru,
  so,
}
