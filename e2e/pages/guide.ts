import { expect, type Locator, type Page } from '@playwright/test'
import type { ProgrammePart } from '../../src/guide/guide.js'
import type { GuideLanguage } from '../../src/shared/i18n/i18n.js'

/** The public guide's page, /{lang}/. */
export class GuidePage {
  readonly programmeName: Locator
  readonly skipLink: Locator
  readonly main: Locator

  constructor(readonly page: Page) {
    this.programmeName = page.getByTestId('programme-name')
    this.skipLink = page.getByTestId('skip-link')
    this.main = page.locator('main#main')
  }

  async open(language: GuideLanguage): Promise<this> {
    const response = await this.page.goto(`/${language}/`)
    expect(response?.status()).toBe(200)
    return this
  }

  part(part: ProgrammePart): Locator {
    return this.page.getByTestId(`programme-part-${part}`)
  }

  languageLink(language: GuideLanguage): Locator {
    return this.page.getByTestId('language-switcher').getByTestId(`language-${language}`)
  }
}
