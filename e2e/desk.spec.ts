import type { Locator, Page } from '@playwright/test'
import { staffCatalogues } from '../src/shared/i18n/staff/index.js'
import { expectNoSeriousA11yViolations } from './axe.js'
import { demoStaff } from './fixtures/demo-staff.js'
import { expect, test } from './fixtures/test.js'
import { tabTo } from './keyboard.js'
import { SignInPage, StaffHomePage } from './pages/staff.js'

// The desk page (/app/desk): anonymous walk-in visits at the info points.
// Each test signs in as a different demo user, so the lists of "my visits
// today" do not mix while tests run in parallel against one server.

const sv = staffCatalogues.sv.messages.visits

/** The desk page through its data-qa attributes; choices are reached by their inputs. */
class DeskPage {
  readonly root: Locator
  readonly locationCurrent: Locator
  readonly submit: Locator
  readonly confirmation: Locator
  readonly todayList: Locator
  readonly items: Locator
  readonly todayStatus: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('visit-desk')
    this.locationCurrent = page.getByTestId('visit-location-current')
    this.submit = page.getByTestId('visit-submit')
    this.confirmation = page.getByTestId('visit-confirmation')
    this.todayList = page.getByTestId('visit-today-list')
    this.items = this.todayList.getByTestId('visit-item')
    this.todayStatus = page.getByTestId('visit-today-status')
  }

  location(id: string): Locator {
    return this.page.getByTestId(`visit-location-${id}`).locator('input')
  }

  language(id: string): Locator {
    return this.page.getByTestId(`visit-language-${id}`).locator('input')
  }

  topic(id: string): Locator {
    return this.page.getByTestId(`visit-topic-${id}`).locator('input')
  }

  referral(id: string): Locator {
    return this.page.getByTestId(`visit-referral-${id}`).locator('input')
  }

  /** Taps a choice's big button (its label; the input itself is visually hidden). */
  async tap(qa: string): Promise<void> {
    await this.page.getByTestId(qa).click()
  }
}

/** Counts the visits the page sends, to show each is one request. */
function countRecordings(page: Page): () => number {
  let count = 0
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/visits') {
      count += 1
    }
  })
  return () => count
}

test.beforeEach(({ problems }) => {
  problems.expectFailure({ method: 'GET', path: '/api/v1/session', status: 401 })
  // The directory's public list is another feature's route; until it answers,
  // the desk offers the authorities alone, and the 404 is expected.
  problems.expectFailure({ method: 'GET', path: '/api/v1/directory', status: 404 })
})

