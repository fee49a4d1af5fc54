import type { Browser } from '@playwright/test'
import { formatMessage } from '../src/shared/i18n/i18n.js'
import { staffCatalogues } from '../src/shared/i18n/staff/index.js'
import { expectNoSeriousA11yViolations } from './axe.js'
import { uniqueSuffix } from './fixtures/customers.js'
import { demoStaff } from './fixtures/demo-staff.js'
import { PageProblems } from './fixtures/page-problems.js'
import { expect, test } from './fixtures/test.js'
import { signInAt } from './pages/casework.js'
import { DirectoryEntryPage, DirectoryListPage, GuideDirectoryPage } from './pages/directory.js'

// The directory's administration (/app/directory) and what the public guide
// shows of it (/sv/directory), in Swedish and in Helsinki time. Each test
// edits its own seeded entry (migrations/0004_directory_programme_list.sql),
// so the tests can run in parallel with each other and with the guide's.

const admin = demoStaff('admin@demo.porten.test')
const counsellor = demoStaff('counselor@demo.porten.test')

const sv = staffCatalogues.sv.messages
const d = sv.directory
const text = (message: string, values?: Record<string, string | number>) =>
  formatMessage(message, 'sv', values)

test.use({ locale: 'sv-FI', timezoneId: 'Europe/Helsinki' })

test.beforeEach(({ problems }) => {
  // Signed out, the app asks for the session and is told 401 (see staff.spec.ts).
  problems.expectFailure({ method: 'GET', path: '/api/v1/session', status: 401 })
})

test('the administrator updates an educator and the guide shows the new details', async ({
  page,
}) => {
  test.setTimeout(60_000)
  const suffix = uniqueSuffix()
  const description = `Testkurser i påhittad svenska för E2E-${suffix}.`
  const website = `https://example.org/porten-e2e-${suffix}`
  const list = new DirectoryListPage(page)
  const entry = new DirectoryEntryPage(page)
  let rowsBefore = 0

  await test.step('the administrator opens the directory and filters it by kind', async () => {
    await signInAt(page, admin)
    await page.getByTestId('nav-directory').click()
    await expect(list.root.getByRole('heading', { level: 1 })).toHaveText(d.list.heading)
    await expect(list.rows.first()).toBeVisible()
    await expectNoSeriousA11yViolations(page)

    await list.filterByKind('educator')
    await expect(list.entryLink('Optima samkommun')).toBeVisible()
    // Only educators are left: every row's kind is "Utbildare", and no other kind's entry shows.
    await expect(list.rows.filter({ hasNotText: d.kinds.educator })).toHaveCount(0)
    await expect(list.entryLink('Concordia')).toHaveCount(0)
    await expect(list.count).toHaveText(text(d.list.count, { count: await list.rows.count() }))
  })

  await test.step('a new description, Monday hours and a website are saved', async () => {
    await list.entryLink('Optima samkommun').click()
    await expect(entry.name).toHaveText('Optima samkommun')
    // The seeded text on a fresh server; whatever was saved before on a reused one.
    await expect(entry.descriptionSv).not.toHaveValue('')
    await expect(entry.descriptionSv).not.toHaveValue(description)
    rowsBefore = await entry.regularRows.count()

    await entry.descriptionSv.fill(description)
    await entry.addRegular.click()
    await expect(entry.regularRows).toHaveCount(rowsBefore + 1)
    const row = entry.regularRow(rowsBefore)
    await row.chooseDays([1])
    await row.opens.fill('09:00')
    await row.closes.fill('15:00')
    await entry.website.fill(website)
    await entry.save.click()

    await expect(entry.statusMessage).toHaveText(d.form.saved)
    await expect(entry.errorSummary).toHaveCount(0)
  })

  await test.step('the entry page shows what was saved and the change in its history', async () => {
    // The latest change comes first, by the administrator, naming the changed fields.
    const latest = entry.historyItems.first()
    await expect(latest).toContainText(d.history.changes.update)
    await expect(latest).toContainText(text(d.history.by, { name: admin.name }))
    for (const field of [d.fields.description, d.fields.website, d.hours.legend]) {
      await expect(latest).toContainText(field)
    }

    // After a reload the form shows the saved values.
    await page.reload()
    await expect(entry.descriptionSv).toHaveValue(description)
    await expect(entry.website).toHaveValue(website)
    await expect(entry.regularRows).toHaveCount(rowsBefore + 1)
    const row = entry.regularRow(rowsBefore)
    await expect(row.day(1).input).toBeChecked()
    for (const day of [2, 3, 4, 5, 6, 7]) {
      await expect(row.day(day).input).not.toBeChecked()
    }
    await expect(row.opens).toHaveValue('09:00')
    await expect(row.closes).toHaveValue('15:00')
    await expect(entry.historyItems.first()).toContainText(d.history.changes.update)
    await expectNoSeriousA11yViolations(page)
  })

  await test.step('the public guide shows the description, the hours and the website', async () => {
    const guide = await new GuideDirectoryPage(page).open('sv')
    const optima = guide.entry('optima')
    await expect(optima).toContainText(description)
    // The guide writes the weekday in lower case and a dash between the times.
    await expect(optima.getByRole('listitem')).toContainText(['måndag 09:00–15:00'])
    const link = optima.getByRole('link', { name: `example.org/porten-e2e-${suffix}` })
    await expect(link).toHaveAttribute('href', website)
  })
})

