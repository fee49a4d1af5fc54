import { describe, expect, it } from 'vitest'
import { defaultSettings, withSettings } from '../shared/programme/settings.js'
import { LocalDate } from '../shared/time/local-date.js'
import {
  answerWhatApplies,
  errorMessage,
  fillMessage,
  type PartAnswer,
  parseYearMonth,
  type WhatAppliesQuestions,
} from './what-applies.js'

// The answer builder the guide's browser script runs, checked against the
// routing matrix (rules.md §e.1) for the questions a newcomer answers.

const today = LocalDate.of(2026, 3, 2)

function answer(questions: WhatAppliesQuestions, settings = defaultSettings) {
  const result = answerWhatApplies(questions, today, settings)
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`)
  const part = (id: PartAnswer['part']) => result.answer.parts.find((p) => p.part === id)!
  return { ...result.answer, part }
}

describe('the routing-matrix examples', () => {
  it('Nykarleby, unemployed: Ostrobothnia employment area (L151, L186, L204, L230)', () => {
    const a = answer({
      municipality: 'nykarleby',
      age: '34',
      jobSeeker: 'unemployed',
      arrived: '2025-11',
    })
    expect(a.part('assessment')).toMatchObject({
      eligible: 'yes',
      responsible: ['employment-ostrobothnia'],
      notes: [],
    })
    expect(a.part('integration-plan').responsible).toEqual(['employment-ostrobothnia'])
    expect(a.part('integration-plan').notes).toContain('employmentPlan')
    expect(a.part('civic-orientation').responsible).toEqual(['employment-ostrobothnia'])
    expect(a.part('integration-training')).toMatchObject({
      eligible: 'yes',
      responsible: ['employment-ostrobothnia'],
    })
    expect(a.infoPoints).toEqual(['nykarleby'])
  })

  it('Kronoby, unemployed: Jakobstad region employment area (L151)', () => {
    const a = answer({ municipality: 'kronoby', age: '40', jobSeeker: 'unemployed' })
    expect(a.part('assessment').responsible).toEqual(['employment-jakobstad'])
    expect(a.infoPoints).toEqual(['kronoby'])
  })

  it('Jakobstad quota refugee: the Integration Unit with the wellbeing county, multisectoral (L149, L155)', () => {
    const a = answer({
      municipality: 'jakobstad',
      age: '29',
      jobSeeker: 'not',
      categories: ['quota-refugee'],
      residencePermit: '2025-10',
      arrived: '2026-01',
    })
    expect(a.part('assessment')).toMatchObject({
      eligible: 'yes',
      responsible: ['integration-unit', 'wellbeing-ostrobothnia'],
      notes: ['multisectoral'],
    })
    expect(a.part('integration-plan')).toMatchObject({
      eligible: 'if-assessed',
      responsible: ['integration-unit', 'wellbeing-ostrobothnia'],
      notes: ['multisectoralPlan', 'planAfterAssessment'],
    })
    // L202: recently arrived, so civic orientation applies, arranged jointly (L202, AMB-10).
    expect(a.part('civic-orientation')).toMatchObject({
      eligible: 'yes',
      responsible: ['integration-unit', 'employment-jakobstad'],
    })
    expect(a.part('civic-orientation').closesOn).toBe('2028-10-01')
    expect(a.infoPoints).toEqual(['jakobstad', 'romporten'])
  })

  it('under 25: education is the plan’s main goal (L173)', () => {
    const a = answer({ municipality: 'pedersore', age: '22', jobSeeker: 'not' })
    expect(a.part('integration-plan').notes).toContain('educationFirst')
    const older = answer({ municipality: 'pedersore', age: '25', jobSeeker: 'not' })
    expect(older.part('integration-plan').notes).not.toContain('educationFirst')
  })

  it('international protection, not a job seeker: the Integration Unit (L149)', () => {
    const a = answer({
      municipality: 'larsmo',
      age: '31',
      jobSeeker: 'not',
      categories: ['international-protection'],
    })
    expect(a.part('assessment')).toMatchObject({ responsible: ['integration-unit'], notes: [] })
    // Larsmo has no info point of its own: Jakobstad's (AMB-26).
    expect(a.infoPoints).toEqual(['jakobstad'])
  })

  it('an unemployed job seeker in an Integration Unit group goes to a case conference (AMB-04)', () => {
    const a = answer({
      municipality: 'jakobstad',
      age: '35',
      jobSeeker: 'unemployed',
      categories: ['international-protection'],
    })
    expect(a.part('assessment').responsible).toEqual(['employment-jakobstad'])
    expect(a.part('assessment').notes).toContain('caseConference')
  })

  it('a job seeker who is not unemployed: the employment area, with a case conference (AMB-01)', () => {
    const a = answer({ municipality: 'jakobstad', age: '35', jobSeeker: 'other-job-seeker' })
    expect(a.part('assessment').responsible).toEqual(['employment-jakobstad'])
    expect(a.part('assessment').notes).toContain('caseConference')
  })

  it('follows the programme settings the server routes with', () => {
    const questions = {
      municipality: 'jakobstad',
      age: '35',
      jobSeeker: 'not',
      categories: ['other'],
    }
    expect(answer(questions).part('assessment').responsible).toEqual(['integration-unit'])
    const notOffered = answer(questions, withSettings({ otherImmigrantsAssessment: 'not-offered' }))
    expect(notOffered.part('assessment')).toMatchObject({
      eligible: 'no',
      responsible: [],
      notes: ['notOffered'],
    })
  })
})

describe('civic orientation (L202)', () => {
  it('is for adults', () => {
    const a = answer({
      municipality: 'jakobstad',
      age: '16',
      jobSeeker: 'not',
      categories: ['unaccompanied-minor'],
      arrived: '2026-01',
    })
    expect(a.part('civic-orientation')).toMatchObject({ eligible: 'no', notes: ['notAdult'] })
    expect(a.part('assessment').notes).toContain('multisectoral')
  })

  it('asks for the dates when neither is given', () => {
    const a = answer({ municipality: 'jakobstad', age: '30', jobSeeker: 'not' })
    expect(a.part('civic-orientation')).toMatchObject({ eligible: 'no', notes: ['datesMissing'] })
  })

  it('closes three years after the permit and a year after arrival', () => {
    const a = answer({
      municipality: 'jakobstad',
      age: '30',
      jobSeeker: 'not',
      residencePermit: '2022-01',
      arrived: '2021-12',
    })
    expect(a.part('civic-orientation')).toMatchObject({ eligible: 'no', notes: ['windowClosed'] })
    // Not a newcomer either (AMB-28): other services and guidance say so.
    expect(a.part('other-services').notes).toEqual(['notNewcomer'])
    expect(a.part('guidance').notes).toEqual(['notNewcomer'])
  })
})

describe('the questions', () => {
  it('needs a municipality, an age and a job-seeker answer', () => {
    expect(answerWhatApplies({}, today, defaultSettings)).toEqual({
      ok: false,
      errors: [
        { field: 'municipality', problem: 'required' },
        { field: 'age', problem: 'required' },
        { field: 'jobSeeker', problem: 'required' },
      ],
    })
  })

  it('refuses ages that are not whole years and months that are not months or still to come', () => {
    const result = answerWhatApplies(
      {
        municipality: 'helsinki',
        age: 'thirty',
        jobSeeker: 'maybe',
        residencePermit: '2026-04',
        arrived: 'March',
      },
      today,
      defaultSettings,
    )
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'municipality', problem: 'required' },
        { field: 'age', problem: 'invalid' },
        { field: 'jobSeeker', problem: 'required' },
        { field: 'residencePermit', problem: 'future' },
        { field: 'arrived', problem: 'invalid' },
      ],
    })
    if (!result.ok) {
      expect(result.errors.map(errorMessage)).toEqual([
        'municipality',
        'age',
        'jobSeeker',
        'future',
        'month',
      ])
    }
    expect(
      answerWhatApplies(
        { municipality: 'kronoby', age: '121', jobSeeker: 'not' },
        today,
        defaultSettings,
      ).ok,
    ).toBe(false)
  })

  it('reads Persian and Arabic-Indic digits', () => {
    const a = answer({
      municipality: 'jakobstad',
      age: '۳۴',
      jobSeeker: 'not',
      arrived: '٢٠٢٦-٠١',
    })
    expect(a.part('civic-orientation').eligible).toBe('yes')
    expect(parseYearMonth('۲۰۲۵-۰۳')?.toString()).toBe('2025-03-01')
  })

  it('reads a month year first or month first, or a whole date', () => {
    expect(parseYearMonth('2025-03')?.toString()).toBe('2025-03-01')
    expect(parseYearMonth('2025-3')?.toString()).toBe('2025-03-01')
    expect(parseYearMonth('2025/03')?.toString()).toBe('2025-03-01')
    expect(parseYearMonth('03/2025')?.toString()).toBe('2025-03-01')
    expect(parseYearMonth('3.2025')?.toString()).toBe('2025-03-01')
    expect(parseYearMonth('2025-03-17')?.toString()).toBe('2025-03-17')
    expect(parseYearMonth('2025-13')).toBeUndefined()
    expect(parseYearMonth('1850-01')).toBeUndefined()
    expect(parseYearMonth('<script>')).toBeUndefined()
  })

  it('ignores categories it does not know', () => {
    const a = answer({
      municipality: 'jakobstad',
      age: '30',
      jobSeeker: 'not',
      categories: ['quota-refugee', 'quota-refugee', '<b>x</b>'],
    })
    expect(a.part('assessment').notes).toEqual(['multisectoral'])
  })
})

describe('fillMessage', () => {
  it('fills simple arguments and leaves unknown ones', () => {
    expect(fillMessage('Ordnas av: {organisations}', { organisations: 'A och B' })).toBe(
      'Ordnas av: A och B',
    )
    expect(fillMessage('{date} {other}', { date: '2 mars 2026' })).toBe('2 mars 2026 {other}')
  })
})
