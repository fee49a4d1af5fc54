import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.js'
import {
  type Count,
  type Figure,
  type FollowUpReport,
  followUpMetricIds,
  steeringFigureIds,
} from '../shared/api/reports.schemas.js'
import { staffCatalogues } from '../shared/i18n/staff/index.js'
import { municipalities } from '../shared/programme/definitions.js'
import { csvField, csvHeader } from './export.js'
import { allSkills, historyBuilder, reportApi } from './follow-up.fixtures.js'

// The CSV and XLSX exports read back and compared with the JSON report they
// come from (issue 6): same figures, same suppression marks.

const YEAR = 'from=2026-01-01&to=2026-12-31'
let t: TestApp
let api: ReturnType<typeof reportApi>

beforeAll(async () => {
  t = await createTestApp({ now: '2027-01-15T10:00:00Z' })
  const counselor = await t.user('counselor')
  const history = historyBuilder(t.database.db, counselor.id)
  for (let i = 0; i < 7; i++) {
    const id = await history.customer({
      municipality: i < 5 ? 'jakobstad' : 'pedersore',
      languages: [{ code: i % 2 ? 'ar' : 'uk', native: true }],
      arrivedOn: '2025-11-01',
    })
    await history.assessment(id, `2026-0${(i % 3) + 1}-15`)
    await history.participation(id, 'civic-orientation', '2026-02-01')
    if (i < 2) await history.languageTest(id, '2026-10-01', allSkills('B1.2'))
  }
  for (let i = 0; i < 8; i++) {
    await history.visit({
      at: `2026-04-0${i + 1}T10:00:00+03:00`,
      location: i < 6 ? 'jakobstad' : 'kronoby',
      language: i < 5 ? 'sv' : 'fi',
      topics: i === 0 ? ['work', 'health'] : ['housing'],
    })
  }
  api = reportApi(t.app, await t.token(await t.user('manager')))
})
afterAll(() => t.close())

async function fetchReport(query: string) {
  const response = await api.get(query)
  expect(response.statusCode, response.body).toBe(200)
  return response.json() as FollowUpReport
}

/** RFC 4180: quoted fields, doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else field += c
  }
  expect(field, 'the file ends with CRLF').toBe('')
  return records
}

const asText = (value: Count | Figure | undefined) =>
  value === null || value === undefined ? '' : String(value)

/** The JSON report's value for one CSV record. */
function valueIn(report: FollowUpReport, [section, breakdown, key, figure]: string[]) {
  if (section === 'metrics' && breakdown === 'total') {
    return report.metrics[figure as keyof FollowUpReport['metrics']]
  }
  if (section === 'metrics') {
    const rows = report.breakdowns[breakdown as keyof FollowUpReport['breakdowns']]
    return rows.find((r) => r.key === key)?.metrics[figure as keyof FollowUpReport['metrics']]
  }
  if (section === 'steering') return report.steering[figure as keyof FollowUpReport['steering']]
  const dim = breakdown === 'serviceLanguage' ? 'language' : breakdown
  return report.visits[dim as keyof FollowUpReport['visits']].find((r) => r.key === key)?.count
}

