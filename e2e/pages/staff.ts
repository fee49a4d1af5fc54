import { expect, type Locator, type Page } from '@playwright/test'
import type { StaffLanguage } from '../../src/shared/i18n/i18n.js'
import { tabTo } from '../keyboard.js'

// Page models for the staff app (/app/), through its data-qa attributes.

export interface Credentials {
  readonly email: string
  readonly password: string
}

export class SignInPage {
  readonly form: Locator
  readonly email: Locator
  readonly password: Locator
  readonly submit: Locator
  readonly error: Locator

  constructor(readonly page: Page) {
    this.form = page.getByTestId('sign-in-form')
    this.email = page.getByTestId('sign-in-email')
    this.password = page.getByTestId('sign-in-password')
    this.submit = page.getByTestId('sign-in-submit')
    this.error = page.getByTestId('sign-in-error')
  }

  async open(path = '/app/'): Promise<this> {
    await this.page.goto(path)
    await expect(this.form).toBeVisible()
    return this
  }

  async signIn({ email, password }: Credentials): Promise<void> {
    await this.email.fill(email)
    await this.password.fill(password)
    await this.submit.click()
  }

  /** Tab to each field, type, and submit with Enter: no pointer at all. */
  async signInWithKeyboard({ email, password }: Credentials): Promise<void> {
    await tabTo(this.page, this.email)
    await this.page.keyboard.type(email)
    await tabTo(this.page, this.password, 1)
    await this.page.keyboard.type(password)
    await this.page.keyboard.press('Enter')
  }
}

export class StaffHomePage {
  readonly root: Locator
  readonly userName: Locator
  readonly userOrg: Locator
  readonly userRole: Locator
  readonly signOut: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('staff-home')
    this.userName = page.getByTestId('user-name')
    this.userOrg = page.getByTestId('user-org')
    this.userRole = page.getByTestId('user-role')
    this.signOut = page.getByTestId('sign-out')
  }

  languageButton(language: StaffLanguage): Locator {
    return this.page.getByTestId('language-switcher').getByTestId(`language-${language}`)
  }
}
