import { programmeParts } from '../src/guide/guide.js'
import { guideCatalogues } from '../src/shared/i18n/guide/index.js'
import { formatMessage, type GuideLanguage } from '../src/shared/i18n/i18n.js'
import { expectNoSeriousA11yViolations } from './axe.js'
import { expect, test } from './fixtures/test.js'
import { GuidePage } from './pages/guide.js'

// The contract's guide languages (Web); Arabic and Persian read right to left.
const contractLanguages: readonly GuideLanguage[] = ['sv', 'fi', 'en', 'ar', 'fa', 'uk', 'ru', 'so']
const rightToLeft: ReadonlySet<GuideLanguage> = new Set(['ar', 'fa'])

/** The catalogue's texts as the page shows them (ICU-formatted). */
function expectedTexts(language: GuideLanguage) {
  const m = guideCatalogues[language].messages
  const text = (message: string, values?: Record<string, string>) =>
    formatMessage(message, language, values)
  const programmeName = text(m.programme.name)
  return {
    programmeName,
    title: text(m.meta.titlePattern, { page: programmeName, site: text(m.meta.siteName) }),
    partTitles: programmeParts.map((part) => ({ part, title: text(m.parts[part].title) })),
  }
}

for (const [index, language] of contractLanguages.entries()) {
  const expected = expectedTexts(language)
  const dir = rightToLeft.has(language) ? 'rtl' : 'ltr'
  // Some other language to switch to: the next one in the switcher's order.
  const other = contractLanguages[(index + 1) % contractLanguages.length]!

  test.describe(`guide in ${language}`, () => {
    test(`states lang="${language}" dir="${dir}" and shows the six parts`, async ({ page }) => {
      const guide = await new GuidePage(page).open(language)

      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await expect(page.locator('html')).toHaveAttribute('dir', dir)
      await expect(guide.programmeName).toHaveText(expected.programmeName)
      await expect(guide.programmeName).toHaveCSS('direction', dir)
      expect(expected.title.trim()).not.toBe('')
      await expect(page).toHaveTitle(expected.title)
      for (const { part, title } of expected.partTitles) {
        await expect(guide.part(part)).toBeVisible()
        await expect(guide.part(part).getByRole('heading', { level: 2 })).toHaveText(title)
      }
    })

    test('the skip link is the first Tab stop and moves focus to the main content', async ({
      page,
    }) => {
      const guide = await new GuidePage(page).open(language)

      await page.keyboard.press('Tab')
      await expect(guide.skipLink).toBeFocused()
      await expect(guide.skipLink).toBeInViewport()
      await page.keyboard.press('Enter')
      await expect(guide.main).toBeFocused()
    })

    test(`the language switcher leads to the same page in ${other}`, async ({ page }) => {
      const guide = await new GuidePage(page).open(language)
      await expect(guide.languageLink(language)).toHaveAttribute('aria-current', 'page')

      await guide.languageLink(other).click()

      await expect(page).toHaveURL(`/${other}/`)
      await expect(page.locator('html')).toHaveAttribute('lang', other)
      await expect(guide.programmeName).toHaveText(expectedTexts(other).programmeName)
      await expect(guide.languageLink(other)).toHaveAttribute('aria-current', 'page')
    })

    test('has no serious accessibility violations', async ({ page }) => {
      await new GuidePage(page).open(language)
      await expectNoSeriousA11yViolations(page)
    })
  })
}

test('the Arabic page renders its heading right to left', async ({ page }) => {
  const guide = await new GuidePage(page).open('ar')

  await expect(guide.programmeName).toHaveCSS('direction', 'rtl')
  await expect(guide.part('assessment').getByRole('heading')).toHaveCSS('direction', 'rtl')
})

test.describe('a Finnish browser', () => {
  test.use({ locale: 'fi-FI', extraHTTPHeaders: { 'Accept-Language': 'fi-FI,fi;q=0.9' } })

  test('is sent from / to /fi/', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL('/fi/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
  })
})

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE', extraHTTPHeaders: { 'Accept-Language': 'de' } })

  test('is sent from / to the Swedish guide', async ({ page }) => {
    await page.goto('/')
    await expect(page).toHaveURL('/sv/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  })
})
