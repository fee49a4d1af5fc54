import { renderToStaticMarkup } from 'react-dom/server'
import type { GuideMessages } from '../shared/i18n/guide/index.js'
import {
  type Catalogue,
  direction,
  formatMessage,
  type GuideLanguage,
  guideLanguages,
} from '../shared/i18n/i18n.js'
import { guidePath, integrationUnitContact, type ProgrammePart, programmeParts } from './guide.js'

export const guideIconPath = '/guide/assets/icon.svg'
export const guideStylesheetPath = '/guide/assets/guide.css'

export interface GuidePageProps {
  readonly language: GuideLanguage
  readonly catalogue: Catalogue<GuideMessages>
  /** Each guide language's name in that language, for the language switcher. */
  readonly endonyms: Readonly<Record<GuideLanguage, string>>
}

/** The whole guide page as an HTML document. No script: the page works without JavaScript. */
export function renderGuidePage(props: GuidePageProps): string {
  return `<!doctype html>${renderToStaticMarkup(<GuidePage {...props} />)}`
}

export function GuidePage({ language, catalogue, endonyms }: GuidePageProps) {
  const m = catalogue.messages
  const t = (message: string, values?: Record<string, string>) =>
    formatMessage(message, language, values)
  const programmeName = t(m.programme.name)
  const siteName = t(m.meta.siteName)

  return (
    <html lang={language} dir={direction(language)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t(m.meta.titlePattern, { page: programmeName, site: siteName })}</title>
        <meta name="description" content={t(m.meta.description)} />
        <link rel="stylesheet" href={guideStylesheetPath} />
        <link rel="icon" type="image/svg+xml" href={guideIconPath} />
        {guideLanguages.map((other) => (
          <link key={other} rel="alternate" hrefLang={other} href={guidePath(other)} />
        ))}
        <link rel="alternate" hrefLang="x-default" href="/" />
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
            endonyms={endonyms}
          />
        </header>
        <main id="main" tabIndex={-1}>
          <h1 data-qa="programme-name">{programmeName}</h1>
          {catalogue.review.status === 'draft' && (
            <p className="draft-notice" data-qa="draft-notice">
              {t(m.draftNotice)}
            </p>
          )}
          <p className="introduction">{t(m.programme.introduction)}</p>
          <p>{t(m.programme.audience)}</p>
          <p id="programme-parts-label">{t(m.programme.partsIntro)}</p>
          <ol className="programme-parts" aria-labelledby="programme-parts-label">
            {programmeParts.map((part) => (
              <ProgrammePartItem
                key={part}
                part={part}
                title={t(m.parts[part].title)}
                description={t(m.parts[part].description)}
                audience={t(m.parts[part].audience)}
              />
            ))}
          </ol>
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
  readonly endonyms: Readonly<Record<GuideLanguage, string>>
}

function LanguageSwitcher({ label, current, endonyms }: LanguageSwitcherProps) {
  return (
    <nav className="language-switcher" aria-label={label} data-qa="language-switcher">
      <ul>
        {guideLanguages.map((language) => (
          <li key={language}>
            {/* Each name in its own language and direction, so screen readers pronounce it right. */}
            <a
              href={guidePath(language)}
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

interface ProgrammePartItemProps {
  readonly part: ProgrammePart
  readonly title: string
  readonly description: string
  readonly audience: string
}

function ProgrammePartItem({ part, title, description, audience }: ProgrammePartItemProps) {
  return (
    <li className="programme-part" data-qa={`programme-part-${part}`}>
      <h2>{title}</h2>
      <p>{description}</p>
      <p className="audience">{audience}</p>
    </li>
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
      </address>
    </>
  )
}
