import { useId, useState } from 'react'
import { Button, Checkbox, Label, Radio, RadioGroup } from 'react-aria-components'
import { Link, useSearchParams } from 'react-router'
import { municipalityIds } from '../../../src/shared/programme/definitions.js'
import { today as todayInHelsinki } from '../format.js'
import { translatorFor, useI18n } from '../i18n.js'
import { LoadFailure, Loading } from '../layout/LoadFailure.js'
import { useDocumentTitle, usePageHeading } from '../layout/page.js'
import { useLoad } from '../layout/useLoad.js'
import { AnnualReport } from './AnnualReport.js'
import { ReportsLoadFailure } from './NoReportsPage.js'
import {
  type AnnualFilters,
  annualFromSearch,
  annualReportFilters,
  annualReportLanguages,
  annualYears,
  searchFromAnnual,
  searchFromFilters,
} from './reportFilters.js'
import { keyName } from './reportFormat.js'
import { loadFollowUp } from './reportsApi.js'
import './reports.css'

/**
 * /app/reports/annual: the year's follow-up as a printable report in
 * Swedish or Finnish. For publication unless the user says otherwise: it is
 * meant to be published. The controls are for the screen only; print leaves
 * the report alone on A4.
 */
export function AnnualReportPage() {
  const { t, language } = useI18n()
  useDocumentTitle(t('reports.annual.title'))
  const headingRef = usePageHeading<HTMLHeadingElement>()
  const [params, setParams] = useSearchParams()
  const [today] = useState(todayInHelsinki)
  const filters = annualFromSearch(params, today, language)
  // The report's language changes only the words: it is not part of the query.
  const reportFilters = annualReportFilters(filters, today)
  const query = searchFromFilters(reportFilters).toString()
  const [loaded, reload] = useLoad(
    async () => ({ query, answer: await loadFollowUp(reportFilters) }),
    [query],
  )
  const ids = { year: useId(), municipality: useId(), publicationHelp: useId() }
  // Each choice is its own entry in the history, so Back undoes it.
  const choose = (changes: Partial<AnnualFilters>) =>
    setParams(searchFromAnnual({ ...filters, ...changes }))

  const current =
    loaded.state === 'loaded' && loaded.data.query === query ? loaded.data.answer : undefined

  return (
    <div className="page page--print" data-qa="annual-report-page">
      <div className="print-controls report-controls" data-qa="annual-controls">
        <p>
          <Link to="/reports">{t('reports.annual.back')}</Link>
        </p>
        <div className="report-controls__row">
          <div className="field">
            <label className="field__label" htmlFor={ids.year}>
              {t('reports.annual.year')}
            </label>
            <select
              id={ids.year}
              className="field__input"
              value={filters.year}
              onChange={(event) => choose({ year: Number(event.target.value) })}
              data-qa="annual-year"
            >
              {annualYears(today).map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor={ids.municipality}>
              {t('reports.annual.municipality')}
            </label>
            <select
              id={ids.municipality}
              className="field__input"
              value={filters.municipality ?? ''}
              onChange={(event) =>
                choose({ municipality: municipalityIds.find((id) => id === event.target.value) })
              }
              data-qa="annual-municipality"
            >
              <option value="">{t('reports.page.wholeRegion')}</option>
              {municipalityIds.map((id) => (
                <option key={id} value={id}>
                  {keyName('municipality', id, language, t)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <RadioGroup
          className="field choice-group choice-group--inline"
          value={filters.language}
          onChange={(value) => choose({ language: value === 'fi' ? 'fi' : 'sv' })}
          data-qa="annual-language"
        >
          <Label className="field__label">{t('reports.annual.language')}</Label>
          {annualReportLanguages.map((option) => (
            <Radio key={option} value={option} className="choice" data-qa={option} lang={option}>
              <span className="choice__mark choice__mark--radio" aria-hidden="true" />
              {translatorFor(option)('language.name')}
            </Radio>
          ))}
        </RadioGroup>
        <div className="field">
          <Checkbox
            className="choice"
            isSelected={filters.publication}
            onChange={(on) => choose({ publication: on })}
            aria-describedby={ids.publicationHelp}
            data-qa="annual-publication"
          >
            <span className="choice__mark" aria-hidden="true" />
            {t('reports.annual.publication')}
          </Checkbox>
          <p className="field__description" id={ids.publicationHelp}>
            {t('reports.annual.publicationHelp')}
          </p>
        </div>
        <Button
          className="button button--primary"
          onPress={() => window.print()}
          isDisabled={current?.kind !== 'report'}
          data-qa="annual-print"
        >
          {t('reports.annual.print')}
        </Button>
      </div>

      {current?.kind === 'report' ? (
        <AnnualReport
          report={current.report}
          year={filters.year}
          language={filters.language}
          produced={today.toString()}
          headingRef={headingRef}
        />
      ) : (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {t('reports.annual.title')}
          </h1>
          {loaded.state === 'failed' ? (
            <ReportsLoadFailure failure={loaded.failure} onRetry={reload} />
          ) : current?.kind === 'invalid' ? (
            <LoadFailure failure={{ kind: 'unexpected' }} onRetry={reload} />
          ) : (
            <Loading />
          )}
        </>
      )}
    </div>
  )
}
