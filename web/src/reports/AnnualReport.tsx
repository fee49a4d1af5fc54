import { type Ref, useId } from 'react'
import { type FollowUpReport, followUpMetricIds } from '../../../src/shared/api/reports.schemas.js'
import { formatDate } from '../format.js'
import { translatorFor } from '../i18n.js'
import { type AnnualFigure, type AnnualPart, annualParts, figureValue } from './annualParts.js'
import { FigureValue } from './FigureValue.js'
import type { AnnualReportLanguage } from './reportFilters.js'
import {
  formatCount,
  formatPeriod,
  type KeyDimension,
  keyName,
  type Translate,
} from './reportFormat.js'

const visitTableTitles = {
  infoPoint: 'reports.page.byInfoPoint',
  topic: 'reports.page.byTopic',
  language: 'reports.page.byServiceLanguage',
} as const
const visitDimensions: Record<keyof FollowUpReport['visits'], KeyDimension> = {
  infoPoint: 'infoPoint',
  topic: 'topic',
  language: 'serviceLanguage',
}

/**
 * The year's follow-up figures as a document to publish, in Swedish or
 * Finnish (`lang` on the whole report, whatever the user's language), under
 * the programme's own part headings.
 */
export function AnnualReport({
  report,
  year,
  language,
  produced,
  headingRef,
}: {
  report: FollowUpReport
  year: number
  language: AnnualReportLanguage
  /** The day the report was produced (today). */
  produced: string
  headingRef: Ref<HTMLHeadingElement>
}) {
  const t = translatorFor(language)
  const legendId = useId()
  const selection = report.municipality
    ? keyName('municipality', report.municipality, language, t)
    : t('reports.page.wholeRegion')

  return (
    <article className="annual-report" lang={language} data-qa="annual-report">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('reports.annual.heading', { year })}
      </h1>
      <dl className="details annual-report__facts">
        <Fact label={t('reports.annual.period')} qa="annual-period">
          {formatPeriod(report.from, report.to, language)}
        </Fact>
        <Fact label={t('reports.annual.selection')} qa="annual-selection">
          {selection}
        </Fact>
        <Fact label={t('reports.annual.produced')} qa="annual-produced">
          {formatDate(produced, language)}
        </Fact>
      </dl>
      <div className="annual-report__notes" id={legendId} data-qa="annual-publication-note">
        <p>
          {report.publication
            ? t('reports.annual.publicationNote')
            : t('reports.annual.internalNote')}
        </p>
        {report.publication && (
          <ul className="report-legend">
            <li>{t('reports.legend.small')}</li>
            <li>{t('reports.legend.complement')}</li>
          </ul>
        )}
        <p>{t('reports.annual.headingsNote')}</p>
      </div>

      {annualParts.map((part) => (
        <Part
          key={part.id}
          part={part}
          report={report}
          language={language}
          t={t}
          legendId={legendId}
        />
      ))}

      {report.municipality === null && (
        <MunicipalityAppendix report={report} language={language} t={t} legendId={legendId} />
      )}
    </article>
  )
}

function Fact({ label, qa, children }: { label: string; qa: string; children: string }) {
  return (
    <div className="details__row">
      <dt>{label}</dt>
      <dd data-qa={qa}>{children}</dd>
    </div>
  )
}

function Part({
  part,
  report,
  language,
  t,
  legendId,
}: {
  part: AnnualPart
  report: FollowUpReport
  language: AnnualReportLanguage
  t: Translate
  legendId: string
}) {
  const headingId = useId()
  const followUp = t('reports.annual.followUp')
  const other = t('reports.annual.otherFigures')
  const caption = (heading: string) =>
    t('reports.annual.tableCaption', { number: part.number, heading })
  return (
    <section
      className="annual-part"
      aria-labelledby={headingId}
      data-qa={`annual-part-${part.number}`}
    >
      <h2 id={headingId}>
        {t('reports.annual.partHeading', {
          number: part.number,
          title: t(`reports.annual.parts.${part.id}`),
        })}
      </h2>
      <h3>{followUp}</h3>
      {part.id === 'other-services' ? (
        <>
          <p data-qa="annual-other-services-follow-up">
            {t('reports.annual.otherServicesFollowUp')}
          </p>
          <p>{t('reports.annual.otherServicesNoCount')}</p>
        </>
      ) : (
        <FigureTable
          caption={caption(followUp)}
          figures={part.followUp}
          report={report}
          language={language}
          t={t}
          legendId={legendId}
          qa={`annual-part-${part.number}-follow-up`}
        />
      )}
      {part.visitTables?.map((id) => {
        const title = t(visitTableTitles[id])
        return (
          <CountTable
            key={id}
            caption={title}
            keyLabel={t(`reports.dimensions.${visitDimensions[id]}`)}
            rows={report.visits[id].map((row) => ({
              key: row.key,
              name: keyName(visitDimensions[id], row.key, language, t),
              value: formatCount(row.count, language),
            }))}
            t={t}
            legendId={legendId}
            qa={`annual-visits-${id}`}
          />
        )
      })}
      {part.other.length > 0 && (
        <>
          <h3>{other}</h3>
          <FigureTable
            caption={caption(other)}
            figures={part.other}
            report={report}
            language={language}
            t={t}
            legendId={legendId}
            qa={`annual-part-${part.number}-other`}
          />
        </>
      )}
    </section>
  )
}

