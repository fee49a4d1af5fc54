import { describe, expect, it } from 'vitest'
import { followUpMetricIds, steeringFigureIds } from '../../../src/shared/api/reports.schemas.js'
import { reports as fiReports } from '../../../src/shared/i18n/staff/reports/fi.js'
import { reports as svReports } from '../../../src/shared/i18n/staff/reports/sv.js'
import { programmeParts } from '../../../src/shared/programme/definitions.js'
import { annualParts } from './annualParts.js'

describe('the annual report’s parts', () => {
  it('follows the programme’s six parts in order', () => {
    expect(annualParts.map((p) => [p.number, p.id])).toEqual(
      Object.values(programmeParts).map((p) => [p.number, p.id]),
    )
  })

  it('uses the programme’s Swedish headings verbatim', () => {
    for (const part of annualParts) {
      expect(svReports.reports.annual.parts[part.id]).toBe(programmeParts[part.id].sourceTitle)
    }
  })

  it('has a Finnish heading for every part', () => {
    for (const part of annualParts) {
      expect(fiReports.reports.annual.parts[part.id]).not.toBe('')
      expect(fiReports.reports.annual.parts[part.id]).not.toBe(
        svReports.reports.annual.parts[part.id],
      )
    }
  })

  it('shows every contract metric and every steering figure exactly once', () => {
    const figures = annualParts.flatMap((p) => [...p.followUp, ...p.other])
    const metrics = figures.filter((f) => f.kind === 'metric').map((f) => f.id)
    const steering = figures.filter((f) => f.kind === 'steering').map((f) => f.id)
    expect([...metrics].sort()).toEqual([...followUpMetricIds].sort())
    expect([...steering].sort()).toEqual([...steeringFigureIds].sort())
  })

  it('gives part 5 no count, as the programme names none, and part 6 the visit tables', () => {
    const other = annualParts.find((p) => p.id === 'other-services')
    expect(other?.followUp).toEqual([])
    expect(other?.other).toEqual([])
    expect(svReports.reports.annual.otherServicesFollowUp).toBe(
      'Integrationsenheten följer upp och utvärderar samarbetet via enhetens samarbetsnätverk.',
    )
    expect(annualParts.find((p) => p.id === 'guidance')?.visitTables).toEqual([
      'infoPoint',
      'topic',
      'language',
    ])
  })
})
