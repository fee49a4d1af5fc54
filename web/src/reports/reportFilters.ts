import type { StaffLanguage } from '../../../src/shared/i18n/i18n.js'
import {
  isStaffOrganisationId,
  type StaffOrganisationId,
} from '../../../src/shared/organisations.js'
import { isMunicipalityId, type MunicipalityId } from '../../../src/shared/programme/definitions.js'
import { LocalDate } from '../../../src/shared/time/local-date.js'
import { withQuery } from '../api.js'

// The reports pages' choices as they live in the address (so a view can be
// bookmarked and Back returns to it), the period presets, and the API's
// address for the same choices. Pure: "today" is always passed in.

export const followUpUrl = '/api/v1/reports/follow-up'

export interface Period {
  readonly from: string
  readonly to: string
}

export interface ReportFilters extends Period {
  /** The dates as given: the API checks them and names the field that is wrong. */
  readonly from: string
  readonly to: string
  readonly municipality: MunicipalityId | undefined
  readonly organisation: StaffOrganisationId | undefined
  readonly publication: boolean
}

/**
 * The period the reports page opens with: this year so far. A manager opens
 * the page to see where the year stands; last year's figures are one preset
 * away, and the annual report (which opens on last year) is the place for
 * the finished year.
 */
export function defaultPeriod(today: LocalDate): Period {
  return presetPeriod('this-year', today)
}

export const periodPresets = ['this-year', 'last-year', 'last-quarter', 'last-month'] as const
export type PeriodPreset = (typeof periodPresets)[number]

/** A preset's period: whole calendar units, except "this year", which ends today. */
export function presetPeriod(preset: PeriodPreset, today: LocalDate): Period {
  switch (preset) {
    case 'this-year':
      return { from: LocalDate.of(today.year, 1, 1).toString(), to: today.toString() }
    case 'last-year':
      return yearPeriod(today.year - 1)
    case 'last-quarter': {
      const quarterStart = LocalDate.of(today.year, today.month - ((today.month - 1) % 3), 1)
      const from = quarterStart.plusMonths(-3)
      return { from: from.toString(), to: quarterStart.plusDays(-1).toString() }
    }
    case 'last-month': {
      const monthStart = LocalDate.of(today.year, today.month, 1)
      return {
        from: monthStart.plusMonths(-1).toString(),
        to: monthStart.plusDays(-1).toString(),
      }
    }
  }
}

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/**
 * The choices in an address. Without any dates the default period; with
 * one, the other is left empty for the API to ask for. An unknown
 * municipality or organisation (a mistyped bookmark) means all.
 */
export function filtersFromSearch(params: URLSearchParams, today: LocalDate): ReportFilters {
  const from = params.get('from')
  const to = params.get('to')
  const period =
    from === null && to === null ? defaultPeriod(today) : { from: from ?? '', to: to ?? '' }
  const municipality = params.get('municipality') ?? ''
  const organisation = params.get('organisation') ?? ''
  return {
    ...period,
    municipality: isMunicipalityId(municipality) ? municipality : undefined,
    organisation: isStaffOrganisationId(organisation) ? organisation : undefined,
    publication: params.get('publication') === 'true',
  }
}

/** The address's query for the choices: the same names the API takes. */
export function searchFromFilters(filters: ReportFilters): URLSearchParams {
  const params = new URLSearchParams()
  params.set('from', filters.from)
  params.set('to', filters.to)
  if (filters.municipality) params.set('municipality', filters.municipality)
  if (filters.organisation) params.set('organisation', filters.organisation)
  if (filters.publication) params.set('publication', 'true')
  return params
}

export type ExportFormat = 'csv' | 'xlsx'

/**
 * The API's address for the choices: JSON for the page, or a file. XLSX
 * sheets are labelled in the user's language; CSV headers are ids.
 */
export function reportUrl(
  filters: ReportFilters,
  format?: ExportFormat,
  language?: StaffLanguage,
): string {
  return withQuery(followUpUrl, {
    from: filters.from,
    to: filters.to,
    municipality: filters.municipality,
    organisation: filters.organisation,
    publication: filters.publication ? 'true' : undefined,
    format,
    lang: format === 'xlsx' ? language : undefined,
  })
}

// ---------------------------------------------------------------------------
// The annual report

export const annualReportLanguages = ['sv', 'fi'] as const
export type AnnualReportLanguage = (typeof annualReportLanguages)[number]

export interface AnnualFilters {
  readonly year: number
  readonly municipality: MunicipalityId | undefined
  readonly language: AnnualReportLanguage
  /** On unless the address says publication=false: the report is meant to be published. */
  readonly publication: boolean
}

/**
 * The years offered: from this year back to 2025, the programme's first year
 * under Act 681/2023, and always last year (the default).
 */
export function annualYears(today: LocalDate): number[] {
  const first = Math.min(2025, today.year - 1)
  const years: number[] = []
  for (let year = today.year; year >= first; year--) years.push(year)
  return years
}

export function annualFromSearch(
  params: URLSearchParams,
  today: LocalDate,
  uiLanguage: StaffLanguage,
): AnnualFilters {
  const year = Number(params.get('year'))
  const language = params.get('lang')
  const municipality = params.get('municipality') ?? ''
  return {
    year: annualYears(today).includes(year) ? year : today.year - 1,
    municipality: isMunicipalityId(municipality) ? municipality : undefined,
    language: language === 'sv' || language === 'fi' ? language : uiLanguage === 'fi' ? 'fi' : 'sv',
    publication: params.get('publication') !== 'false',
  }
}

export function searchFromAnnual(filters: AnnualFilters): URLSearchParams {
  const params = new URLSearchParams()
  params.set('year', String(filters.year))
  if (filters.municipality) params.set('municipality', filters.municipality)
  params.set('lang', filters.language)
  if (!filters.publication) params.set('publication', 'false')
  return params
}

/** The year's period; this year's ends today, since the figures cannot run ahead of it. */
export function annualPeriod(year: number, today: LocalDate): Period {
  const whole = yearPeriod(year)
  return year === today.year ? { from: whole.from, to: today.toString() } : whole
}

/** The follow-up query behind an annual report: the whole region's organisations together. */
export function annualReportFilters(filters: AnnualFilters, today: LocalDate): ReportFilters {
  return {
    ...annualPeriod(filters.year, today),
    municipality: filters.municipality,
    organisation: undefined,
    publication: filters.publication,
  }
}
