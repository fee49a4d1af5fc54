import { describe, expect, it } from 'vitest'
import { LocalDate } from '../../../src/shared/time/local-date.js'
import {
  annualFromSearch,
  annualPeriod,
  annualReportFilters,
  annualYears,
  defaultPeriod,
  filtersFromSearch,
  presetPeriod,
  type ReportFilters,
  reportUrl,
  searchFromAnnual,
  searchFromFilters,
} from './reportFilters.js'

const day = (text: string) => LocalDate.parse(text)
const today = day('2026-11-27')

describe('period presets', () => {
  it('gives this year so far, last year, the previous quarter and the previous month', () => {
    expect(presetPeriod('this-year', today)).toEqual({ from: '2026-01-01', to: '2026-11-27' })
    expect(presetPeriod('last-year', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(presetPeriod('last-quarter', today)).toEqual({ from: '2026-07-01', to: '2026-09-30' })
    expect(presetPeriod('last-month', today)).toEqual({ from: '2026-10-01', to: '2026-10-31' })
  })

  it('reaches back into the previous year in January', () => {
    const january = day('2026-01-15')
    expect(presetPeriod('last-quarter', january)).toEqual({ from: '2025-10-01', to: '2025-12-31' })
    expect(presetPeriod('last-month', january)).toEqual({ from: '2025-12-01', to: '2025-12-31' })
  })

  it('ends the previous month on its last day, leap years included', () => {
    expect(presetPeriod('last-month', day('2024-03-31'))).toEqual({
      from: '2024-02-01',
      to: '2024-02-29',
    })
    // The first day of a quarter: the quarter before is the whole previous one.
    expect(presetPeriod('last-quarter', day('2026-04-01'))).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    })
  })

  it('opens on this year so far', () => {
    expect(defaultPeriod(today)).toEqual({ from: '2026-01-01', to: '2026-11-27' })
  })
})

describe('the reports page address', () => {
  it('opens on the default period, the whole region and internal figures', () => {
    expect(filtersFromSearch(new URLSearchParams(''), today)).toEqual({
      from: '2026-01-01',
      to: '2026-11-27',
      municipality: undefined,
      organisation: undefined,
      publication: false,
    })
  })

  it('reads every choice back from the address it wrote', () => {
    const filters: ReportFilters = {
      from: '2025-01-01',
      to: '2025-12-31',
      municipality: 'larsmo',
      organisation: 'employment-ostrobothnia',
      publication: true,
    }
    const search = searchFromFilters(filters)
    expect(search.toString()).toBe(
      'from=2025-01-01&to=2025-12-31&municipality=larsmo&organisation=employment-ostrobothnia&publication=true',
    )
    expect(filtersFromSearch(search, today)).toEqual(filters)
  })

  it('leaves a missing or mistyped date for the API to name, and ignores unknown choices', () => {
    const filters = filtersFromSearch(
      new URLSearchParams(
        'from=2025-13-01&municipality=helsinki&organisation=kela&publication=yes',
      ),
      today,
    )
    expect(filters).toEqual({
      from: '2025-13-01',
      to: '',
      municipality: undefined,
      organisation: undefined,
      publication: false,
    })
  })
})

describe('the API address', () => {
  const filters: ReportFilters = {
    from: '2025-01-01',
    to: '2025-12-31',
    municipality: 'kronoby',
    organisation: undefined,
    publication: true,
  }

  it('asks for JSON with the same choices', () => {
    expect(reportUrl(filters)).toBe(
      '/api/v1/reports/follow-up?from=2025-01-01&to=2025-12-31&municipality=kronoby&publication=true',
    )
  })

  it('names the format of a download, and the language for XLSX only', () => {
    expect(reportUrl(filters, 'csv', 'fi')).toBe(
      '/api/v1/reports/follow-up?from=2025-01-01&to=2025-12-31&municipality=kronoby&publication=true&format=csv',
    )
    expect(reportUrl({ ...filters, publication: false }, 'xlsx', 'fi')).toBe(
      '/api/v1/reports/follow-up?from=2025-01-01&to=2025-12-31&municipality=kronoby&format=xlsx&lang=fi',
    )
  })
})

describe('the annual report address', () => {
  it('opens on last year, for publication, in Finnish only for a Finnish user', () => {
    const none = new URLSearchParams('')
    expect(annualFromSearch(none, today, 'en')).toEqual({
      year: 2025,
      municipality: undefined,
      language: 'sv',
      publication: true,
    })
    expect(annualFromSearch(none, today, 'fi').language).toBe('fi')
  })

  it('reads back what it wrote, and publication only when not turned off', () => {
    const filters = {
      year: 2026,
      municipality: 'nykarleby' as const,
      language: 'fi' as const,
      publication: false,
    }
    const search = searchFromAnnual(filters)
    expect(search.toString()).toBe('year=2026&municipality=nykarleby&lang=fi&publication=false')
    expect(annualFromSearch(search, today, 'sv')).toEqual(filters)
  })

  it('offers the years from 2025 to this year, and falls back to last year for others', () => {
    expect(annualYears(today)).toEqual([2026, 2025])
    expect(annualYears(day('2025-03-01'))).toEqual([2025, 2024])
    expect(annualFromSearch(new URLSearchParams('year=2019'), today, 'sv').year).toBe(2025)
    expect(annualFromSearch(new URLSearchParams('year=2027'), today, 'sv').year).toBe(2025)
  })

  it('covers the whole year, or this year up to today', () => {
    expect(annualPeriod(2025, today)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
    expect(annualPeriod(2026, today)).toEqual({ from: '2026-01-01', to: '2026-11-27' })
    expect(
      annualReportFilters(
        { year: 2025, municipality: 'pedersore', language: 'fi', publication: true },
        today,
      ),
    ).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      municipality: 'pedersore',
      organisation: undefined,
      publication: true,
    })
  })
})
