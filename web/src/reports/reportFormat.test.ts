import { describe, expect, it } from 'vitest'
import { formatMessage, lookup, type MessageTree } from '../../../src/shared/i18n/i18n.js'
import { staffCatalogues } from '../../../src/shared/i18n/staff/index.js'
import type { MessageKey, MessageValues } from '../i18n.js'
import { barLengths } from './chart.js'
import {
  formatCount,
  formatDays,
  formatFigure,
  formatMonth,
  formatPeriod,
  formatShare,
  keyName,
} from './reportFormat.js'
import { reportIssueText } from './reportIssues.js'

// `t` as the app builds it (i18n.tsx's translatorFor), without React.
const translator =
  (language: 'sv' | 'fi' | 'en') =>
  (key: MessageKey, values?: MessageValues): string =>
    formatMessage(
      lookup(staffCatalogues[language].messages as MessageTree, key) ?? key,
      language,
      values,
    )
const sv = translator('sv')
const fi = translator('fi')
const nbsp = '\u00a0'

describe('figures as text', () => {
  it('writes counts with the language’s grouping and keeps hidden ones as they are', () => {
    expect(formatCount(1234, 'sv')).toBe(`1${nbsp}234`)
    expect(formatCount(1234, 'en')).toBe('1,234')
    expect(formatCount(0, 'fi')).toBe('0')
    expect(formatCount('<5', 'sv')).toBe('<5')
    expect(formatCount('x', 'fi')).toBe('x')
  })

  it('writes medians in days and shares in whole percent', () => {
    expect(formatDays(12.5, sv)).toBe('12,5 dagar')
    expect(formatDays(1, fi)).toBe('1 päivä')
    expect(formatDays('x', sv)).toBe('x')
    expect(formatDays(null, sv)).toBeUndefined()
    expect(formatShare(1 / 3, 'sv')).toBe(`33${nbsp}%`)
    expect(formatShare(0.5, 'en')).toBe('50%')
    expect(formatShare(null, 'fi')).toBeUndefined()
  })

  it('picks the form by the figure’s id', () => {
    expect(formatFigure('median-days-assessment-to-plan', 30, 'sv', sv)).toBe('30 dagar')
    expect(formatFigure('under-25-education-share', 0.25, 'fi', fi)).toBe(`25${nbsp}%`)
    expect(formatFigure('reviews-late', 3, 'sv', sv)).toBe('3')
    expect(formatFigure('assessments', '<5', 'sv', sv)).toBe('<5')
    expect(formatFigure('median-days-arrival-to-assessment', null, 'sv', sv)).toBeUndefined()
  })

  it('names months and periods in the language', () => {
    expect(formatMonth('2026-01', 'sv')).toBe('januari 2026')
    expect(formatMonth('2026-03', 'fi')).toBe('maaliskuu 2026')
    expect(formatMonth('not-a-month', 'sv')).toBe('not-a-month')
    expect(formatPeriod('2025-01-01', '2025-12-31', 'fi')).toBe('1.1.2025–31.12.2025')
  })
})

describe('breakdown keys by name', () => {
  it('names municipalities, organisations and info points in the language', () => {
    expect(keyName('municipality', 'pedersore', 'sv', sv)).toBe('Pedersöre')
    expect(keyName('municipality', 'jakobstad', 'fi', fi)).toBe('Pietarsaari')
    expect(keyName('organisation', 'wellbeing-ostrobothnia', 'fi', fi)).toBe(
      'Pohjanmaan hyvinvointialue',
    )
    expect(keyName('infoPoint', 'jakobstad', 'sv', sv)).toBe('Integrationsporten, Jakobstad')
    expect(keyName('infoPoint', 'kronoby', 'fi', fi)).toBe('Integrationsporten Kruunupyy')
  })

  it('names languages, the unknown one, topics and languages of service', () => {
    expect(keyName('language', 'ar', 'sv', sv)).toBe('arabiska')
    expect(keyName('language', 'und', 'sv', sv)).toBe('okänt')
    expect(keyName('language', 'und', 'fi', fi)).toBe('tuntematon')
    expect(keyName('topic', 'residence-permit', 'sv', sv)).toBe('Uppehållstillstånd')
    expect(keyName('serviceLanguage', 'other', 'sv', sv)).toBe('Annat språk, med tolk')
    expect(keyName('month', '2025-12', 'fi', fi)).toBe('joulukuu 2025')
  })

  it('shows a key it does not know as it is', () => {
    expect(keyName('municipality', 'vaasa', 'sv', sv)).toBe('vaasa')
    expect(keyName('topic', 'weather', 'sv', sv)).toBe('weather')
    expect(keyName('organisation', 'kela', 'sv', sv)).toBe('kela')
  })
})

describe('bar lengths', () => {
  it('scales to the longest bar and draws none for hidden counts', () => {
    expect(barLengths([10, 5, 0, '<5', 'x'])).toEqual([100, 50, 0, 0, 0])
  })

  it('gives a count above zero at least a sliver', () => {
    expect(barLengths([1000, 1])).toEqual([100, 1])
  })

  it('draws nothing when there is nothing to draw', () => {
    expect(barLengths([0, 'x'])).toEqual([0, 0])
    expect(barLengths([])).toEqual([])
  })
})

describe('the API’s objections in the user’s language', () => {
  it('explains the follow-up query’s own messages', () => {
    expect(reportIssueText({ path: 'to', message: 'must not be before from' }, sv, 'sv')).toBe(
      'Slutdagen får inte vara före startdagen.',
    )
    expect(
      reportIssueText({ path: 'to', message: 'the period may be at most 10 years' }, fi, 'fi'),
    ).toBe('Jakso voi olla enintään 10 vuotta.')
  })

  it('explains the shared ones as every form does, and shows others as written', () => {
    expect(
      reportIssueText(
        { path: 'from', message: '2025-13-01 is not a date written YYYY-MM-DD' },
        sv,
        'sv',
      ),
    ).toBe('Ange ett datum.')
    expect(reportIssueText({ path: 'from', message: 'required' }, sv, 'sv')).toBe(
      'Fyll i det här fältet.',
    )
    expect(reportIssueText({ path: 'x', message: 'something new' }, sv, 'sv')).toBe('something new')
  })
})
