import type { ReactNode } from 'react'
import { staffCatalogues } from '../../../src/shared/i18n/staff/index.js'
import { useI18n } from '../i18n.js'
import { LanguageSwitcher } from './LanguageSwitcher.js'

export const mainContentId = 'main-content'

/**
 * The frame of every page: skip link first in the tab order, then the
 * header (banner) with the main navigation, the page in <main>, and the
 * footer (contentinfo). Print hides all but <main> (styles.css).
 */
export function Layout({
  account,
  nav,
  children,
}: {
  account?: ReactNode
  nav?: ReactNode
  children: ReactNode
}) {
  const { language, t } = useI18n()
  const draft = staffCatalogues[language].review.status === 'draft'
  return (
    <>
      <a className="skip-link" href={`#${mainContentId}`}>
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="brand">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </p>
          <div className="site-header__tools">
            <LanguageSwitcher />
            {account}
          </div>
        </div>
        {nav && <div className="site-header__nav">{nav}</div>}
      </header>
      <main id={mainContentId} className="site-main" tabIndex={-1}>
        {children}
      </main>
      {draft && (
        <footer className="site-footer">
          <p className="site-footer__inner draft-notice">{t('language.draftNotice')}</p>
        </footer>
      )}
    </>
  )
}
