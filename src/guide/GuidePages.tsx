import type { ReactNode } from 'react'
import { guideCatalogues } from '../shared/i18n/guide/index.js'
import { type GuideLanguage, guideLanguages } from '../shared/i18n/i18n.js'
import { obligationCatalogues } from '../shared/i18n/obligations/index.js'
import type { MunicipalityId } from '../shared/programme/definitions.js'
import type { ProgrammeSettings } from '../shared/programme/settings.js'
import type { LocalDate } from '../shared/time/local-date.js'
import { infoPointsByMunicipality, type RoutedPart, whoArranges } from './arrangements.js'
import { DirectoryPage } from './DirectoryPage.js'
import type { DirectoryEntry, DirectoryKind } from './directory.js'
import { type PageText, pageText, renderGuideDocument } from './GuidePage.js'
import { type GuidePageId, pageTitleMessage } from './guide.js'
import { HomePage } from './HomePage.js'
import { InfoPointsPage } from './InfoPointsPage.js'
import { AccessibilityPage, ContactPage, ObligationsPage } from './InformationPages.js'
import { WhatAppliesPage } from './WhatAppliesPage.js'

// Each guide page as a whole HTML document, for the routes to send.

/** Pages whose content changes only with a deploy: the routes render them once. */
export type StaticPage = Exclude<GuidePageId, 'directory' | 'info-points'>
export const staticPages: readonly StaticPage[] = [
  'home',
  'what-applies-to-me',
  'obligations',
  'accessibility',
  'contact',
]

export interface GuideSetup {
  readonly settings: ProgrammeSettings
  /** Any day: who arranges what does not turn on the date (the typical person moved a month ago). */
  readonly onDate: LocalDate
  /** The "what applies to me" script's address. */
  readonly scriptSrc: string
}

interface PageContent {
  readonly body: ReactNode
  readonly script?: string
}

const endonyms = Object.fromEntries(
  guideLanguages.map((language) => [language, guideCatalogues[language].messages.meta.endonym]),
) as Record<GuideLanguage, string>

function render(
  language: GuideLanguage,
  page: GuidePageId,
  content: (text: PageText) => PageContent,
  query = '',
): string {
  const catalogue = guideCatalogues[language]
  const text = pageText(language, catalogue)
  const { body, script } = content(text)
  const title = text.t(pageTitleMessage(text.m, page))
  return renderGuideDocument({
    text,
    catalogue,
    endonyms,
    page,
    title,
    heading: <h1 data-qa={page === 'home' ? 'programme-name' : 'page-title'}>{title}</h1>,
    query,
    ...(script ? { script } : {}),
    children: body,
  })
}

/**
 * The static pages, each rendered on its first request and kept: their
 * content changes only with a deploy (or the programme settings, read at
 * start), and rendering all forty up front would slow every start and test.
 */
export function staticPageRenderer(
  setup: GuideSetup,
): (language: GuideLanguage, page: StaticPage) => string {
  let arrangements: Record<RoutedPart, ReturnType<typeof whoArranges>> | undefined
  const whoArrangesWhat = () => {
    arrangements ??= Object.fromEntries(
      routedParts.map((part) => [part, whoArranges(part, setup.settings, setup.onDate)]),
    ) as Record<RoutedPart, ReturnType<typeof whoArranges>>
    return arrangements
  }
  const content: Record<StaticPage, (text: PageText) => PageContent> = {
    home: (text) => ({
      body: (
        <HomePage
          text={text}
          arrangements={whoArrangesWhat()}
          infoPointGroups={infoPointsByMunicipality()}
        />
      ),
    }),
    'what-applies-to-me': (text) => ({
      body: <WhatAppliesPage text={text} settings={setup.settings} />,
      script: setup.scriptSrc,
    }),
    obligations: (text) => ({
      body: <ObligationsPage text={text} obligations={obligationCatalogues[text.language]} />,
    }),
    accessibility: (text) => ({ body: <AccessibilityPage text={text} /> }),
    contact: (text) => ({ body: <ContactPage text={text} /> }),
  }
  const pages = new Map<string, string>()
  return (language, page) => {
    const key = `${language}/${page}`
    let html = pages.get(key)
    if (html === undefined) {
      html = render(language, page, content[page])
      pages.set(key, html)
    }
    return html
  }
}

const routedParts: readonly RoutedPart[] = [
  'assessment',
  'integration-plan',
  'civic-orientation',
  'integration-training',
]

export interface DirectoryView {
  readonly entries: readonly DirectoryEntry[]
  readonly kind?: DirectoryKind
  readonly municipality?: MunicipalityId
  readonly today: LocalDate
  /** The filter as a query string, kept by the language switcher. */
  readonly query: string
}

export function renderDirectoryPage(language: GuideLanguage, view: DirectoryView): string {
  return render(
    language,
    'directory',
    (text) => ({
      body: (
        <DirectoryPage
          text={text}
          entries={view.entries}
          today={view.today.toString()}
          {...(view.kind ? { kind: view.kind } : {})}
          {...(view.municipality ? { municipality: view.municipality } : {})}
        />
      ),
    }),
    view.query,
  )
}

export function renderInfoPointsPage(
  language: GuideLanguage,
  entries: readonly DirectoryEntry[],
  today: LocalDate,
): string {
  return render(language, 'info-points', (text) => ({
    body: <InfoPointsPage text={text} entries={entries} today={today.toString()} />,
  }))
}
