import { useId } from 'react'
import { useI18n } from '../i18n.js'
import { type ReportFilters, reportUrl } from './reportFilters.js'

/**
 * The same figures as files: plain links to the API (the session cookie
 * goes with them; Content-Disposition names the file). XLSX sheets are
 * labelled in the user's language.
 */
export function ReportDownloads({ filters }: { filters: ReportFilters }) {
  const { t, language } = useI18n()
  const headingId = useId()
  return (
    <section
      className="section report-downloads"
      aria-labelledby={headingId}
      data-qa="report-downloads"
    >
      <h2 id={headingId}>{t('reports.page.download')}</h2>
      <p>{t('reports.page.downloadIntro')}</p>
      <p>{filters.publication ? t('reports.sheets.publication') : t('reports.sheets.internal')}</p>
      <p className="report-downloads__links">
        <a
          className="button button--secondary"
          href={reportUrl(filters, 'csv')}
          download
          data-qa="report-download-csv"
        >
          {t('reports.page.downloadCsv')}
        </a>
        <a
          className="button button--secondary"
          href={reportUrl(filters, 'xlsx', language)}
          download
          data-qa="report-download-xlsx"
        >
          {t('reports.page.downloadXlsx')}
        </a>
      </p>
    </section>
  )
}
