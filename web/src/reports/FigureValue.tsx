import type { Count, Figure } from '../../../src/shared/api/reports.schemas.js'
import { formatFigure, type Translate } from './reportFormat.js'

/**
 * One figure as text. A median or share with nothing to take it over is a
 * dash to the eye and "no cases to count" to a screen reader.
 */
export function FigureValue({
  id,
  value,
  language,
  t,
}: {
  id: string
  value: Count | Figure
  language: string
  t: Translate
}) {
  const text = formatFigure(id, value, language, t)
  if (text !== undefined) return <>{text}</>
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('reports.page.noValue')}</span>
    </>
  )
}