describe('CSV export', () => {
  it('guards fields against formulas and quotes them by RFC 4180', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField('+46')).toBe("'+46")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('-2+3')).toBe("'-2+3")
    expect(csvField('-3')).toBe('-3')
    expect(csvField('0.5')).toBe('0.5')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('line\nbreak')).toBe('"line\nbreak"')
    expect(csvField('<5')).toBe('<5')
  })

  for (const publication of [false, true]) {
    it(`holds every figure of the JSON report${publication ? ' in publication mode' : ''}`, async () => {
      const query = `${YEAR}&publication=${publication}`
      const report = await fetchReport(query)
      const response = await api.get(`${query}&format=csv`)
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="porten-follow-up-2026-01-01-2026-12-31${publication ? '-publication' : ''}.csv"`,
      )
      expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
      const [header, ...records] = parseCsv(response.body.replace(/^\uFEFF/, ''))
      expect(header).toEqual([...csvHeader])
      const { breakdowns, visits } = report
      const breakdownRows =
        breakdowns.month.length +
        breakdowns.municipality.length +
        breakdowns.organisation.length +
        breakdowns.language.length
      const visitRows = visits.infoPoint.length + visits.topic.length + visits.language.length
      expect(records).toHaveLength(
        followUpMetricIds.length * (1 + breakdownRows) + steeringFigureIds.length + visitRows,
      )
      for (const record of records) {
        expect(record, record.join(',')).toHaveLength(5)
        expect(record[4], record.join(',')).toBe(asText(valueIn(report, record)))
      }
      expect(records).toContainEqual(['metrics', 'total', '', 'assessments', '7'])
      expect(records).toContainEqual([
        'metrics',
        'month',
        '2026-04',
        'integrationsporten-visits',
        '8',
      ])
      expect(records).toContainEqual([
        'visits',
        'serviceLanguage',
        'fi',
        'integrationsporten-visits',
        publication ? '<5' : '3',
      ])
      if (publication) expect(records.some((r) => r[4] === 'x')).toBe(true)
    })
  }
})

describe('XLSX export', () => {
  const sheetsOf = async (query: string) => {
    const response = await api.get(`${query}&format=xlsx`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(response.headers['content-disposition']).toMatch(/filename="porten-follow-up-.*\.xlsx"/)
    const sheets = await readXlsxFile(response.rawPayload)
    return new Map(
      sheets.map((s) => [
        s.sheet,
        s.data.filter((row) => row.some((cell) => cell !== null && cell !== undefined)),
      ]),
    )
  }
  const valueAfter = (rows: unknown[][], label: string) =>
    rows.find((row) => row[0] === label)?.[1] ?? null

  it('has the six sheets labelled in Swedish by default, with the JSON’s figures', async () => {
    const report = await fetchReport(YEAR)
    const sheets = await sheetsOf(YEAR)
    const sv = staffCatalogues.sv.messages.reports
    expect([...sheets.keys()]).toEqual([
      sv.sheets.summary,
      sv.sheets.month,
      sv.sheets.municipality,
      sv.sheets.organisation,
      sv.sheets.language,
      sv.sheets.visits,
    ])
    const summary = sheets.get(sv.sheets.summary)!
    expect(summary[0]?.[0]).toBe('Period 2026-01-01–2026-12-31')
    expect(summary[1]?.[0]).toBe('Urval: hela regionen')
    expect(summary[2]?.[0]).toBe(sv.sheets.internal)
    for (const id of followUpMetricIds) {
      expect(valueAfter(summary, sv.metrics[id].label), id).toBe(report.metrics[id])
    }
    for (const id of steeringFigureIds) {
      expect(valueAfter(summary, sv.steering[id].label), id).toBe(report.steering[id])
    }

    const byMonth = sheets.get(sv.sheets.month)!
    expect(byMonth[0]).toEqual([
      sv.dimensions.month,
      ...followUpMetricIds.map((id) => sv.metrics[id].label),
    ])
    report.breakdowns.month.forEach((row, i) => {
      expect(byMonth[i + 1]).toEqual([row.key, ...followUpMetricIds.map((id) => row.metrics[id])])
    })
    expect(byMonth.at(-1)).toEqual([
      sv.dimensions.total,
      ...followUpMetricIds.map((id) => report.metrics[id]),
    ])

    const byMunicipality = sheets.get(sv.sheets.municipality)!
    report.breakdowns.municipality.forEach((row, i) => {
      const name = municipalities[row.key as keyof typeof municipalities].name.sv
      expect(byMunicipality[i + 1]).toEqual([
        name,
        ...followUpMetricIds.map((id) => row.metrics[id]),
      ])
    })

    const byLanguage = sheets.get(sv.sheets.language)!
    expect(byLanguage.map((row) => row[0])).toEqual(
      expect.arrayContaining(['arabiska', 'ukrainska', 'svenska', 'finska']),
    )

    const visits = sheets.get(sv.sheets.visits)!
    expect(valueAfter(visits, 'Integrationsporten')).toBe(6)
    expect(valueAfter(visits, 'Integrationsporten Kronoby')).toBe(2)
    expect(valueAfter(visits, 'Boende')).toBe(7)
    expect(valueAfter(visits, 'Finska')).toBe(3)
    expect(valueAfter(visits, sv.dimensions.total)).toBe(8)
  })

  it('marks a publication and keeps "<5" and "x" as text, labelled in Finnish on request', async () => {
    const query = `${YEAR}&publication=true&lang=fi`
    const report = await fetchReport(query)
    const sheets = await sheetsOf(query)
    const fi = staffCatalogues.fi.messages.reports
    expect([...sheets.keys()][0]).toBe(fi.sheets.summary)
    const summary = sheets.get(fi.sheets.summary)!
    const text = summary.map((row) => row[0])
    expect(text).toEqual(
      expect.arrayContaining([fi.sheets.publication, fi.legend.small, fi.legend.complement]),
    )
    for (const id of followUpMetricIds) {
      expect(valueAfter(summary, fi.metrics[id].label), id).toBe(report.metrics[id])
    }
    expect(report.metrics['integration-training-reached-b1-1']).toBe('<5')
    const visits = sheets.get(fi.sheets.visits)!
    expect(valueAfter(visits, 'Integrationsporten Kruunupyy')).toBe('<5')
    expect(valueAfter(visits, 'Integrationsporten')).toBe('x')
  })
})
