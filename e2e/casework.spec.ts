import { demoCustomers } from '../src/seed/demo-customers.js'
import { workQueueKinds } from '../src/shared/api/cases.schemas.js'
import { formatMessage } from '../src/shared/i18n/i18n.js'
import { obligationCatalogues } from '../src/shared/i18n/obligations/index.js'
import { staffCatalogues } from '../src/shared/i18n/staff/index.js'
import {
  customerCategories,
  jobSeekerStatusLabels,
  municipalities,
} from '../src/shared/programme/definitions.js'
import { LocalDate } from '../src/shared/time/local-date.js'
import { expectNoSeriousA11yViolations } from './axe.js'
import { Fixture, uniqueSuffix } from './fixtures/customers.js'
import { demoStaff } from './fixtures/demo-staff.js'
import { PageProblems } from './fixtures/page-problems.js'
import { expect, test } from './fixtures/test.js'
import {
  CustomerPage,
  CustomerSearchPage,
  MainNav,
  PlanPage,
  PlanPrintPage,
  RegisterCustomerPage,
  signInAt,
  WorkQueue,
} from './pages/casework.js'

// A counsellor's case work end to end in the staff app, in Swedish and in
// Helsinki time (STYLE.md rule 10). Dates are computed from today in
// Helsinki, the way the programme counts them (STYLE.md rule 6).

const counsellor = demoStaff('counselor@demo.porten.test')
const frontDesk = demoStaff('desk@demo.porten.test')

const sv = staffCatalogues.sv.messages
const text = (message: string, values?: Record<string, string | number>) =>
  formatMessage(message, 'sv', values)

/** A calendar date as the staff app shows it in Swedish ("27 nov. 2028"). */
function svDate(date: LocalDate): string {
  return new Intl.DateTimeFormat('sv', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(date.year, date.month - 1, date.day)),
  )
}

test.use({ locale: 'sv-FI', timezoneId: 'Europe/Helsinki' })

test.beforeEach(({ problems }) => {
  // Signed out, the app asks for the session and is told 401 (see staff.spec.ts).
  problems.expectFailure({ method: 'GET', path: '/api/v1/session', status: 401 })
})

