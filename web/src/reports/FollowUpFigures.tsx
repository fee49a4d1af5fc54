import { useId } from 'react'
import {
  type BreakdownDimension,
  type FollowUpReport,
  followUpMetricIds,
  steeringFigureIds,
} from '../../../src/shared/api/reports.schemas.js'
import { formatDate } from '../format.js'
import { type MessageKey, useI18n } from '../i18n.js'
import { Breakdown, type BreakdownColumn } from './Breakdown.js'
import { FigureValue } from './FigureValue.js'
import { formatPeriod, type KeyDimension, keyName } from './reportFormat.js'

const breakdownTitles = {
  month: 'reports.sheets.month',
  municipality: 'reports.sheets.municipality',
  organisation: 'reports.sheets.organisation',
  language: 'reports.sheets.language',
} as const satisfies Record<BreakdownDimension, MessageKey>

const visitBreakdowns = [
  { id: 'infoPoint', dimension: 'infoPoint', title: 'reports.page.byInfoPoint' },
  { id: 'topic', dimension: 'topic', title: 'reports.page.byTopic' },
  { id: 'language', dimension: 'serviceLanguage', title: 'reports.page.byServiceLanguage' },
] as const satisfies readonly {
  id: keyof FollowUpReport['visits']
  dimension: KeyDimension
  title: MessageKey
}[]

const dimensionLabels = {
  month: 'reports.dimensions.month',
  municipality: 'reports.dimensions.municipality',
  organisation: 'reports.dimensions.organisation',
  language: 'reports.dimensions.language',
  infoPoint: 'reports.dimensions.infoPoint',
  topic: 'reports.dimensions.topic',
  serviceLanguage: 'reports.dimensions.serviceLanguage',
} as const satisfies Record<KeyDimension, MessageKey>

/**
 * The follow-up figures of one answer: the contract's metrics with their
 * definitions, the steering figures, and every breakdown as chart and table.
 */
export function FollowUpFigures({ report }: { report: FollowUpReport }) {
  const { t, language } = useI18n()
  const ids = { figures: useId(), steering: useId(), breakdowns: useId(), visits: useId() }
  const legendId = useId()
  const period = formatPeriod(report.from, report.to, language)
  const metricColumns: BreakdownColumn[] = followUpMetricIds.map((id) => ({
    id,
    label: t(`reports.metrics.${id}.label`),
  }))
  const countColumn: BreakdownColumn[] = [{ id: 'count', label: t('reports.dimensions.value') }]

  return (
    <>
      <div
        className={report.publication ? 'notice notice--info' : 'notice notice--warning'}
        id={report.publication ? legendId : undefined}
        data-qa="report-publication-note"
      >
        <p>
          {report.publication ? t('reports.page.publicationOn') : t('reports.page.publicationOff')}
        </p>
        {report.publication && <Legend />}
      </div>

      <section className="section" aria-labelledby={ids.figures} data-qa="report-metrics">
        <h2 id={ids.figures}>{t('reports.page.figures')}</h2>
        <p>{t('reports.page.figuresIntro')}</p>
        <dl className="report-figures">
          {followUpMetricIds.map((id) => (
            <div key={id} className="report-figure">
              <dt className="report-figure__label">{t(`reports.metrics.${id}.label`)}</dt>
              <dd className="report-figure__value" data-qa={`report-metric-${id}`}>
                <FigureValue id={id} value={report.metrics[id]} language={language} t={t} />
              </dd>
              <dd className="report-figure__definition">{t(`reports.metrics.${id}.definition`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="section" aria-labelledby={ids.steering} data-qa="report-steering">
        <h2 id={ids.steering}>{t('reports.page.steering')}</h2>
        <p>{t('reports.page.steeringIntro', { date: formatDate(report.asOf, language) })}</p>
        <dl className="report-figures">
          {steeringFigureIds.map((id) => (
            <div key={id} className="report-figure">
              <dt className="report-figure__label">{t(`reports.steering.${id}.label`)}</dt>
              <dd className="report-figure__value" data-qa={`report-steering-${id}`}>
                <FigureValue id={id} value={report.steering[id]} language={language} t={t} />
              </dd>
              <dd className="report-figure__definition">
                {t(`reports.steering.${id}.definition`)}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="section" aria-labelledby={ids.breakdowns} data-qa="report-breakdowns">
        <h2 id={ids.breakdowns}>{t('reports.page.breakdowns')}</h2>
        <p>{t('reports.page.breakdownsIntro')}</p>
        {(['month', 'municipality', 'organisation', 'language'] as const).map((dimension) => {
          const title = t(breakdownTitles[dimension])
          return (
            <Breakdown
              key={dimension}
              qa={`report-breakdown-${dimension}`}
              title={title}
              caption={t('reports.page.tableCaption', { title, period })}
              keyLabel={t(dimensionLabels[dimension])}
              columns={metricColumns}
              rows={report.breakdowns[dimension].map((row) => ({
                key: row.key,
                name: keyName(dimension, row.key, language, t),
                values: row.metrics,
              }))}
              defaultChartColumn="registered-integration-customers"
              legendId={report.publication ? legendId : undefined}
            />
          )
        })}
      </section>

      <section className="section" aria-labelledby={ids.visits} data-qa="report-visits">
        <h2 id={ids.visits}>{t('reports.page.visitsBreakdowns')}</h2>
        {visitBreakdowns.map(({ id, dimension, title }) => {
          const heading = t(title)
          return (
            <Breakdown
              key={id}
              qa={`report-visits-${id}`}
              title={heading}
              caption={t('reports.page.tableCaption', {
                title: `${t('reports.metrics.integrationsporten-visits.label')}: ${heading}`,
                period,
              })}
              keyLabel={t(dimensionLabels[dimension])}
              columns={countColumn}
              rows={report.visits[id].map((row) => ({
                key: row.key,
                name: keyName(dimension, row.key, language, t),
                values: { count: row.count },
              }))}
              legendId={report.publication ? legendId : undefined}
            />
          )
        })}
      </section>
    </>
  )
}

/** What "<5" and "x" stand for (the same words as the exports). */
function Legend() {
  const { t } = useI18n()
  return (
    <ul className="report-legend" data-qa="report-legend">
      <li>{t('reports.legend.small')}</li>
      <li>{t('reports.legend.complement')}</li>
    </ul>
  )
}
