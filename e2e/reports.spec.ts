import { readFile } from 'node:fs/promises'
import type { Download, Page } from '@playwright/test'
import readXlsxFile from 'read-excel-file/node'
import {
  type Count,
  type Figure,
  type FollowUpReport,
  followUpMetricIds,
  followUpReport,
  steeringFigureIds,
} from '../src/shared/api/reports.schemas.js'
import { formatMessage } from '../src/shared/i18n/i18n.js'
import { staffCatalogues } from '../src/shared/i18n/staff/index.js'
import { programmeParts } from '../src/shared/programme/definitions.js'
import { LocalDate } from '../src/shared/time/local-date.js'
import { expectNoSeriousA11yViolations } from './axe.js'
import { demoStaff } from './fixtures/demo-staff.js'
import { expect, test } from './fixtures/test.js'
import { tabTo } from './keyboard.js'
import { signInAt } from './pages/casework.js'
import { AnnualReportPage, ReportsPage } from './pages/reports.js'

// The reports pages (/app/reports, /app/reports/annual): every figure the
// page shows is the API's for the same query, the downloads carry the same
// values, and the annual report follows the programme's parts. Reports only
// read, so the tests can share the demo server's data.

const manager = demoStaff('manager@demo.porten.test')
const admin = demoStaff('admin@demo.porten.test')
const counsellor = demoStaff('counselor@demo.porten.test')

const sv = staffCatalogues.sv.messages
const fi = staffCatalogues.fi.messages
const text = (message: string, values?: Record<string, string | number>) =>
  formatMessage(message, 'sv', values)

// The server's "today" is the machine's, in Helsinki (as is the browser's).
const today = LocalDate.fromInstant(new Date())
const lastYear = today.year - 1
const followUpPath = '/api/v1/reports/follow-up'

/** A calendar date as the app writes it (web/src/format.ts): "1 jan. 2025", "1.1.2025". */
const date = (iso: string, language: string) => {
  const day = LocalDate.parse(iso)
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(day.year, day.month - 1, day.day)),
  )
}
const lastYearIn = (language: string) =>
  `${date(`${lastYear}-01-01`, language)}–${date(`${lastYear}-12-31`, language)}`

test.use({ locale: 'sv-FI', timezoneId: 'Europe/Helsinki' })

test.beforeEach(({ problems }) => {
  problems.expectFailure({ method: 'GET', path: '/api/v1/session', status: 401 })
})

/** The API's answer for a query, fetched with the page's session cookie. */
async function apiReport(page: Page, query: string): Promise<FollowUpReport> {
  const response = await page.request.get(`${followUpPath}?${query}`)
  expect(response.status()).toBe(200)
  return followUpReport.parse(await response.json())
}

/** A count as the Swedish page writes it ("1 234"; "<5" and "x" as they are). */
const count = (value: Count) =>
  typeof value === 'number' ? new Intl.NumberFormat('sv').format(value) : value

/** A steering figure as the Swedish page writes it; a dash (and words for screen readers) for none. */
function steeringText(id: string, value: Count | Figure): string {
  if (value === null) return `–${sv.reports.page.noValue}`
  if (typeof value !== 'number') return value
  if (id.startsWith('median-days')) return text(sv.reports.page.days, { days: value })
  if (id === 'under-25-education-share') {
    return new Intl.NumberFormat('sv', { style: 'percent', maximumFractionDigits: 0 }).format(value)
  }
  return count(value)
}

async function downloaded(download: Download): Promise<string> {
  const path = await download.path()
  expect(path).toBeTruthy()
  return path
}

