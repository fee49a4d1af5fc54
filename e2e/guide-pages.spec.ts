import type { Locator, Page } from '@playwright/test'
import { type GuidePageId, guidePages, guidePath, pageTitleMessage } from '../src/guide/guide.js'
import { guideCatalogues } from '../src/shared/i18n/guide/index.js'
import { formatMessage, type GuideLanguage, guideLanguages } from '../src/shared/i18n/i18n.js'
import { LocalDate } from '../src/shared/time/local-date.js'
import { expectNoSeriousA11yViolations } from './axe.js'
import { expect, test } from './fixtures/test.js'

// Every page of the public guide in every guide language, in Chromium: the
// language and direction, the title, the landmarks, no missing translations,
// no serious axe violations, no console errors or CSP violations (the
// fixture). Then "what applies to me" answered in the browser for examples
// of the routing matrix (rules.md §e.1), in Swedish and in Arabic.

const rightToLeft: ReadonlySet<GuideLanguage> = new Set(['ar', 'fa'])

/** What a message that never reached the page looks like: ICU left unformatted, or a key. */
const missingTranslation = /\{[a-zA-Z]+(,[^}]*)?\}|\bundefined\b|\[object |\bMISSING\b/

function texts(language: GuideLanguage) {
  const m = guideCatalogues[language].messages
  return {
    m,
    t: (message: string, values?: Record<string, string>) =>
      formatMessage(message, language, values),
  }
}

class GuidePages {
  constructor(readonly page: Page) {}

  async open(language: GuideLanguage, id: GuidePageId, query = ''): Promise<this> {
    const response = await this.page.goto(guidePath(language, id) + query)
    expect(response?.status()).toBe(200)
    return this
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  siteNavLink(id: GuidePageId): Locator {
    return this.page.getByTestId('site-nav').getByTestId(`nav-${id}`)
  }

  languageLink(language: GuideLanguage): Locator {
    return this.page.getByTestId('language-switcher').getByTestId(`language-${language}`)
  }
}

for (const [index, language] of guideLanguages.entries()) {
  const { m, t } = texts(language)
  const dir = rightToLeft.has(language) ? 'rtl' : 'ltr'
  const other = guideLanguages[(index + 1) % guideLanguages.length]!

  test.describe(`the guide in ${language}`, () => {
    for (const id of guidePages) {
      test(`${id}: lang="${language}" dir="${dir}", title, landmarks, translations, axe`, async ({
        page,
      }) => {
        const guide = await new GuidePages(page).open(language, id)
        const heading = t(pageTitleMessage(m, id))

        await expect(page.locator('html')).toHaveAttribute('lang', language)
        await expect(page.locator('html')).toHaveAttribute('dir', dir)
        await expect(page).toHaveTitle(
          t(m.meta.titlePattern, { page: heading, site: t(m.meta.siteName) }),
        )
        await expect(guide.heading).toHaveText(heading)
        await expect(guide.heading).toHaveCSS('direction', dir)
        await expect(page.getByRole('banner')).toBeVisible()
        await expect(page.getByRole('main')).toBeVisible()
        await expect(page.getByRole('contentinfo')).toBeVisible()
        await expect(page.getByRole('navigation', { name: t(m.nav.label) })).toBeVisible()
        await expect(guide.siteNavLink(id)).toHaveAttribute('aria-current', 'page')
        await expect(guide.languageLink(other)).toHaveAttribute('href', guidePath(other, id))
        expect(await page.locator('body').textContent()).not.toMatch(missingTranslation)
        await expectNoSeriousA11yViolations(page)
      })
    }

    test('the skip link is the first Tab stop and the switcher keeps the page', async ({
      page,
    }) => {
      const guide = await new GuidePages(page).open(language, 'info-points')
      await page.keyboard.press('Tab')
      await expect(page.getByTestId('skip-link')).toBeFocused()
      await page.keyboard.press('Enter')
      await expect(page.locator('main#main')).toBeFocused()

      await guide.languageLink(other).click()
      await expect(page).toHaveURL(guidePath(other, 'info-points'))
      await expect(page.locator('html')).toHaveAttribute('lang', other)
    })
  })
}

test.describe('the directory', () => {
  test('lists actors by area and filters them by kind without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const { m, t } = texts('sv')
    await new GuidePages(page).open('sv', 'directory')
    const entries = page.locator('[data-qa^="directory-entry-"]')
    const count = await entries.count()
    if (count === 0) {
      await expect(page.getByTestId('directory-empty')).toBeVisible()
    } else {
      await expect(page.getByTestId('directory-area-region')).toBeVisible()
    }

    await page.getByLabel(t(m.directory.kind)).selectOption('info-point')
    await page.getByRole('button', { name: t(m.directory.show) }).click()
    await expect(page).toHaveURL(/\/sv\/directory\?kind=info-point&municipality=$/)
    const kinds = await page.locator('.entry .kind').allInnerTexts()
    expect(kinds.every((kind) => kind === t(m.names.kinds['info-point']))).toBe(true)
    // The language switcher keeps the filter.
    await expect(page.getByTestId('language-switcher').getByTestId('language-ar')).toHaveAttribute(
      'href',
      '/ar/directory?kind=info-point',
    )
    await context.close()
  })
})

// ---------------------------------------------------------------------------
// "What applies to me?" in the browser

/** Year and month, `months` before this month, as <input type="month"> takes it. */
function monthsAgo(months: number): string {
  return LocalDate.fromInstant(new Date()).plusMonths(-months).toString().slice(0, 7)
}

class WhatApplies {
  readonly form: Locator
  readonly answer: Locator

  constructor(
    readonly page: Page,
    readonly language: GuideLanguage,
  ) {
    this.form = page.getByTestId('what-applies-form')
    this.answer = page.getByTestId('answer')
  }

  private get text() {
    return texts(this.language)
  }

  async open(): Promise<this> {
    await new GuidePages(this.page).open(this.language, 'what-applies-to-me')
    await expect(this.page.getByTestId('what-applies-submit')).toBeEnabled()
    return this
  }

  async answerWith(answers: {
    municipality: keyof ReturnType<typeof texts>['m']['names']['municipalities']
    age: string
    jobSeeker: 'unemployed' | 'other-job-seeker' | 'not'
    categories?: (keyof ReturnType<typeof texts>['m']['whatApplies']['categories'])[]
    residencePermit?: string
    arrived?: string
  }): Promise<void> {
    const { m, t } = this.text
    const w = m.whatApplies
    await this.form
      .getByLabel(t(m.names.municipalities[answers.municipality]), { exact: true })
      .check()
    await this.form.getByLabel(t(w.age)).fill(answers.age)
    await this.form.getByLabel(t(w.jobSeeker[answers.jobSeeker]), { exact: true }).check()
    for (const category of answers.categories ?? []) {
      await this.form.getByLabel(t(w.categories[category]), { exact: true }).check()
    }
    if (answers.residencePermit) {
      await this.form.getByLabel(t(w.dates.residencePermit)).fill(answers.residencePermit)
    }
    if (answers.arrived) await this.form.getByLabel(t(w.dates.arrived)).fill(answers.arrived)
    await this.page.getByTestId('what-applies-submit').click()
  }

  part(part: string): Locator {
    return this.answer.getByTestId(`answer-${part}`)
  }

  organisation(id: keyof ReturnType<typeof texts>['m']['names']['organisations']): string {
    const { m, t } = this.text
    return t(m.names.organisations[id])
  }
}

for (const language of ['sv', 'ar'] as const) {
  test.describe(`what applies to me, in ${language}`, () => {
    test('Nykarleby, unemployed job seeker: the Ostrobothnia employment area', async ({ page }) => {
      const requests: string[] = []
      const form = await new WhatApplies(page, language).open()
      page.on('request', (request) => requests.push(request.url()))

      await form.answerWith({
        municipality: 'nykarleby',
        age: '34',
        jobSeeker: 'unemployed',
        arrived: monthsAgo(2),
      })

      await expect(form.answer).toBeVisible()
      await expect(form.answer.getByRole('heading', { level: 2 })).toBeFocused()
      for (const part of [
        'assessment',
        'integration-plan',
        'civic-orientation',
        'integration-training',
      ]) {
        await expect(form.part(part).getByTestId('responsible')).toContainText(
          form.organisation('employment-ostrobothnia'),
        )
      }
      await expect(
        form.part('integration-plan').locator('[data-note="employmentPlan"]'),
      ).toBeVisible()
      await expect(page.getByTestId('answer-reach')).toContainText('Topeliusesplanaden 10')
      // Answered in the browser: nothing was sent.
      expect(requests).toEqual([])
      await expectNoSeriousA11yViolations(page)
    })

    test('Jakobstad, quota refugee: the Integration Unit with the wellbeing county', async ({
      page,
    }) => {
      const form = await new WhatApplies(page, language).open()

      await form.answerWith({
        municipality: 'jakobstad',
        age: '29',
        jobSeeker: 'not',
        categories: ['quota-refugee'],
        residencePermit: monthsAgo(5),
        arrived: monthsAgo(4),
      })

      const assessment = form.part('assessment')
      await expect(assessment.getByTestId('responsible')).toContainText(
        form.organisation('integration-unit'),
      )
      await expect(assessment.getByTestId('responsible')).toContainText(
        form.organisation('wellbeing-ostrobothnia'),
      )
      await expect(assessment.locator('[data-note="multisectoral"]')).toBeVisible()
      await expect(form.part('civic-orientation').locator('[data-note="closesOn"]')).toBeVisible()
      await expect(page.getByTestId('answer-reach')).toContainText('Strengbergsgatan 1')
    })

    test('under 25: education comes first in the plan', async ({ page }) => {
      const form = await new WhatApplies(page, language).open()

      await form.answerWith({ municipality: 'larsmo', age: '21', jobSeeker: 'not' })

      await expect(
        form.part('integration-plan').locator('[data-note="educationFirst"]'),
      ).toBeVisible()
      // Larsmo has no info point of its own: the answer sends the reader to Jakobstad's.
      await expect(page.getByTestId('answer-reach')).toContainText('Strengbergsgatan 1')
    })

    test('unanswered questions are listed and the summary takes focus', async ({ page }) => {
      const { m, t } = texts(language)
      const form = await new WhatApplies(page, language).open()

      await page.getByTestId('what-applies-submit').click()

      const summary = page.getByTestId('error-summary')
      await expect(summary).toBeFocused()
      await expect(summary.getByRole('link')).toHaveText([
        t(m.whatApplies.errors.municipality),
        t(m.whatApplies.errors.age),
        t(m.whatApplies.errors.jobSeeker),
      ])
      await expect(form.answer).toBeHidden()
      await expect(form.form.getByLabel(t(m.whatApplies.age))).toHaveAttribute(
        'aria-invalid',
        'true',
      )
      await expectNoSeriousA11yViolations(page)
    })
  })
}

test.describe('what applies to me without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('says what it does and cannot send the answers', async ({ page }) => {
    const { m, t } = texts('sv')
    await new GuidePages(page).open('sv', 'what-applies-to-me')
    await expect(page.getByTestId('noscript')).toHaveText(
      new RegExp(t(m.whatApplies.noscript).slice(0, 40)),
    )
    await expect(page.getByTestId('what-applies-submit')).toBeDisabled()
  })
})
