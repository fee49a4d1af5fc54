import { expect, type Locator, type Page } from '@playwright/test'

// Page models for the reports pages (/app/reports, /app/reports/annual),
// through their data-qa attributes.

/** One breakdown: a chart (hidden from assistive technology) and a table. */
export class ReportBreakdown {
  readonly root: Locator
  readonly toggle: Locator
  readonly chart: Locator
  readonly table: Locator
  readonly rows: Locator

  constructor(page: Page, qa: string) {
    this.root = page.getByTestId(qa)
    this.toggle = page.getByTestId(`${qa}-toggle`)
    this.chart = page.getByTestId(`${qa}-chart`)
    this.table = page.getByTestId(`${qa}-table`)
    this.rows = this.table.locator('tbody tr')
  }

  row(key: string): Locator {
    return this.table.locator(`[data-qa$="-row-${key}"]`)
  }

  cell(key: string, column: string): Locator {
    return this.row(key).locator(`[data-qa$="-cell-${column}"]`)
  }
}

/** /app/reports: the period, the selection, the figures and the downloads. */
export class ReportsPage {
  readonly root: Locator
  readonly form: Locator
  readonly from: Locator
  readonly to: Locator
  readonly municipality: Locator
  readonly organisation: Locator
  readonly publication: Locator
  readonly show: Locator
  readonly status: Locator
  readonly errorSummary: Locator
  readonly results: Locator
  readonly legend: Locator
  readonly downloadCsv: Locator
  readonly downloadXlsx: Locator
  readonly annualLink: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('reports-page')
    this.form = page.getByTestId('report-filters')
    this.from = page.getByTestId('report-from')
    this.to = page.getByTestId('report-to')
    this.municipality = page.getByTestId('report-municipality')
    this.organisation = page.getByTestId('report-organisation')
    this.publication = page.getByTestId('report-publication').locator('input')
    this.show = page.getByTestId('report-show')
    this.status = page.getByTestId('report-status')
    this.errorSummary = page.getByTestId('report-error-summary')
    this.results = page.getByTestId('report-results')
    this.legend = page.getByTestId('report-legend')
    this.downloadCsv = page.getByTestId('report-download-csv')
    this.downloadXlsx = page.getByTestId('report-download-xlsx')
    this.annualLink = page.getByTestId('report-annual-link')
  }

  async open(query = ''): Promise<this> {
    await this.page.goto(`/app/reports${query}`)
    await expect(this.form).toBeVisible()
    return this
  }

  preset(id: 'this-year' | 'last-year' | 'last-quarter' | 'last-month'): Locator {
    return this.page.getByTestId(`report-preset-${id}`)
  }

  metric(id: string): Locator {
    return this.page.getByTestId(`report-metric-${id}`)
  }

  steering(id: string): Locator {
    return this.page.getByTestId(`report-steering-${id}`)
  }

  breakdown(dimension: 'month' | 'municipality' | 'organisation' | 'language'): ReportBreakdown {
    return new ReportBreakdown(this.page, `report-breakdown-${dimension}`)
  }

  visits(id: 'infoPoint' | 'topic' | 'language'): ReportBreakdown {
    return new ReportBreakdown(this.page, `report-visits-${id}`)
  }

  /** The error shown beside a field, by the API's name of the field. */
  fieldError(name: 'from' | 'to'): Locator {
    return this.page.getByTestId(`report-${name}-error`)
  }
}

/** /app/reports/annual: the printable annual report and its controls. */
export class AnnualReportPage {
  readonly root: Locator
  readonly controls: Locator
  readonly year: Locator
  readonly municipality: Locator
  readonly publication: Locator
  readonly print: Locator
  readonly report: Locator
  readonly heading: Locator
  readonly publicationNote: Locator

  constructor(readonly page: Page) {
    this.root = page.getByTestId('annual-report-page')
    this.controls = page.getByTestId('annual-controls')
    this.year = page.getByTestId('annual-year')
    this.municipality = page.getByTestId('annual-municipality')
    this.publication = page.getByTestId('annual-publication').locator('input')
    this.print = page.getByTestId('annual-print')
    this.report = page.getByTestId('annual-report')
    this.heading = this.report.getByRole('heading', { level: 1 })
    this.publicationNote = page.getByTestId('annual-publication-note')
  }

  /** The report's language: the radio's label (the input itself is visually hidden). */
  language(language: 'sv' | 'fi'): { label: Locator; input: Locator } {
    const label = this.page.getByTestId('annual-language').getByTestId(language)
    return { label, input: label.locator('input') }
  }

  part(number: number): Locator {
    return this.page.getByTestId(`annual-part-${number}`)
  }

  figure(id: string): Locator {
    return this.report.getByTestId(`annual-figure-${id}`).getByTestId('value')
  }
}