test('a manager produces last year’s figures for a municipality, downloads them and prints the annual report', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const reports = new ReportsPage(page)
  const query = `from=${lastYear}-01-01&to=${lastYear}-12-31&municipality=jakobstad`
  let api: FollowUpReport | undefined

  await test.step('the manager opens the reports from the start page', async () => {
    await signInAt(page, manager)
    await expect(page.getByTestId('home-reports-link')).toBeVisible()
    await page.getByTestId('nav-reports').click()
    await expect(reports.root.getByRole('heading', { level: 1 })).toHaveText(
      sv.reports.page.heading,
    )
    await expect(page).toHaveTitle(`${sv.reports.page.title} – Porten`)
    // This year so far, written into the address so the view can be bookmarked.
    await expect(page).toHaveURL(
      new RegExp(`[?&]from=${today.year}-01-01&to=${today.toString()}(&|$)`),
    )
    await expect(reports.status).toHaveText(/^Talen för /)
    // The demo's customers are placed within the last year: this year has figures.
    const thisYear = await apiReport(page, `from=${today.year}-01-01&to=${today.toString()}`)
    expect(thisYear.metrics['registered-integration-customers']).toBeGreaterThan(0)
    for (const id of followUpMetricIds) {
      await expect(reports.metric(id), id).toHaveText(count(thisYear.metrics[id]))
    }
    await expectNoSeriousA11yViolations(page)
  })

  await test.step('last year for Jakobstad: every figure is the API’s', async () => {
    await reports.preset('last-year').click()
    await expect(page).toHaveURL(new RegExp(`from=${lastYear}-01-01&to=${lastYear}-12-31`))
    await reports.municipality.selectOption('jakobstad')
    await reports.show.click()
    await expect(page).toHaveURL(new RegExp(`\\?${query}$`))
    await expect(reports.status).toHaveText(
      text(sv.reports.page.shown, {
        period: lastYearIn('sv'),
        selection: text(sv.reports.page.selectionMunicipality, { name: 'Jakobstad' }),
      }),
    )

    api = await apiReport(page, query)
    expect(api.municipality).toBe('jakobstad')
    for (const id of followUpMetricIds) {
      await expect(reports.metric(id), id).toHaveText(count(api.metrics[id]))
    }
    for (const id of steeringFigureIds) {
      await expect(reports.steering(id), id).toHaveText(steeringText(id, api.steering[id]))
    }
    // Internal figures: the page says so, and no legend of hidden counts.
    await expect(page.getByTestId('report-publication-note')).toHaveText(
      sv.reports.page.publicationOff,
    )
  })

  await test.step('a breakdown shows as a chart, and as a table on request', async () => {
    const months = reports.breakdown('month')
    await expect(months.chart).toBeVisible()
    await expect(months.chart).toHaveAttribute('aria-hidden', 'true')
    // Every month of the year, with every metric as the API gives it.
    expect(api?.breakdowns.month).toHaveLength(12)
    for (const row of api?.breakdowns.month ?? []) {
      for (const id of followUpMetricIds) {
        await expect(months.cell(row.key, id)).toHaveText(count(row.metrics[id]))
      }
    }
    await expect(months.row(`${lastYear}-01`).locator('th')).toHaveText(`januari ${lastYear}`)

    await expect(months.toggle).toHaveText(sv.reports.page.showTable)
    await months.toggle.click()
    await expect(months.chart).toHaveCount(0)
    await expect(months.toggle).toHaveText(sv.reports.page.showChart)
    await expect(months.table.locator('caption')).toHaveText(
      text(sv.reports.page.tableCaption, {
        title: sv.reports.sheets.month,
        period: lastYearIn('sv'),
      }),
    )
    await expect(months.table.getByRole('columnheader')).toHaveCount(1 + followUpMetricIds.length)
    await expect(months.rows).toHaveCount(12)
    await expect(months.toggle).toBeFocused()
    await expectNoSeriousA11yViolations(page)
    await months.toggle.click()
    await expect(months.chart).toBeVisible()

    const municipalities = reports.breakdown('municipality')
    await expect(municipalities.rows).toHaveCount(api?.breakdowns.municipality.length ?? -1)
    for (const row of api?.visits.topic ?? []) {
      await expect(reports.visits('topic').cell(row.key, 'count')).toHaveText(count(row.count))
    }
  })

  await test.step('the CSV and the XLSX carry the same figures', async () => {
    if (!api) throw new Error('no API answer')
    await expect(reports.downloadCsv).toHaveAttribute('href', `${followUpPath}?${query}&format=csv`)
    const [csv] = await Promise.all([page.waitForEvent('download'), reports.downloadCsv.click()])
    expect(csv.suggestedFilename()).toBe(`porten-follow-up-${lastYear}-01-01-${lastYear}-12-31.csv`)
    const lines = (await readFile(await downloaded(csv), 'utf8')).split('\r\n')
    for (const id of followUpMetricIds) {
      expect(lines).toContain(`metrics,total,,${id},${api.metrics[id]}`)
    }

    await expect(reports.downloadXlsx).toHaveAttribute(
      'href',
      `${followUpPath}?${query}&format=xlsx&lang=sv`,
    )
    const [xlsx] = await Promise.all([page.waitForEvent('download'), reports.downloadXlsx.click()])
    const sheets = await readXlsxFile(await downloaded(xlsx))
    const summary = sheets[0]
    expect(summary?.sheet).toBe(sv.reports.sheets.summary)
    for (const id of followUpMetricIds) {
      const row = summary?.data.find((cells) => cells[0] === sv.reports.metrics[id].label)
      expect(row?.[1], id).toEqual(api.metrics[id])
    }
  })

  await test.step('the annual report in Finnish follows the programme’s parts', async () => {
    await reports.annualLink.click()
    const annual = new AnnualReportPage(page)
    await expect(annual.report).toBeVisible()
    await expect(page).toHaveTitle(`${sv.reports.annual.title} – Porten`)
    // Last year, the whole region, for publication: it is meant to be published.
    await expect(annual.year).toHaveValue(String(lastYear))
    await expect(annual.publication).toBeChecked()
    await expect(annual.report).toHaveAttribute('lang', 'sv')
    await expect(annual.part(1).getByRole('heading', { level: 2 })).toHaveText(
      `Del 1. ${programmeParts.assessment.sourceTitle}`,
    )

    await annual.language('fi').label.click()
    await expect(annual.language('fi').input).toBeChecked()
    await expect(page).toHaveURL(/[?&]lang=fi(&|$)/)
    await expect(annual.report).toHaveAttribute('lang', 'fi')
    await expect(annual.heading).toHaveText(text(fi.reports.annual.heading, { year: lastYear }))
    const parts = Object.values(programmeParts)
    for (const part of parts) {
      await expect(annual.part(part.number).getByRole('heading', { level: 2 })).toHaveText(
        `Osa ${part.number}. ${fi.reports.annual.parts[part.id]}`,
      )
      await expect(annual.part(part.number).getByRole('heading', { level: 3 }).first()).toHaveText(
        fi.reports.annual.followUp,
      )
    }
    await expect(annual.part(5)).toContainText(fi.reports.annual.otherServicesFollowUp)
    await expect(annual.publicationNote).toContainText(fi.reports.annual.publicationNote)
    await expect(annual.publicationNote).toContainText(fi.reports.legend.small)
    await expect(page.getByTestId('annual-selection')).toHaveText(fi.reports.page.wholeRegion)

    // The figures are the API's for the year, the whole region, for publication.
    const published = await apiReport(
      page,
      `from=${lastYear}-01-01&to=${lastYear}-12-31&publication=true`,
    )
    expect(published.publication).toBe(true)
    for (const id of followUpMetricIds) {
      const expected = published.metrics[id]
      await expect(annual.figure(id), id).toHaveText(
        typeof expected === 'number' ? new Intl.NumberFormat('fi').format(expected) : expected,
      )
    }
    await expectNoSeriousA11yViolations(page)
  })

  await test.step('printing leaves the report alone on the page', async () => {
    const annual = new AnnualReportPage(page)
    // window.print() would open the browser's dialog: the test only sees that it is called.
    await page.evaluate(() => {
      const win = globalThis as unknown as { print: () => void; printed?: number }
      win.printed = 0
      win.print = () => {
        win.printed = (win.printed ?? 0) + 1
      }
    })
    await annual.print.click()
    expect(await page.evaluate(() => (globalThis as { printed?: number }).printed)).toBe(1)

    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('navigation')).toBeHidden()
    await expect(page.getByRole('banner')).toBeHidden()
    await expect(annual.controls).toBeHidden()
    await expect(annual.report).toBeVisible()
    await expect(annual.heading).toBeVisible()
    await expect(page.getByTestId('annual-period')).toHaveText(lastYearIn('fi'))
    await expect(page.getByTestId('annual-produced')).toHaveText(date(today.toString(), 'fi'))
    await expect(annual.publicationNote).toBeVisible()
    await page.emulateMedia({ media: 'screen' })
    await expect(annual.controls).toBeVisible()
  })
})