test('an http website or a closing time before the opening time is refused beside the field and not saved', async ({
  page,
}) => {
  const suffix = uniqueSuffix()
  const entry = new DirectoryEntryPage(page)
  // The form checks with the server's own schema, so nothing is even sent.
  const saves: string[] = []
  page.on('request', (request) => {
    if (
      request.method() !== 'GET' &&
      new URL(request.url()).pathname.startsWith('/api/v1/directory')
    )
      saves.push(`${request.method()} ${request.url()}`)
  })

  await test.step('a website starting with http:// is refused', async () => {
    await signInAt(page, admin)
    await entry.open('yrkesakademin')
    await expect(entry.name).toHaveText('Yrkesakademin')
    const historyBefore = await entry.historyItems.count()

    await entry.website.fill(`http://example.org/porten-e2e-${suffix}`)
    await entry.save.click()

    await expect(entry.errorSummary).toBeFocused()
    await expect(entry.website).toHaveAttribute('aria-invalid', 'true')
    await expect(entry.field('website')).toContainText(d.messages.https)
    await expect(entry.errorSummary).toContainText(d.messages.https)
    await expect(entry.statusMessage).toHaveText('')

    await page.reload()
    await expect(entry.website).toHaveValue('')
    await expect(entry.historyItems).toHaveCount(historyBefore)
  })

  await test.step('a closing time before the opening time is refused', async () => {
    const historyBefore = await entry.historyItems.count()
    await entry.addRegular.click()
    const row = entry.regularRow(0)
    await row.opens.fill('15:00')
    await row.closes.fill('09:00')
    await entry.save.click()

    await expect(entry.errorSummary).toBeFocused()
    await expect(row.closes).toHaveAttribute('aria-invalid', 'true')
    await expect(entry.field('openingHours.regular.0.closes')).toContainText(
      d.messages.closesAfterOpens,
    )
    await expect(entry.field('openingHours.regular.0.opens')).not.toContainText(
      d.messages.closesAfterOpens,
    )
    await expect(entry.statusMessage).toHaveText('')

    await page.reload()
    await expect(entry.form).toBeVisible()
    await expect(entry.regularRows).toHaveCount(0)
    await expect(entry.historyItems).toHaveCount(historyBefore)
    await expect(entry.history).not.toContainText(d.history.changes.update)
    expect(saves).toEqual([])
  })
})

/**
 * The guide's directory in a new browser, as a visitor opens it. The page is
 * sent with `Cache-Control: public, max-age=60`, so the browser that loaded
 * it a moment ago would show its own copy again instead of asking the server.
 */
async function asVisitor(browser: Browser, check: (guide: GuideDirectoryPage) => Promise<void>) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'sv-FI',
    timezoneId: 'Europe/Helsinki',
  })
  try {
    const page = await context.newPage()
    const problems = await PageProblems.watch(page)
    await check(await new GuideDirectoryPage(page).open('sv'))
    problems.expectNone()
  } finally {
    await context.close()
  }
}

test('a retired entry leaves the guide and a restored one comes back', async ({
  page,
  browser,
}) => {
  const entry = new DirectoryEntryPage(page)
  const name = 'Kristliga Folkhögskolan (Kredu)'

  await test.step('the entry is in the guide to begin with', async () => {
    await asVisitor(browser, async (guide) => {
      await expect(guide.entry('kredu')).toContainText(name)
    })
  })

  await test.step('the administrator retires it and the guide no longer shows it', async () => {
    await signInAt(page, admin, '/app/directory/kredu')
    await expect(entry.name).toHaveText(name)
    await expect(entry.state).toHaveText(text(d.page.status, { status: d.statuses.current }))
    await entry.retire.click()
    await expect(entry.statusMessage).toHaveText(d.retire.retired)
    await expect(entry.state).toHaveText(text(d.page.status, { status: d.statuses.retired }))
    await expect(entry.historyItems.first()).toContainText(d.history.changes.retire)
    await expect(entry.restore).toBeVisible()

    await asVisitor(browser, async (guide) => {
      await expect(guide.entry('nykarleby-flyktingvanner')).toBeVisible()
      await expect(guide.entry('kredu')).toHaveCount(0)
      await expect(guide.page.getByText(name)).toHaveCount(0)
    })
  })

  await test.step('the administrator restores it and the guide shows it again', async () => {
    await entry.restore.click()
    await expect(entry.statusMessage).toHaveText(d.retire.restored)
    await expect(entry.state).toHaveText(text(d.page.status, { status: d.statuses.current }))
    await expect(entry.historyItems.first()).toContainText(d.history.changes.restore)
    await expect(entry.retire).toBeVisible()

    await asVisitor(browser, async (guide) => {
      await expect(guide.entry('kredu')).toContainText(name)
    })
  })
})

test('a counsellor cannot reach the directory administration', async ({ page }) => {
  await test.step('the app offers no link and shows no page for the directory', async () => {
    await signInAt(page, counsellor)
    await expect(page.getByTestId('nav-home')).toBeVisible()
    await expect(page.getByTestId('nav-directory')).toHaveCount(0)

    await page.goto('/app/directory')
    await expect(page.getByTestId('not-found')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sv.notFound.title)
    await expect(page.getByTestId('directory-list-page')).toHaveCount(0)

    await page.goto('/app/directory/optima')
    await expect(page.getByTestId('not-found')).toBeVisible()
    await expect(page.getByTestId('directory-entry-page')).toHaveCount(0)
  })

  await test.step('the API refuses the directory to the counsellor with 403', async () => {
    // With the page's session cookie, outside the page (so no console line to allow).
    for (const path of ['/api/v1/directory/entries', '/api/v1/directory/entries/optima']) {
      const response = await page.request.get(path)
      expect(response.status(), path).toBe(403)
    }
  })
})
