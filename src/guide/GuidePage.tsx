import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { GuideMessages } from '../shared/i18n/guide/index.js'
import {
  type Catalogue,
  direction,
  formatMessage,
  type GuideLanguage,
  guideLanguages,
  type Messages,
} from '../shared/i18n/i18n.js'
import { type GuidePageId, guidePages, guidePath, integrationUnitContact } from './guide.js'

// The frame every guide page shares: <html lang dir>, a title, a skip link,
// the header with the language switcher and the site navigation, the main
// landmark, and the footer with the Integration Unit's organisational
// contact. Server-rendered to static HTML: no client script unless a page
// asks for its one external file.

export const guideIconPath = '/guide/assets/icon.svg'
export const guideStylesheetPath = '/guide/assets/guide.css'

/** The catalogue of one language with its formatter, handed to every page component. */
export interface PageText {
  readonly language: GuideLanguage
  readonly m: Messages<GuideMessages>
  /** Formats an ICU message in the page's language. */
  t(message: string, values?: Record<string, string | number>): string
}

export function pageText(language: GuideLanguage, catalogue: Catalogue<GuideMessages>): PageText {
  return {
    language,
    m: catalogue.messages,
    t: (message, values) => formatMessage(message, language, values),
  }
}

export interface GuideDocumentProps {
  readonly text: PageText
  readonly catalogue: Catalogue<GuideMessages>
  /** Each guide language's name in that language, for the language switcher. */
  readonly endonyms: Readonly<Record<GuideLanguage, string>>
  readonly page: GuidePageId
  /** The page's own name for <title>; the programme's name on the home page. */
  readonly title: string
  /** The page's <h1>, which the draft notice follows. */
  readonly heading: ReactNode
  /** A query string ("?kind=…") the language switcher keeps, so a filtered list stays filtered. */
  readonly query?: string
  /** The one external script of a page that needs one (CSP script-src 'self': never inline). */
  readonly script?: string
  readonly children: ReactNode
}

/** A whole guide page as an HTML document. */
export function renderGuideDocument(props: GuideDocumentProps): string {
  return `<!doctype html>${renderToStaticMarkup(<GuideDocument {...props} />)}`
}

function GuideDocument({
  text,
  catalogue,
  endonyms,
  page,
  title,
  heading,
  query = '',
  script,
  children,
}: GuideDocumentProps) {
  const { language, m, t } = text
  const siteName = t(m.meta.siteName)
  return (
    <html lang={language} dir={direction(language)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t(m.meta.titlePattern, { page: title, site: siteName })}</title>
        <meta name="description" content={t(m.meta.description)} />
        <link rel="stylesheet" href={guideStylesheetPath} />
        <link rel="icon" type="image/svg+xml" href={guideIconPath} />
        {guideLanguages.map((other) => (
          <link key={other} rel="alternate" hrefLang={other} href={guidePath(other, page)} />
        ))}
        {page === 'home' && <link rel="alternate" hrefLang="x-default" href="/" />}
        {script && <script src={script} defer />}
      </head>
      <body>
        <a className="skip-link" href="#main" data-qa="skip-link">
          {t(m.skipLink)}
        </a>
        <header className="site-header">
          <p className="site-name">{siteName}</p>
          <LanguageSwitcher
            label={t(m.languageSwitcher.label)}
            current={language}
            page={page}
            query={query}
            endonyms={endonyms}
          />
          <SiteNav label={t(m.nav.label)} language={language} current={page} names={m.nav} />
        </header>
        <main id="main" tabIndex={-1}>
          {heading}
          {catalogue.review.status === 'draft' && (
            <p className="draft-notice" data-qa="draft-notice">
              {t(m.draftNotice)}
            </p>
          )}
          {children}
        </main>
        <footer className="site-footer">
          <Contact
            heading={t(m.footer.heading)}
            organisation={t(m.footer.organisation)}
            introduction={t(m.footer.contactIntro)}
            emailLabel={t(m.footer.email)}
            phoneLabel={t(m.footer.phone)}
          />
        </footer>
      </body>
    </html>
  )
}

interface LanguageSwitcherProps {
  /** The navigation landmark's accessible name, in the page's language. */
  readonly label: string
  readonly current: GuideLanguage
  readonly page: GuidePageId
  readonly query: string
  readonly endonyms: Readonly<Record<GuideLanguage, string>>
}

function LanguageSwitcher({ label, current, page, query, endonyms }: LanguageSwitcherProps) {
  return (
    <nav className="language-switcher" aria-label={label} data-qa="language-switcher">
      <ul>
        {guideLanguages.map((language) => (
          <li key={language}>
            {/* Each name in its own language and direction, so screen readers pronounce it right. */}
            <a
              href={guidePath(language, page) + query}
              lang={language}
              hrefLang={language}
              dir={direction(language)}
              aria-current={language === current ? 'page' : undefined}
              data-qa={`language-${language}`}
            >
              {endonyms[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

interface SiteNavProps {
  readonly label: string
  readonly language: GuideLanguage
  readonly current: GuidePageId
  readonly names: Readonly<Record<GuidePageId, string>>
}

function SiteNav({ label, language, current, names }: SiteNavProps) {
  return (
    <nav className="site-nav" aria-label={label} data-qa="site-nav">
      <ul>
        {guidePages.map((page) => (
          <li key={page}>
            <a
              href={guidePath(language, page)}
              aria-current={page === current ? 'page' : undefined}
              data-qa={`nav-${page}`}
            >
              {names[page]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

interface ContactProps {
  readonly heading: string
  readonly organisation: string
  readonly introduction: string
  readonly emailLabel: string
  readonly phoneLabel: string
}

function Contact({ heading, organisation, introduction, emailLabel, phoneLabel }: ContactProps) {
  return (
    <>
      <h2 className="contact-heading">{heading}</h2>
      <address data-qa="contact">
        <p className="organisation">{organisation}</p>
        <p>{introduction}</p>
        <ContactDetails emailLabel={emailLabel} phoneLabel={phoneLabel} />
      </address>
    </>
  )
}

/** The Integration Unit's e-mail and phone (programme L48, L387); never a person's. */
export function ContactDetails({
  emailLabel,
  phoneLabel,
}: {
  readonly emailLabel: string
  readonly phoneLabel: string
}) {
  return (
    <dl className="contact-details">
      <dt>{emailLabel}</dt>
      <dd>
        {/* Addresses and numbers read left to right in every language. */}
        <a href={`mailto:${integrationUnitContact.email}`} dir="ltr">
          {integrationUnitContact.email}
        </a>
      </dd>
      <dt>{phoneLabel}</dt>
      <dd>
        <a href={integrationUnitContact.phoneHref} dir="ltr">
          {integrationUnitContact.phone}
        </a>
      </dd>
    </dl>
  )
}
