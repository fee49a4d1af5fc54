import { expect, type Locator, type Page } from '@playwright/test'
import type { workQueueKinds } from '../../src/shared/api/cases.schemas.js'
import type { CefrLevel, LanguageTestSkill } from '../../src/shared/programme/definitions.js'
import { type Credentials, SignInPage } from './staff.js'

// Page models for the counsellor's case work in the staff app (/app/),
// through its data-qa attributes. Forms are React Aria forms: radio and
// checkbox options carry the option's id as data-qa, selects open a listbox.

// The type checker runs without the DOM library: name only what is used.
interface Attributed {
  getAttribute(name: string): string | null
}

/** Signs in at `path` (a deep link stays where it was) and waits for the app. */
export async function signInAt(page: Page, staff: Credentials, path = '/app/'): Promise<void> {
  const signIn = await new SignInPage(page).open(path)
  await signIn.signIn(staff)
  await expect(signIn.form).toBeHidden()
}

/** Picks the option named `option` from a React Aria select. */
async function choose(page: Page, trigger: Locator, option: string): Promise<void> {
  await trigger.click()
  const listbox = page.getByRole('listbox')
  await listbox.getByRole('option', { name: option, exact: true }).click()
  await expect(listbox).toBeHidden()
  await expect(trigger).toContainText(option)
}

/** One option of a radio group or checkbox group, by its id. */
function option(group: Locator, id: string): { label: Locator; input: Locator } {
  const label = group.getByTestId(id)
  return { label, input: label.locator('input') }
}

export class MainNav {
  readonly home: Locator
  readonly customers: Locator
  readonly registerCustomer: Locator

  constructor(page: Page) {
    this.home = page.getByTestId('nav-home')
    this.customers = page.getByTestId('nav-customers')
    this.registerCustomer = page.getByTestId('nav-register-customer')
  }
}

export class WorkQueue {
  readonly root: Locator
  readonly heading: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('work-queue')
    this.heading = page.getByTestId('staff-home').getByRole('heading', { level: 1 })
  }

  group(kind: (typeof workQueueKinds)[number]): Locator {
    return this.root.getByTestId(`work-queue-group-${kind}`)
  }
}

/** What every record form has: its summary of problems and its save button. */
export class RecordForm {
  readonly errorSummary: Locator
  readonly reloadedNotice: Locator
  readonly loadLatest: Locator
  readonly submit: Locator

  constructor(
    readonly page: Page,
    readonly root: Locator,
    qa: string,
  ) {
    this.errorSummary = root.getByTestId('form-error-summary')
    this.reloadedNotice = root.getByTestId('form-reloaded')
    this.loadLatest = root.getByTestId('form-load-latest')
    this.submit = root.getByTestId(`${qa}-submit`)
  }

  /** The field's container: its label, input, description and error. */
  field(name: string): Locator {
    return this.root.locator(`[data-field="${name}"]`)
  }
}

export class CustomerForm extends RecordForm {
  readonly firstName: Locator
  readonly lastName: Locator
  readonly birthDate: Locator
  readonly municipality: Locator
  readonly jobSeekerStatus: Locator
  readonly categories: Locator
  readonly phone: Locator
  readonly address: Locator

  constructor(page: Page, within: Locator) {
    super(page, within.getByTestId('customer-form'), 'customer-form')
    this.firstName = this.root.getByTestId('customer-first-name')
    this.lastName = this.root.getByTestId('customer-last-name')
    this.birthDate = this.root.getByTestId('customer-birth-date')
    this.municipality = this.root.getByTestId('customer-municipality')
    this.jobSeekerStatus = this.root.getByTestId('customer-job-seeker-status')
    this.categories = this.root.getByTestId('customer-categories')
    this.phone = this.root.getByTestId('customer-phone')
    this.address = this.root.getByTestId('customer-address')
  }

  municipalityOption(id: string) {
    return option(this.municipality, id)
  }

  jobSeekerOption(id: string) {
    return option(this.jobSeekerStatus, id)
  }

  categoryOption(id: string) {
    return option(this.categories, id)
  }

  language(index: number): Locator {
    return this.root.getByTestId(`customer-language-${index}`)
  }

  async chooseLanguage(index: number, name: string): Promise<void> {
    await choose(this.page, this.language(index), name)
  }
}

export class RegisterCustomerPage {
  readonly root: Locator
  readonly form: CustomerForm

  constructor(readonly page: Page) {
    this.root = page.getByTestId('register-customer')
    this.form = new CustomerForm(page, this.root)
  }
}

