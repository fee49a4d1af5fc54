import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/node'
import {
  type BreakdownRow,
  type Count,
  type CountRow,
  type Figure,
  type FollowUpReport,
  followUpMetricIds,
  steeringFigureIds,
} from '../shared/api/reports.schemas.js'
import { formatMessage } from '../shared/i18n/i18n.js'
import { staffCatalogues } from '../shared/i18n/staff/index.js'
import { organisations } from '../shared/organisations.js'
import { infoPoints, municipalities } from '../shared/programme/definitions.js'

// The follow-up report as files (issue 6): CSV in long ("tidy") form with ids
// for machines and spreadsheets, and XLSX with labelled sheets for people.
// Both carry exactly the report's values, suppression marks included.

export type ReportLanguage = keyof typeof staffCatalogues

export const csvContentType = 'text/csv; charset=utf-8'
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** porten-follow-up-2026-01-01-2026-12-31[-publication].csv */
export function exportFileName(report: FollowUpReport, extension: 'csv' | 'xlsx'): string {
  const publication = report.publication ? '-publication' : ''
  return `porten-follow-up-${report.from}-${report.to}${publication}.${extension}`
}

// ---------------------------------------------------------------------------
// CSV (RFC 4180)

export const csvHeader = ['section', 'breakdown', 'key', 'figure', 'value'] as const

const plainNumber = /^-?\d+(\.\d+)?(e-?\d+)?$/

/**
 * One field: quoted when it holds a comma, quote or line break; a text that
 * a spreadsheet would run as a formula (= + - @, tab, carriage return) gets a
 * leading apostrophe. Plain numbers, negative ones too, are left alone.
 */
export function csvField(text: string): string {
  const guarded = /^[=+\-@\t\r]/.test(text) && !plainNumber.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded
}

const csvValue = (value: Count | Figure): string => (value === null ? '' : String(value))

/** The report as CSV: UTF-8 with a byte-order mark (so Excel reads ä and ö), CRLF line ends. */
export function followUpCsv(report: FollowUpReport): string {
  const lines: string[][] = [[...csvHeader]]
  const add = (section: string, breakdown: string, key: string, figure: string, value: string) =>
    lines.push([section, breakdown, key, figure, value])
  for (const id of followUpMetricIds) add('metrics', 'total', '', id, csvValue(report.metrics[id]))
  for (const dim of ['month', 'municipality', 'organisation', 'language'] as const) {
    for (const row of report.breakdowns[dim]) {
      for (const id of followUpMetricIds) {
        add('metrics', dim, row.key, id, csvValue(row.metrics[id]))
      }
    }
  }
  for (const id of steeringFigureIds) {
    add('steering', 'total', '', id, csvValue(report.steering[id]))
  }
  const visits = [
    ['infoPoint', report.visits.infoPoint],
    ['topic', report.visits.topic],
    ['serviceLanguage', report.visits.language],
  ] as const
  for (const [breakdown, rows] of visits) {
    for (const row of rows) {
      add('visits', breakdown, row.key, 'integrationsporten-visits', csvValue(row.count))
    }
  }
  return `\uFEFF${lines.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('')}`
}

// ---------------------------------------------------------------------------
// XLSX

const bold = (value: string): Cell => ({ value, fontWeight: 'bold' })
const cell = (value: Count | Figure): Cell => (value === null ? null : value)

function labels(lang: ReportLanguage) {
  const messages = staffCatalogues[lang].messages
  const languageNames = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' })
  const languageName = (code: string) => {
    if (code === 'und') return messages.reports.unknownLanguage
    try {
      return languageNames.of(code) ?? code
    } catch {
      return code
    }
  }
  return {
    reports: messages.reports,
    municipality: (key: string) =>
      municipalities[key as keyof typeof municipalities]?.name[lang] ?? key,
    organisation: (key: string) => organisations.find((o) => o.id === key)?.name[lang] ?? key,
    infoPoint: (key: string) => infoPoints[key as keyof typeof infoPoints]?.name[lang] ?? key,
    topic: (key: string) =>
      (messages.visits.topics as Record<string, string | undefined>)[key] ?? key,
    serviceLanguage: (key: string) =>
      (messages.visits.languages as Record<string, string | undefined>)[key] ?? languageName(key),
    /** Customers' native languages and visits' languages of service share the language rows. */
    language: (key: string) =>
      key === 'other' ? messages.visits.languages.other : languageName(key),
  }
}