function FigureTable({
  caption,
  figures,
  report,
  language,
  t,
  legendId,
  qa,
}: {
  caption: string
  figures: readonly AnnualFigure[]
  report: FollowUpReport
  language: AnnualReportLanguage
  t: Translate
  legendId: string
  qa: string
}) {
  return (
    <table
      className="table report-table annual-report__table"
      aria-describedby={legendId}
      data-qa={qa}
    >
      {/* The heading above says it to the eye; the caption names the table for screen readers. */}
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('reports.dimensions.figure')}</th>
          <th scope="col" className="report-table__number">
            {t('reports.dimensions.value')}
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.map((figure) => {
          const text = figureTexts(figure, t)
          return (
            <tr key={figure.id} data-qa={`annual-figure-${figure.id}`}>
              <th scope="row">
                <span className="annual-report__label">{text.label}</span>
                <span className="annual-report__definition">{text.definition}</span>
              </th>
              <td className="report-table__number" data-qa="value">
                <FigureValue
                  id={figure.id}
                  value={figureValue(report, figure)}
                  language={language}
                  t={t}
                />
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

function CountTable({
  caption,
  keyLabel,
  rows,
  t,
  legendId,
  qa,
}: {
  caption: string
  keyLabel: string
  rows: readonly { key: string; name: string; value: string }[]
  t: Translate
  legendId: string
  qa: string
}) {
  return (
    <table
      className="table report-table annual-report__table"
      aria-describedby={legendId}
      data-qa={qa}
    >
      <caption className="report-table__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          <th scope="col" className="report-table__number">
            {t('reports.dimensions.value')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={2} className="empty">
              {t('reports.page.empty')}
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.key} data-qa={`${qa}-row-${row.key}`}>
              <th scope="row">{row.name}</th>
              <td className="report-table__number">{row.value}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}

/** The whole region's report ends with every municipality's figures. */
function MunicipalityAppendix({
  report,
  language,
  t,
  legendId,
}: {
  report: FollowUpReport
  language: AnnualReportLanguage
  t: Translate
  legendId: string
}) {
  const headingId = useId()
  return (
    <section
      className="annual-part annual-report__appendix"
      aria-labelledby={headingId}
      data-qa="annual-appendix"
    >
      <h2 id={headingId}>{t('reports.annual.appendix')}</h2>
      {/* Wider than the page on screen: the region scrolls and takes focus (WCAG 2.1.1). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable */}
      <section className="table-scroll" aria-labelledby={headingId} tabIndex={0}>
        <table
          className="table report-table annual-report__table annual-report__table--wide"
          aria-describedby={legendId}
        >
          <caption className="visually-hidden">{t('reports.annual.appendix')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.dimensions.municipality')}</th>
              {followUpMetricIds.map((id) => (
                <th key={id} scope="col" className="report-table__number">
                  {t(`reports.metrics.${id}.label`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.breakdowns.municipality.map((row) => (
              <tr key={row.key}>
                <th scope="row">{keyName('municipality', row.key, language, t)}</th>
                {followUpMetricIds.map((id) => (
                  <td key={id} className="report-table__number">
                    {formatCount(row.metrics[id], language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  )
}

function figureTexts(figure: AnnualFigure, t: Translate): { label: string; definition: string } {
  return figure.kind === 'metric'
    ? {
        label: t(`reports.metrics.${figure.id}.label`),
        definition: t(`reports.metrics.${figure.id}.definition`),
      }
    : {
        label: t(`reports.steering.${figure.id}.label`),
        definition: t(`reports.steering.${figure.id}.definition`),
      }
}