export class CustomerSearchPage {
  readonly root: Locator
  readonly input: Locator
  readonly count: Locator
  readonly results: Locator
  readonly rows: Locator
  readonly more: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('customer-search')
    this.input = page.getByTestId('customer-search-input')
    this.count = page.getByTestId('customer-search-count')
    this.results = page.getByTestId('customer-search-results')
    this.rows = this.results.getByTestId('customer-row')
    this.more = page.getByTestId('customer-search-more')
  }

  /** Types the query and submits it with Enter. */
  async search(query: string): Promise<void> {
    await this.input.fill(query)
    await this.input.press('Enter')
    await expect(this.page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query)}`))
  }

  /** The names as listed, "Last, First". */
  names(): Locator {
    return this.rows.getByRole('rowheader')
  }
}

/** A form that opens under its button on a record page (FormDisclosure). */
export class DisclosedForm extends RecordForm {
  readonly open: Locator
  readonly status: Locator

  /** `qa` names the disclosure (its button is `<qa>-open`), `formQa` the form inside. */
  constructor(page: Page, section: Locator, qa: string, formQa = qa) {
    super(page, section.getByTestId(formQa), formQa)
    this.open = section.getByTestId(`${qa}-open`)
    // The polite line that says the record was saved.
    this.status = this.open.locator('xpath=preceding-sibling::*[@role="status"][1]')
  }

  /** Opens the form with the keyboard, as its button is meant to be used. */
  async openWithKeyboard(): Promise<void> {
    await this.open.focus()
    await this.page.keyboard.press('Enter')
    await expect(this.root).toBeVisible()
  }

  choice(groupQa: string, id: string) {
    return option(this.root.getByTestId(groupQa), id)
  }
}

export class CustomerPage {
  readonly root: Locator
  readonly name: Locator
  readonly registeredNotice: Locator
  readonly details: Locator
  readonly timeline: Locator
  readonly assessments: Locator
  readonly assessmentForm: DisclosedForm
  readonly plans: Locator
  readonly planForm: DisclosedForm
  readonly participations: Locator
  readonly participationForm: DisclosedForm
  readonly languageTests: Locator
  readonly languageTestForm: DisclosedForm
  readonly edit: Locator
  readonly editForm: DisclosedForm

  constructor(readonly page: Page) {
    this.root = page.getByTestId('customer-page')
    this.name = page.getByTestId('customer-name')
    this.registeredNotice = page.getByTestId('customer-registered')
    this.details = page.getByTestId('customer-details')
    this.timeline = page.getByTestId('timeline')
    this.assessments = page.getByTestId('assessments')
    this.assessmentForm = new DisclosedForm(page, this.assessments, 'assessment-form')
    this.plans = page.getByTestId('plans')
    this.planForm = new DisclosedForm(page, this.plans, 'plan-form')
    this.participations = page.getByTestId('participations')
    this.participationForm = new DisclosedForm(page, this.participations, 'participation-form')
    this.languageTests = page.getByTestId('language-tests')
    this.languageTestForm = new DisclosedForm(page, this.languageTests, 'language-test-form')
    this.edit = page.getByTestId('customer-edit')
    this.editForm = new DisclosedForm(page, this.edit, 'customer-edit', 'customer-form')
  }

  async goto(id: string): Promise<this> {
    await this.page.goto(`/app/customers/${id}`)
    await expect(this.details).toBeVisible()
    return this
  }

  /** The edit form's fields (the disclosure's panel holds the customer form). */
  editFields(): CustomerForm {
    return new CustomerForm(this.page, this.edit)
  }

  /** The kinds of the timeline's events in the order listed, e.g. `plan`. */
  async timelineKinds(): Promise<string[]> {
    const qas = await this.timeline
      .locator('[data-qa^="timeline-"]')
      .evaluateAll((entries: Attributed[]) =>
        entries.map((entry) => entry.getAttribute('data-qa') ?? ''),
      )
    return qas.map((qa) => qa.replace(/^timeline-/, ''))
  }

  async chooseTestLevel(skill: LanguageTestSkill, level: CefrLevel): Promise<void> {
    await choose(this.page, this.languageTestForm.root.getByTestId(`language-test-${skill}`), level)
  }
}

export class PlanPage {
  readonly root: Locator
  readonly createdNotice: Locator
  readonly validUntil: Locator
  readonly nextReviewDue: Locator
  readonly reviews: Locator
  readonly reviewItems: Locator
  readonly reviewForm: DisclosedForm
  readonly customerLink: Locator
  readonly printLink: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('plan-page')
    this.createdNotice = page.getByTestId('plan-created')
    this.validUntil = page.getByTestId('plan-details-valid-until')
    this.nextReviewDue = page.getByTestId('next-review-due').locator('time')
    this.reviews = page.getByTestId('plan-reviews')
    this.reviewItems = this.reviews.getByTestId('review-item')
    this.reviewForm = new DisclosedForm(page, this.reviews, 'review-form')
    this.customerLink = page.getByTestId('plan-customer-link')
    this.printLink = page.getByTestId('plan-print-link')
  }
}

export class PlanPrintPage {
  readonly printablePlan: Locator
  /** The customer's own copy of the obligations. */
  readonly obligations: Locator
  /** The obligations in the plan's language, when that is not the customer's. */
  readonly obligationsInPlanLanguage: Locator
  readonly print: Locator

  constructor(readonly page: Page) {
    this.printablePlan = page.getByTestId('printable-plan')
    this.obligations = this.printablePlan.getByTestId('obligations')
    this.obligationsInPlanLanguage = this.printablePlan.getByTestId('obligations-plan-language')
    this.print = page.getByTestId('print-plan')
  }
}