test('front-desk staff record a visit by keyboard alone in three interactions, then correct it', async ({
  page,
}) => {
  const recordings = countRecordings(page)
  await (await new SignInPage(page).open()).signInWithKeyboard(demoStaff('desk@demo.porten.test'))
  const home = new StaffHomePage(page)
  await expect(home.root).toBeVisible()

  // The start page leads front-desk staff to the desk.
  const deskLink = page.getByTestId('home-desk-link')
  await tabTo(page, deskLink)
  await page.keyboard.press('Enter')
  const desk = new DeskPage(page)
  await expect(desk.root).toBeVisible()
  await expect(page).toHaveTitle(`${sv.title} – Porten`)

  // First use on this device: the info point is asked once.
  await tabTo(page, desk.location('jakobstad'))
  await page.keyboard.press('Space')
  await expect(desk.location('jakobstad')).toBeChecked()

  // The visit: (1) the language, (2) a topic, (3) Enter records it.
  await tabTo(page, desk.language('sv'))
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(desk.topic('housing')).toBeFocused()
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')

  await expect(desk.confirmation).toContainText('Svenska; Boende')
  expect(recordings()).toBe(1)
  // Ready for the next visitor: the choices are cleared, focus is on the language again,
  // and the info point is remembered.
  await expect(desk.language('sv')).toBeFocused()
  await expect(desk.language('sv')).not.toBeChecked()
  await expect(desk.topic('housing')).not.toBeChecked()
  await expect(desk.locationCurrent).toContainText('Integrationsporten, Strengbergsgatan 1')
  await expect(desk.items).toHaveCount(1)
  await expect(desk.items.first()).toContainText('Svenska · Boende')

  // The next visitor, again three interactions: Finnish (an arrow), work, Enter.
  await page.keyboard.press('ArrowDown')
  await expect(desk.language('fi')).toBeChecked()
  await tabTo(page, desk.topic('work'), 3)
  await page.keyboard.press('Space')
  await page.keyboard.press('Enter')
  await expect(desk.confirmation).toContainText('Finska; Arbete')
  expect(recordings()).toBe(2)
  await expect(desk.items).toHaveCount(2)
  await expect(desk.todayList.getByRole('heading', { level: 2 })).toContainText('2 besök')

  // A referral and an earlier visitor's choices are kept apart: the form really was reset.
  await expect(desk.referral('kela')).not.toBeChecked()

  // Correct the latest visit: add a topic and a referral.
  const latest = desk.items.first()
  await tabTo(page, latest.getByTestId('visit-correct'), 40)
  await page.keyboard.press('Enter')
  const correction = latest.getByTestId('visit-correction')
  await expect(correction).toBeVisible()
  await expectNoSeriousA11yViolations(page)
  await tabTo(page, latest.getByTestId('visit-correction-topic-health').locator('input'), 20)
  await page.keyboard.press('Space')
  await tabTo(page, latest.getByTestId('visit-correction-referral-kela').locator('input'), 10)
  await page.keyboard.press('Space')
  await tabTo(page, latest.getByTestId('visit-correction-submit'), 15)
  await page.keyboard.press('Enter')

  await expect(correction).toBeHidden()
  await expect(latest).toContainText('Finska · Arbete och Hälsa · Hänvisad till FPA')
  await expect(desk.todayStatus).toContainText('är rättat')
  await expect(latest.getByTestId('visit-correct')).toBeFocused()
  await expect(desk.items).toHaveCount(2)
  await expectNoSeriousA11yViolations(page)

  // The device remembers its info point across visits to the page.
  await page.reload()
  await expect(desk.locationCurrent).toContainText('Integrationsporten, Strengbergsgatan 1')
  await expect(desk.location('jakobstad')).toHaveCount(0)
})

test('a mistaken visit is removed after a confirmation, and nothing is recorded without a topic', async ({
  page,
}) => {
  const recordings = countRecordings(page)
  await (await new SignInPage(page).open()).signIn(demoStaff('manager@demo.porten.test'))
  await expect(new StaffHomePage(page).root).toBeVisible()
  await page.getByTestId('nav-desk').click()
  const desk = new DeskPage(page)
  await expect(desk.root).toBeVisible()
  await expectNoSeriousA11yViolations(page)

  await desk.tap('visit-location-romporten')
  await desk.tap('visit-language-other')
  await page.getByTestId('visit-interpreter-language').click()
  await page.getByRole('option', { name: 'arabiska' }).click()

  // No topic: the form says so and sends nothing.
  await desk.submit.click()
  await expect(page.getByTestId('form-error-summary')).toContainText(sv.errors.topicRequired)
  expect(recordings()).toBe(0)
  await expectNoSeriousA11yViolations(page)

  await desk.tap('visit-topic-residence-permit')
  await desk.tap('visit-referral-migri')
  await desk.submit.click()
  await expect(desk.confirmation).toContainText('Annat språk, med tolk; Uppehållstillstånd')
  await expect(desk.items).toHaveCount(1)
  await expect(desk.items.first()).toContainText('tolkning till arabiska')
  await expect(desk.items.first()).toContainText('Hänvisad till Migrationsverket')

  await desk.items.first().getByTestId('visit-remove').click()
  await expect(desk.items.first()).toContainText(sv.today.confirmRemoveYes)
  await page.keyboard.press('Tab')
  await expect(desk.items.first().getByTestId('visit-remove-confirm')).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(desk.items).toHaveCount(0)
  await expect(desk.todayList).toContainText(sv.today.empty)
  await expect(desk.todayStatus).toContainText('är borttaget')
})