test('the API’s objection to the period shows beside the field, reached by keyboard', async ({
  page,
  problems,
}) => {
  problems.expectFailure({ method: 'GET', path: followUpPath, status: 400 })
  const reports = new ReportsPage(page)
  await signInAt(page, admin, '/app/reports')
  await expect(reports.status).toHaveText(/^Talen för /)

  // An end before the start: the API says which field is wrong.
  await reports.from.fill(`${today.year}-06-01`)
  await reports.to.fill(`${today.year}-05-01`)
  await reports.show.click()
  await expect(reports.errorSummary).toBeVisible()
  await expect(reports.errorSummary).toBeFocused()
  await expect(reports.fieldError('to')).toHaveText(sv.reports.page.toBeforeFrom)
  await expect(reports.to).toHaveAttribute('aria-invalid', 'true')
  await expect(reports.results).toHaveCount(0)
  await expectNoSeriousA11yViolations(page)

  // The summary's link leads to the field.
  await reports.errorSummary.getByRole('link').click()
  await expect(reports.to).toBeFocused()

  // A preset, by keyboard, gives a valid period again; Back returns to the wrong one.
  await tabTo(page, reports.preset('last-month'), 20)
  await page.keyboard.press('Enter')
  await expect(reports.errorSummary).toHaveCount(0)
  await expect(reports.results).toBeVisible()
  await expect(reports.status).toHaveText(/^Talen för /)
  await page.goBack()
  await expect(reports.to).toHaveValue(`${today.year}-05-01`)
  await expect(reports.fieldError('to')).toHaveText(sv.reports.page.toBeforeFrom)
})

