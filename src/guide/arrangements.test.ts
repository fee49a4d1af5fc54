import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../shared/programme/settings.js'
import { LocalDate } from '../shared/time/local-date.js'
import { infoPointsByMunicipality, whoArranges } from './arrangements.js'

// Who arranges each part on the home page, against the routing matrix (rules.md §e.1).

const onDate = LocalDate.of(2026, 3, 2)
const situation = (part: Parameters<typeof whoArranges>[0], id: string) =>
  whoArranges(part, defaultSettings, onDate).find((s) => s.situation === id)?.arrangements

describe('whoArranges', () => {
  it('assessment: JSO in four municipalities, OSO in Nykarleby (row 1, L151)', () => {
    expect(situation('assessment', 'unemployed')).toEqual([
      {
        municipalities: ['jakobstad', 'kronoby', 'larsmo', 'pedersore'],
        responsible: ['employment-jakobstad'],
      },
      { municipalities: ['nykarleby'], responsible: ['employment-ostrobothnia'] },
    ])
  })

  it('assessment: the Integration Unit for its groups, with the wellbeing county when multisectoral (rows 3, 6)', () => {
    const all = ['jakobstad', 'kronoby', 'larsmo', 'nykarleby', 'pedersore']
    expect(situation('assessment', 'integrationUnitGroup')).toEqual([
      { municipalities: all, responsible: ['integration-unit'] },
    ])
    expect(situation('assessment', 'coordination')).toEqual([
      { municipalities: all, responsible: ['integration-unit', 'wellbeing-ostrobothnia'] },
    ])
  })

  it('civic orientation and training: OSO for Nykarleby’s unemployed, JSO alone for its others’ training (rows 14, 18, 19)', () => {
    expect(situation('civic-orientation', 'unemployedCustomers')).toEqual([
      {
        municipalities: ['jakobstad', 'kronoby', 'larsmo', 'pedersore'],
        responsible: ['integration-unit', 'employment-jakobstad'],
      },
      { municipalities: ['nykarleby'], responsible: ['employment-ostrobothnia'] },
    ])
    expect(situation('integration-training', 'otherCustomersWithNeed')).toEqual([
      {
        municipalities: ['jakobstad', 'kronoby', 'larsmo', 'pedersore'],
        responsible: ['integration-unit', 'employment-jakobstad'],
      },
      { municipalities: ['nykarleby'], responsible: ['employment-jakobstad'] },
    ])
  })
})

describe('infoPointsByMunicipality', () => {
  it('sends Larsmo and Pedersöre to Jakobstad (row 22)', () => {
    expect(infoPointsByMunicipality()).toEqual([
      { municipalities: ['jakobstad'], infoPoints: ['jakobstad', 'romporten'] },
      { municipalities: ['kronoby'], infoPoints: ['kronoby'] },
      { municipalities: ['larsmo', 'pedersore'], infoPoints: ['jakobstad'] },
      { municipalities: ['nykarleby'], infoPoints: ['nykarleby'] },
    ])
  })
})
