import { expect, type Locator, type Page } from '@playwright/test'
import type { DirectoryKind } from '../../src/shared/api/directory.schemas.js'

// Page models for the directory's administration (/app/directory) and the
// public guide's directory page (/{lang}/directory), through their data-qa
// attributes.

/** /app/directory: every entry, filtered by kind and municipality. */
export class DirectoryListPage {
  readonly root: Locator
  readonly kindFilter: Locator
  readonly count: Locator
  readonly entries: Locator
  readonly rows: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('directory-list-page')
    this.kindFilter = page.getByTestId('directory-filter-kind')
    this.count = this.root.getByTestId('directory-count')
    this.entries = page.getByTestId('directory-entries')
    this.rows = this.entries.getByTestId('directory-entry-row')
  }

  async filterByKind(kind: DirectoryKind): Promise<void> {
    await this.kindFilter.selectOption(kind)
    await expect(this.page).toHaveURL(new RegExp(`[?&]kind=${kind}(&|$)`))
  }

  /** An entry's link in the table, by its Swedish name. */
  entryLink(name: string): Locator {
    return this.entries.getByRole('link', { name, exact: true })
  }
}

/** One regular opening-hours row of the entry form. */
export class RegularHoursRow {
  readonly root: Locator
  readonly days: Locator
  readonly opens: Locator
  readonly closes: Locator

  constructor(form: Locator, index: number) {
    this.root = form.getByTestId('entry-regular-row').nth(index)
    this.days = form.getByTestId(`entry-regular-${index}-days`)
    this.opens = form.getByTestId(`entry-regular-${index}-opens`)
    this.closes = form.getByTestId(`entry-regular-${index}-closes`)
  }

  /** A weekday's checkbox (1 is Monday): its label, and the input React Aria hides in it. */
  day(isoWeekday: number): { label: Locator; input: Locator } {
    const label = this.days.getByTestId(String(isoWeekday))
    return { label, input: label.locator('input') }
  }

  /** Checks exactly the given ISO weekdays. */
  async chooseDays(isoWeekdays: readonly number[]): Promise<void> {
    for (let day = 1; day <= 7; day++) {
      const { label, input } = this.day(day)
      const wanted = isoWeekdays.includes(day)
      if ((await input.isChecked()) !== wanted) await label.click()
      if (wanted) await expect(input).toBeChecked()
      else await expect(input).not.toBeChecked()
    }
  }
}

/** /app/directory/:id: the entry's form, retiring and restoring, and its history. */
export class DirectoryEntryPage {
  readonly root: Locator
  readonly name: Locator
  readonly statusMessage: Locator
  readonly state: Locator
  readonly form: Locator
  readonly errorSummary: Locator
  readonly descriptionSv: Locator
  readonly website: Locator
  readonly addRegular: Locator
  readonly regularRows: Locator
  readonly save: Locator
  readonly retire: Locator
  readonly restore: Locator
  readonly history: Locator
  readonly historyItems: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('directory-entry-page')
    this.name = page.getByTestId('entry-name')
    this.statusMessage = page.getByTestId('entry-status-message')
    this.state = page.getByTestId('entry-state')
    this.form = page.getByTestId('entry-form')
    this.errorSummary = this.form.getByTestId('form-error-summary')
    this.descriptionSv = this.form.getByTestId('entry-description-sv')
    this.website = this.form.getByTestId('entry-website')
    this.addRegular = this.form.getByTestId('entry-add-regular')
    this.regularRows = this.form.getByTestId('entry-regular-row')
    this.save = this.form.getByTestId('entry-form-submit')
    this.retire = page.getByTestId('entry-retire')
    this.restore = page.getByTestId('entry-restore')
    this.history = page.getByTestId('entry-history')
    this.historyItems = this.history.getByTestId('entry-history-item')
  }

  async open(id: string): Promise<this> {
    await this.page.goto(`/app/directory/${encodeURIComponent(id)}`)
    await expect(this.form).toBeVisible()
    return this
  }

  regularRow(index: number): RegularHoursRow {
    return new RegularHoursRow(this.form, index)
  }

  /** The field's whole block (label, input, error), by the API's path of the field. */
  field(path: string): Locator {
    return this.form.locator(`[data-field="${path}"]`)
  }
}

/** /{lang}/directory on the public guide, rendered on the server. */
export class GuideDirectoryPage {
  readonly count: Locator

  constructor(readonly page: Page) {
    this.count = page.getByTestId('directory-count')
  }

  async open(language = 'sv', query = ''): Promise<this> {
    const response = await this.page.goto(`/${language}/directory${query}`)
    expect(response?.status()).toBe(200)
    return this
  }

  entry(id: string): Locator {
    return this.page.getByTestId(`directory-entry-${id}`)
  }
}