test('for publication, small counts are hidden and the legend explains them', async ({ page }) => {
  const reports = new ReportsPage(page)
  const query = `from=${today.year}-01-01&to=${today.toString()}&publication=true`
  await signInAt(page, admin, `/app/reports?${query}`)
  await expect(reports.publication).toBeChecked()
  await expect(reports.legend).toContainText(sv.reports.legend.small)
  await expect(reports.legend).toContainText(sv.reports.legend.complement)
  const api = await apiReport(page, query)
  expect(api.publication).toBe(true)
  for (const id of followUpMetricIds) {
    await expect(reports.metric(id), id).toHaveText(count(api.metrics[id]))
    // Never a count from 1 to 4 in publication mode.
    expect([1, 2, 3, 4]).not.toContain(api.metrics[id])
  }
  await expect(reports.downloadXlsx).toHaveAttribute('href', /publication=true/)
})

test('a counsellor has no reports link, and the reports address says it is not allowed', async ({
  page,
}) => {
  await signInAt(page, counsellor)
  await expect(page.getByTestId('nav-customers')).toBeVisible()
  await expect(page.getByTestId('nav-reports')).toHaveCount(0)
  await expect(page.getByTestId('home-reports')).toHaveCount(0)

  await page.goto('/app/reports')
  const notAllowed = page.getByTestId('no-reports-page')
  await expect(notAllowed.getByRole('heading', { level: 1 })).toHaveText(
    sv.reports.notAllowed.title,
  )
  await expect(notAllowed).toContainText(
    text(sv.reports.notAllowed.body, { role: sv.roles.counselor }),
  )
  // The API says the same.
  const response = await page.request.get(`${followUpPath}?from=2025-01-01&to=2025-12-31`)
  expect(response.status()).toBe(403)
})
