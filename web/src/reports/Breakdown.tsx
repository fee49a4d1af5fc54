import { useId, useState } from 'react'
import { Button } from 'react-aria-components'
import type { Count } from '../../../src/shared/api/reports.schemas.js'
import { useI18n } from '../i18n.js'
import { barLengths } from './chart.js'
import { formatCount, isSuppressed } from './reportFormat.js'

export interface BreakdownColumn {
  readonly id: string
  readonly label: string
}

export interface BreakdownTableRow {
  readonly key: string
  readonly name: string
  readonly values: Readonly<Record<string, Count>>
}

/**
 * One breakdown as a bar chart and as a table. The table is always in the
 * page, so screen readers always have it (a real table with a caption and
 * headers); the chart beside it is a picture of the same numbers, hidden
 * from assistive technology, with each bar's value written out so that
 * neither colour nor length alone carries it. "Show as table" shows the
 * table to everyone instead of the chart.
 */
export function Breakdown({
  qa,
  title,
  caption,
  keyLabel,
  columns,
  rows,
  defaultChartColumn,
  legendId,
}: {
  qa: string
  title: string
  caption: string
  keyLabel: string
  columns: readonly BreakdownColumn[]
  rows: readonly BreakdownTableRow[]
  defaultChartColumn?: string
  /** The legend of "<5" and "x", when the figures are for publication. */
  legendId: string | undefined
}) {
  const { t, language } = useI18n()
  const headingId = useId()
  const metricId = useId()
  const [view, setView] = useState<'chart' | 'table'>('chart')
  const [chartColumn, setChartColumn] = useState(defaultChartColumn ?? columns[0]?.id ?? '')
  const charted = columns.find((c) => c.id === chartColumn) ?? columns[0]
  const suppressed = rows.some((row) => columns.some((c) => isSuppressed(row.values[c.id] ?? 0)))
  const captionId = useId()
  const table = (
    <table
      className="table report-table"
      aria-describedby={suppressed ? legendId : undefined}
      data-qa={`${qa}-table`}
    >
      <caption className="report-table__caption" id={captionId}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">{keyLabel}</th>
          {columns.map((column) => (
            <th key={column.id} scope="col" className="report-table__number">
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-qa={`${qa}-row-${row.key}`}>
            <th scope="row">{row.name}</th>
            {columns.map((column) => (
              <td
                key={column.id}
                className="report-table__number"
                data-qa={`${qa}-cell-${column.id}`}
              >
                {formatCount(row.values[column.id] ?? 0, language)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )

  return (
    <section className="report-breakdown" aria-labelledby={headingId} data-qa={qa}>
      <div className="report-breakdown__header">
        <h3 id={headingId}>{title}</h3>
        {rows.length > 0 && (
          <Button
            className="button button--secondary"
            onPress={() => setView(view === 'chart' ? 'table' : 'chart')}
            data-qa={`${qa}-toggle`}
          >
            {view === 'chart' ? t('reports.page.showTable') : t('reports.page.showChart')}
          </Button>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t('reports.page.empty')}</p>
      ) : (
        <>
          {view === 'chart' && charted && (
            <>
              {columns.length > 1 && (
                <div className="field report-breakdown__metric">
                  <label className="field__label" htmlFor={metricId}>
                    {t('reports.page.chartMetric')}
                  </label>
                  <select
                    id={metricId}
                    className="field__input"
                    value={charted.id}
                    onChange={(event) => setChartColumn(event.target.value)}
                    data-qa={`${qa}-chart-metric`}
                  >
                    {columns.map((column) => (
                      <option key={column.id} value={column.id}>
                        {column.label}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <BarChart qa={`${qa}-chart`} column={charted} rows={rows} />
            </>
          )}
          {view === 'table' ? (
            // Wider than the page on a narrow screen: the region scrolls, and
            // takes focus so that a keyboard can scroll it (WCAG 2.1.1).
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
            <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
              {table}
            </section>
          ) : (
            <div className="visually-hidden">{table}</div>
          )}
        </>
      )}
    </section>
  )
}

/**
 * Horizontal bars drawn in SVG: a bar's length is the rect's `width`
 * attribute, not an inline style, which the staff app's CSP forbids.
 */
function BarChart({
  qa,
  column,
  rows,
}: {
  qa: string
  column: BreakdownColumn
  rows: readonly BreakdownTableRow[]
}) {
  const { language } = useI18n()
  const lengths = barLengths(rows.map((row) => row.values[column.id] ?? 0))
  return (
    <div className="bar-chart" aria-hidden="true" data-qa={qa}>
      <p className="bar-chart__title">{column.label}</p>
      <ul className="bar-chart__rows">
        {rows.map((row, index) => (
          <li key={row.key} className="bar-chart__row">
            <span className="bar-chart__label">{row.name}</span>
            <svg
              className="bar-chart__bar"
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              focusable="false"
              aria-hidden="true"
            >
              <rect
                className="bar-chart__fill"
                x="0"
                y="0"
                width={lengths[index] ?? 0}
                height="10"
              />
            </svg>
            <span className="bar-chart__value">
              {formatCount(row.values[column.id] ?? 0, language)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