test('a counsellor registers a newcomer and follows the case from assessment to language test', async ({
  page,
}) => {
  // Ten pages and forms, four of them checked with axe: more than the default 30 s.
  test.setTimeout(90_000)
  const today = LocalDate.fromInstant(new Date())
  const assessedOn = today.plusDays(-100)
  // The plan started three months ago, so a review today moves the next review date.
  const planStart = today.plusDays(-90)
  const newcomer = {
    firstName: 'Testa',
    lastName: `E2E-Nyanländ-${uniqueSuffix()}`,
    birthDate: '1990-05-14',
  }
  const arabic = new Intl.DisplayNames(['sv'], { type: 'language' }).of('ar')!
  const customerPage = new CustomerPage(page)
  const planPage = new PlanPage(page)

  await test.step('the counsellor signs in and sees the work queue', async () => {
    await signInAt(page, counsellor)
    const queue = new WorkQueue(page)
    await expect(queue.heading).toHaveText(sv.workQueue.heading)
    for (const kind of workQueueKinds) {
      await expect(queue.group(kind)).toBeVisible()
      await expect(queue.group(kind).getByRole('heading', { level: 2 })).toContainText(
        sv.workQueue.kinds[kind],
      )
    }
    await expect(new MainNav(page).home).toHaveAttribute('aria-current', 'page')
    await expectNoSeriousA11yViolations(page)
  })

  const register = new RegisterCustomerPage(page)
  const form = register.form

  await test.step('a save without the last name keeps everything typed and points at the field', async () => {
    await new MainNav(page).registerCustomer.click()
    await expect(register.root.getByRole('heading', { level: 1 })).toBeFocused()

    await form.firstName.fill(newcomer.firstName)
    await form.birthDate.fill(newcomer.birthDate)
    await form.municipalityOption('jakobstad').label.click()
    await form.jobSeekerOption('not').label.click()
    await form.categoryOption('international-protection').label.click()
    await form.chooseLanguage(0, arabic)
    // Enter in a text field submits the form, as in any form.
    await form.firstName.press('Enter')

    await expect(form.errorSummary).toBeFocused()
    const required = sv.forms.messages.required
    await expect(form.errorSummary).toContainText(text(sv.forms.failure.invalidCount, { count: 1 }))
    await expect(form.errorSummary.getByRole('link')).toHaveText(
      `${sv.customers.fields.lastName}: ${required}`,
    )
    // The error sits with the field and is read out with it.
    await expect(form.lastName).toHaveAttribute('aria-invalid', 'true')
    await expect(form.lastName).toHaveAccessibleDescription(required)
    await expect(form.field('lastName')).toContainText(required)
    await expect(form.field('firstName')).not.toContainText(required)

    await expect(form.firstName).toHaveValue(newcomer.firstName)
    await expect(form.birthDate).toHaveValue(newcomer.birthDate)
    await expect(form.municipalityOption('jakobstad').input).toBeChecked()
    await expect(form.jobSeekerOption('not').input).toBeChecked()
    await expect(form.categoryOption('international-protection').input).toBeChecked()
    await expect(form.language(0)).toContainText(arabic)
    // The registration form, with its error summary and field errors showing.
    await expectNoSeriousA11yViolations(page)
  })

  await test.step('from the summary to the field by keyboard, then save', async () => {
    await page.keyboard.press('Tab')
    await expect(form.errorSummary.getByRole('link')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(form.lastName).toBeFocused()
    await page.keyboard.type(newcomer.lastName)
    await expect(form.lastName).not.toHaveAttribute('aria-invalid', 'true')
    await page.keyboard.press('Enter')

    await expect(customerPage.registeredNotice).toHaveText(sv.customers.page.registered)
    await expect(customerPage.name).toHaveText(`${newcomer.firstName} ${newcomer.lastName}`)
    for (const shown of [
      municipalities.jakobstad.name.sv,
      jobSeekerStatusLabels.not.sv,
      customerCategories['international-protection'].sv,
      text(sv.customers.details.nativeLanguage, { language: arabic }),
    ]) {
      await expect(customerPage.details).toContainText(shown)
    }
    await expectNoSeriousA11yViolations(page)
  })

  await test.step('a standard assessment completed a hundred days ago', async () => {
    const assessment = customerPage.assessmentForm
    await assessment.openWithKeyboard()
    await expectNoSeriousA11yViolations(page)
    await assessment.choice('assessment-kind', 'standard').label.click()
    await assessment.root.getByTestId('assessment-completed-on').fill(assessedOn.toString())
    await assessment.submit.click()

    await expect(assessment.status).toHaveText(sv.assessments.form.saved)
    await expect(assessment.root).toBeHidden()
    await expect(customerPage.assessments.getByTestId('assessment-item')).toContainText(
      text(sv.assessments.item, {
        kind: sv.assessments.kinds.standard,
        date: svDate(assessedOn),
      }),
    )
  })

  // Programme L190: a plan is in force for at most two years and is
  // reviewed at least every six months; month arithmetic clamps to the
  // month's last day (31 August + 6 months = the end of February).
  const validUntil = planStart.plusYears(2)
  const firstReviewDue = planStart.plusMonths(6)

  await test.step('a plan that started three months ago', async () => {
    const plan = customerPage.planForm
    await plan.openWithKeyboard()
    await expect(plan.root.getByTestId('plan-starts-on')).toHaveValue(today.toString())
    await plan.root.getByTestId('plan-starts-on').fill(planStart.toString())
    await expect(plan.root.getByTestId('plan-valid-until')).toHaveValue(validUntil.toString())
    await plan.submit.click()

    await expect(planPage.createdNotice).toHaveText(sv.plans.page.created)
    await expect(page).toHaveURL(/\/app\/plans\/[0-9a-f-]{36}$/)
    await expect(planPage.validUntil).toHaveText(svDate(validUntil))
    await expect(planPage.nextReviewDue).toHaveAttribute('datetime', firstReviewDue.toString())
    await expect(planPage.nextReviewDue).toHaveText(svDate(firstReviewDue))
    await expectNoSeriousA11yViolations(page)
  })

  await test.step('a review today sets the next review six months after it', async () => {
    const review = planPage.reviewForm
    await review.openWithKeyboard()
    await expect(review.root.getByTestId('review-reviewed-on')).toHaveValue(today.toString())
    await expect(review.choice('review-reason', 'scheduled').input).toBeChecked()
    await review.submit.click()

    await expect(review.status).toHaveText(sv.plans.reviews.saved)
    // The list shows the review once the plan has been read back.
    await expect(planPage.reviewItems).toHaveText([
      text(sv.plans.reviews.item, {
        date: svDate(today),
        reason: sv.plans.reviewReasons.scheduled,
      }),
    ])
    // Six months after the review, no longer six months after the start.
    expect(today.plusMonths(6).equals(firstReviewDue)).toBe(false)
    await expect(planPage.nextReviewDue).toHaveAttribute('datetime', today.plusMonths(6).toString())
  })

  await test.step('a civic-orientation participation from today', async () => {
    await planPage.customerLink.click()
    const participation = customerPage.participationForm
    await participation.openWithKeyboard()
    await participation.choice('participation-service', 'civic-orientation').label.click()
    await expect(participation.root.getByTestId('participation-started-on')).toHaveValue(
      today.toString(),
    )
    await participation.submit.click()

    await expect(participation.status).toHaveText(sv.participations.form.saved)
    await expect(customerPage.participations.getByTestId('participation-item')).toContainText(
      `${sv.participations.services['civic-orientation']}: ${text(sv.participations.ongoing, { from: svDate(today) })}`,
    )
  })

  const reached = text(sv.languageTests.reached, { target: 'B1.1' })
  const lowest = text(sv.languageTests.lowest, { level: 'B1.1' })

  await test.step('a final Swedish test whose lowest skill is B1.1 reaches B1.1', async () => {
    const languageTest = customerPage.languageTestForm
    await languageTest.openWithKeyboard()
    await expect(languageTest.choice('language-test-language', 'sv').input).toBeChecked()
    await customerPage.chooseTestLevel('reading', 'B2.1')
    await customerPage.chooseTestLevel('writing', 'B1.1')
    await customerPage.chooseTestLevel('listening', 'B1.2')
    await customerPage.chooseTestLevel('speaking', 'B1.2')
    // The form previews the outcome before saving.
    await expect(languageTest.root.getByTestId('language-test-lowest')).toHaveText(lowest)
    await languageTest.submit.click()

    await expect(languageTest.status).toHaveText(sv.languageTests.form.saved)
    const saved = customerPage.languageTests.getByTestId('language-test-item')
    await expect(saved.getByTestId('language-test-lowest')).toHaveText(lowest)
    await expect(saved.getByTestId('language-test-reached')).toHaveText(reached)
  })

  await test.step('the timeline lists every event in the order it happened', async () => {
    await expect
      .poll(() => customerPage.timelineKinds())
      .toEqual([
        'assessment', // a hundred days ago
        'plan', // ninety days ago
        'registered',
        'review',
        'participation-started',
        'language-test',
      ])
    await expect(customerPage.timeline.getByTestId('timeline-language-test')).toContainText(reached)
    await expect(customerPage.timeline.getByTestId('timeline-plan')).toContainText(
      svDate(validUntil),
    )
  })

  await test.step('the printable plan gives the obligations in Arabic, right to left', async () => {
    await customerPage.plans.getByTestId('plan-item').getByRole('link').click()
    await planPage.printLink.click()

    const printed = new PlanPrintPage(page)
    await expect(printed.printablePlan).toHaveAttribute('lang', 'sv')
    await expect(printed.printablePlan.getByRole('heading', { level: 1 })).toContainText(
      `${newcomer.firstName} ${newcomer.lastName}`,
    )
    await expect(printed.obligations).toHaveAttribute('lang', 'ar')
    await expect(printed.obligations).toHaveAttribute('dir', 'rtl')
    await expect(printed.obligations.getByRole('heading', { level: 2 })).toHaveText(
      obligationCatalogues.ar.messages.title,
    )
    await expect(printed.obligationsInPlanLanguage).toHaveAttribute('lang', 'sv')
    await expect(printed.print).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })
})

test.describe('customer search', () => {
  test('finds the demo customers by name and opens one', async ({ page }) => {
    await signInAt(page, counsellor)
    await new MainNav(page).customers.click()
    const search = new CustomerSearchPage(page)

    await search.search('Demo-')

    // The demo customers the counsellor's Integration Unit serves, in name order.
    const served = demoCustomers
      .filter((c) => c.organisations.includes(counsellor.org))
      .sort((a, b) => a.lastName.localeCompare(b.lastName, 'sv'))
    expect(served.length).toBeGreaterThan(0)
    await expect(search.names()).toHaveText(served.map((c) => `${c.lastName}, ${c.firstName}`))
    await expect(search.count).toHaveText(text(sv.customers.search.count, { count: served.length }))
    // Fewer than a page (25): no "more".
    await expect(search.more).toHaveCount(0)

    const first = served[0]!
    await search.names().first().getByRole('link').click()
    const customerPage = new CustomerPage(page)
    await expect(customerPage.name).toHaveText(`${first.firstName} ${first.lastName}`)
    await expect(customerPage.timeline).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })

  test('pages through more than 25 results with "more"', async ({ page }) => {
    await signInAt(page, counsellor)
    const lastName = `E2E-Sida-${uniqueSuffix()}`
    const firstNames = Array.from(
      { length: 26 },
      (_, i) => `Kund ${String(i + 1).padStart(2, '0')}`,
    )
    for (const firstName of firstNames) {
      await Fixture.customer(page.request).with({ firstName, lastName }).save()
    }
    await new MainNav(page).customers.click()
    const search = new CustomerSearchPage(page)

    await search.search(lastName)

    await expect(search.names()).toHaveCount(25)
    await expect(search.count).toHaveText(text(sv.customers.search.countMore, { count: 25 }))
    await search.more.focus()
    await page.keyboard.press('Enter')

    await expect(search.names()).toHaveText(firstNames.map((first) => `${lastName}, ${first}`))
    await expect(search.count).toHaveText(text(sv.customers.search.count, { count: 26 }))
    await expect(search.more).toHaveCount(0)
  })
})

test('front-desk staff see no customer records, and the API refuses them', async ({ page }) => {
  await signInAt(page, frontDesk)
  const noAccess = text(sv.home.noCaseWork, { role: sv.roles['front-desk'] })

  await expect(page.getByTestId('no-case-work')).toHaveText(noAccess)
  await expect(new WorkQueue(page).root).toHaveCount(0)
  const nav = new MainNav(page)
  await expect(nav.home).toBeVisible()
  await expect(nav.customers).toHaveCount(0)
  await expect(nav.registerCustomer).toHaveCount(0)

  // The app does not even ask the API: it says why there is nothing here.
  for (const path of ['/app/customers', '/app/customers/new']) {
    await page.goto(path)
    const noCaseWorkPage = page.getByTestId('no-case-work-page')
    await expect(noCaseWorkPage.getByRole('heading', { level: 1 })).toHaveText(sv.load.forbidden)
    await expect(noCaseWorkPage).toContainText(noAccess)
    await expect(new CustomerSearchPage(page).input).toHaveCount(0)
    await expect(new CustomerSearchPage(page).results).toHaveCount(0)
  }
  await expectNoSeriousA11yViolations(page)

  for (const path of ['/api/v1/customers', '/api/v1/customers?q=Demo-', '/api/v1/work-queue']) {
    const response = await page.request.get(path)
    expect(response.status(), `GET ${path}`).toBe(403)
  }
})

test('an edit saved over someone else’s keeps the typed text and saves after loading the latest', async ({
  page,
  browser,
}) => {
  await signInAt(page, counsellor)
  const saved = await Fixture.customer(page.request)
    .with({ firstName: 'Konflikt', lastName: `E2E-Konflikt-${uniqueSuffix()}` })
    .save()
  const first = await new CustomerPage(page).goto(saved.id)

  // The same counsellor in a second browser, signed in separately.
  const secondContext = await browser.newContext()
  try {
    const secondTab = await secondContext.newPage()
    const secondProblems = await PageProblems.watch(secondTab)
    secondProblems.expectFailure({ method: 'GET', path: '/api/v1/session', status: 401 })
    // The stale save: the version it was based on is no longer the latest.
    secondProblems.expectFailure({
      method: 'PATCH',
      path: `/api/v1/customers/${saved.id}`,
      status: 409,
    })
    await signInAt(secondTab, counsellor, `/app/customers/${saved.id}`)
    const second = new CustomerPage(secondTab)
    await expect(second.details).toBeVisible()

    await first.editForm.openWithKeyboard()
    await second.editForm.openWithKeyboard()
    const phone = '+358 40 111 2233'
    const address = 'Storgatan 5, 68600 Jakobstad'

    await first.editFields().phone.fill(phone)
    await first.editForm.submit.click()
    await expect(first.editForm.status).toHaveText(sv.customers.edit.saved)
    await expect(first.details).toContainText(phone)

    const secondForm = second.editFields()
    await secondForm.address.fill(address)
    await second.editForm.submit.click()

    await expect(second.editForm.errorSummary).toBeFocused()
    await expect(second.editForm.errorSummary).toContainText(sv.forms.failure.conflict)
    await expect(secondForm.address).toHaveValue(address)
    await expect(secondForm.phone).toHaveValue('')

    await second.editForm.loadLatest.click()

    await expect(second.editForm.reloadedNotice).toBeFocused()
    await expect(second.editForm.reloadedNotice).toContainText(sv.forms.conflict.reloaded)
    // Different fields: nothing both changed.
    await expect(second.editForm.reloadedNotice).not.toContainText(sv.forms.conflict.bothChanged)
    await expect(secondForm.address).toHaveValue(address)
    await expect(secondForm.phone).toHaveValue(phone)

    await second.editForm.submit.click()
    await expect(second.editForm.status).toHaveText(sv.customers.edit.saved)
    await expect(second.details).toContainText(phone)
    await expect(second.details).toContainText(address)
    secondProblems.expectNone()
  } finally {
    await secondContext.close()
  }
})
