import type { Catalogue, GuideLanguage, Review } from '../i18n.js'
import ar from './ar.js'
import en from './en.js'
import fa from './fa.js'
import fi from './fi.js'
import pagesAr from './pages/ar.js'
import pagesEn from './pages/en.js'
import pagesFa from './pages/fa.js'
import pagesFi from './pages/fi.js'
import pagesRu from './pages/ru.js'
import pagesSo from './pages/so.js'
import type { svPages as pagesSource } from './pages/sv.js'
import pagesSv from './pages/sv.js'
import pagesUk from './pages/uk.js'
import ru from './ru.js'
import so from './so.js'
import type { sv as source } from './sv.js'
import sv from './sv.js'
import uk from './uk.js'

/** The programme parts and the shared page frame (sv.ts), and the guide's other pages (pages/sv.ts). */
export type GuideMessages = typeof source & typeof pagesSource

/**
 * One language's guide catalogue from its two files. A language is reviewed
 * only when both halves are; otherwise the page shows the draft notice.
 */
function combine(
  parts: Catalogue<typeof source>,
  pages: Catalogue<typeof pagesSource>,
): Catalogue<GuideMessages> {
  const review: Review =
    parts.review.status === 'reviewed' && pages.review.status === 'reviewed'
      ? parts.review
      : { status: 'draft' }
  return { language: parts.language, review, messages: { ...parts.messages, ...pages.messages } }
}

/** The public guide's catalogues, one for each guide language. */
export const guideCatalogues: Record<GuideLanguage, Catalogue<GuideMessages>> = {
  sv: combine(sv, pagesSv),
  fi: combine(fi, pagesFi),
  en: combine(en, pagesEn),
  ar: combine(ar, pagesAr),
  fa: combine(fa, pagesFa),
  uk: combine(uk, pagesUk),
  ru: combine(ru, pagesRu),
  so: combine(so, pagesSo),
}