function summarySheet(report: FollowUpReport, l: ReturnType<typeof labels>, lang: string): Row[] {
  const { reports } = l
  const filters = [
    ...(report.municipality ? [l.municipality(report.municipality)] : []),
    ...(report.organisation ? [l.organisation(report.organisation)] : []),
  ]
  const rows: Row[] = [
    [bold(formatMessage(reports.sheets.period, lang, { from: report.from, to: report.to }))],
    [
      formatMessage(reports.sheets.filters, lang, {
        filters: filters.length ? filters.join(', ') : reports.sheets.wholeRegion,
      }),
    ],
    [report.publication ? reports.sheets.publication : reports.sheets.internal],
  ]
  if (report.publication) rows.push([reports.legend.small], [reports.legend.complement])
  rows.push([], [bold(reports.dimensions.figure), bold(reports.dimensions.value)])
  for (const id of followUpMetricIds) {
    rows.push([reports.metrics[id].label, cell(report.metrics[id])])
  }
  rows.push([])
  for (const id of steeringFigureIds) {
    rows.push([reports.steering[id].label, cell(report.steering[id])])
  }
  return rows
}

function breakdownSheet(
  heading: string,
  rows: readonly BreakdownRow[],
  keyLabel: (key: string) => string,
  l: ReturnType<typeof labels>,
  report: FollowUpReport,
): Row[] {
  return [
    [bold(heading), ...followUpMetricIds.map((id) => bold(l.reports.metrics[id].label))],
    ...rows.map((row) => [
      keyLabel(row.key),
      ...followUpMetricIds.map((id) => cell(row.metrics[id])),
    ]),
    [bold(l.reports.dimensions.total), ...followUpMetricIds.map((id) => cell(report.metrics[id]))],
  ]
}

function visitsSheet(report: FollowUpReport, l: ReturnType<typeof labels>): Row[] {
  const section = (heading: string, rows: readonly CountRow[], keyLabel: (k: string) => string) => [
    [bold(heading), bold(l.reports.dimensions.value)],
    ...rows.map((row): Row => [keyLabel(row.key), cell(row.count)]),
  ]
  const { dimensions } = l.reports
  return [
    ...section(dimensions.infoPoint, report.visits.infoPoint, l.infoPoint),
    [],
    ...section(dimensions.topic, report.visits.topic, l.topic),
    [],
    ...section(dimensions.serviceLanguage, report.visits.language, l.serviceLanguage),
    [],
    [bold(dimensions.total), cell(report.metrics['integrationsporten-visits'])],
  ]
}

/** The report as an XLSX workbook, labelled in `lang`: numbers as numbers, "<5" and "x" as text. */
export async function followUpXlsx(report: FollowUpReport, lang: ReportLanguage): Promise<Buffer> {
  const l = labels(lang)
  const { sheets, dimensions } = l.reports
  const { breakdowns } = report
  const wide = [{ width: 48 }, ...followUpMetricIds.map(() => ({ width: 16 }))]
  const workbook: Sheet<unknown>[] = [
    {
      sheet: sheets.summary,
      data: summarySheet(report, l, lang),
      columns: [{ width: 56 }, { width: 12 }],
    },
    {
      sheet: sheets.month,
      data: breakdownSheet(dimensions.month, breakdowns.month, (k) => k, l, report),
      columns: wide,
      stickyRowsCount: 1,
    },
    {
      sheet: sheets.municipality,
      data: breakdownSheet(
        dimensions.municipality,
        breakdowns.municipality,
        l.municipality,
        l,
        report,
      ),
      columns: wide,
      stickyRowsCount: 1,
    },
    {
      sheet: sheets.organisation,
      data: breakdownSheet(
        dimensions.organisation,
        breakdowns.organisation,
        l.organisation,
        l,
        report,
      ),
      columns: wide,
      stickyRowsCount: 1,
    },
    {
      sheet: sheets.language,
      data: breakdownSheet(dimensions.language, breakdowns.language, l.language, l, report),
      columns: wide,
      stickyRowsCount: 1,
    },
    { sheet: sheets.visits, data: visitsSheet(report, l), columns: [{ width: 40 }, { width: 12 }] },
  ]
  return writeXlsxFile(
    workbook as Parameters<typeof writeXlsxFile>[0] & Sheet<unknown>[],
  ).toBuffer()
}
