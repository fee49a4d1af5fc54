import { describe, expect, it } from 'vitest'
import {
  type DirectoryEntry,
  type DirectoryEntryRow,
  dayRanges,
  entryFromRow,
  groupByArea,
  inLanguage,
  mailtoHref,
  regularHoursLines,
  telHref,
  upcomingExceptions,
  websiteHref,
} from './directory.js'
import { formatDate, formatTime, languageName } from './format.js'

const row: DirectoryEntryRow = {
  id: 'x',
  kind: 'educator',
  municipalities: ['jakobstad'],
  info_point: null,
  names: { sv: 'Namn' },
  descriptions: {},
  website: null,
  email: null,
  phone: null,
  address: null,
  languages: [],
  opening_hours: null,
  valid_until: null,
}

describe('entryFromRow', () => {
  it('keeps what it can show and drops what it cannot', () => {
    const entry = entryFromRow({
      ...row,
      municipalities: ['jakobstad', 'helsinki'],
      names: { sv: 'Namn', fi: '', en: 7 },
      address: { street: 'Storgatan 1', city: 42 },
      languages: ['sv', 'not a tag'],
      opening_hours: {
        regular: [
          { days: [1, 2, 9, 'x'], opens: '08:00', closes: '16:00' },
          { days: [], opens: '08:00', closes: '16:00' },
          'nonsense',
        ],
        exceptions: [{ date: '2026-12-24', closed: true, note: { sv: 'Julafton', en: 3 } }, {}],
      },
    })
    expect(entry).toEqual({
      id: 'x',
      kind: 'educator',
      municipalities: ['jakobstad'],
      names: { sv: 'Namn' },
      descriptions: {},
      address: { street: 'Storgatan 1' },
      languages: ['sv'],
      openingHours: {
        regular: [{ days: [1, 2], opens: '08:00', closes: '16:00' }],
        exceptions: [{ date: '2026-12-24', closed: true, note: { sv: 'Julafton' } }],
      },
    })
  })

  it('leaves out an entry without a name or of an unknown kind', () => {
    expect(entryFromRow({ ...row, names: {} })).toBeUndefined()
    expect(entryFromRow({ ...row, kind: 'casino' })).toBeUndefined()
  })
})

describe('inLanguage', () => {
  it('prefers the reader’s language, then Swedish, then any', () => {
    expect(inLanguage({ sv: 'Hej', ar: 'مرحبا' }, 'ar')).toEqual({ text: 'مرحبا', language: 'ar' })
    expect(inLanguage({ sv: 'Hej', fi: 'Hei' }, 'so')).toEqual({ text: 'Hej', language: 'sv' })
    expect(inLanguage({ en: 'Hello' }, 'fa')).toEqual({ text: 'Hello', language: 'en' })
    expect(inLanguage({}, 'sv')).toBeUndefined()
  })
})

describe('groupByArea', () => {
  const entry = (id: string, municipalities: DirectoryEntry['municipalities']): DirectoryEntry => ({
    id,
    kind: 'third-sector',
    municipalities,
    names: { sv: id },
    descriptions: {},
    languages: [],
  })

  it('lists the whole region first, then each municipality it serves', () => {
    const groups = groupByArea([
      entry('four-h', ['kronoby', 'larsmo']),
      entry('red-cross', []),
      entry('mosque', ['jakobstad']),
    ])
    expect(groups.map((g) => [g.area, g.entries.map((e) => e.id)])).toEqual([
      ['region', ['red-cross']],
      ['jakobstad', ['mosque']],
      ['kronoby', ['four-h']],
      ['larsmo', ['four-h']],
    ])
    expect(
      groupByArea([entry('four-h', ['kronoby', 'larsmo'])], 'larsmo').map((g) => g.area),
    ).toEqual(['larsmo'])
  })
})

describe('opening hours in the reader’s language', () => {
  it('joins consecutive weekdays into ranges', () => {
    expect(dayRanges([1, 2, 3, 4, 5], 'sv')).toBe('måndag–fredag')
    expect(dayRanges([5, 1, 3], 'en')).toBe('Monday, Wednesday, and Friday')
    expect(dayRanges([1, 2, 4, 6, 7], 'fi')).toBe(
      'maanantai–tiistai, torstai ja lauantai–sunnuntai',
    )
    expect(dayRanges([6], 'so')).toBe(
      new Intl.DateTimeFormat('so', { weekday: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2024, 0, 6),
      ),
    )
  })

  it('writes the times in 24-hour form with the reader’s digits', () => {
    const hours = {
      regular: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }],
      exceptions: [],
    }
    expect(regularHoursLines(hours, 'en')).toEqual(['Monday–Friday 08:00–16:00'])
    expect(regularHoursLines(hours, 'fa')[0]).toContain('۰۸:۰۰')
    expect(formatTime('8 am', 'sv')).toBe('8 am')
  })

  it('lists exceptions from today on, in date order, with notes in the reader’s language', () => {
    const hours = {
      regular: [],
      exceptions: [
        { date: '2026-12-24', closed: true, note: { sv: 'Julafton', en: 'Christmas Eve' } },
        { date: '2026-01-06', closed: true },
        { date: '2026-04-30', closed: false, opens: '08:00', closes: '12:00' },
        { date: 'tomorrow', closed: true },
      ],
    }
    expect(upcomingExceptions(hours, '2026-03-02', 'en')).toEqual([
      { date: 'April 30, 2026', hours: '08:00–12:00' },
      { date: 'December 24, 2026', note: { text: 'Christmas Eve', language: 'en' } },
    ])
  })

  it('writes Persian dates in the Gregorian calendar', () => {
    expect(formatDate('2026-03-02', 'fa')).toContain('۲۰۲۶')
    expect(formatDate('not a date', 'fa')).toBe('not a date')
  })

  it('names languages in the reader’s language', () => {
    expect(languageName('ar', 'sv')).toBe('arabiska')
    expect(languageName('so', 'en')).toBe('Somali')
    expect(languageName('!!', 'en')).toBe('!!')
  })
})

describe('links from directory data', () => {
  it('links only https web pages', () => {
    expect(websiteHref('https://example.fi/kurs')).toBe('https://example.fi/kurs')
    expect(websiteHref('javascript:alert(1)')).toBeUndefined()
    expect(websiteHref('http://example.fi')).toBeUndefined()
    expect(websiteHref('not a url')).toBeUndefined()
  })

  it('links only what looks like an e-mail address', () => {
    expect(mailtoHref('info@example.fi')).toBe('mailto:info@example.fi')
    expect(mailtoHref('"><script>@x.fi')).toBeUndefined()
    expect(mailtoHref('a@b.fi?bcc=everyone@x.fi')).toBeUndefined()
  })

  it('dials the number as written, without the trunk zero after the country code', () => {
    expect(telHref('+358 (0)44 785 1686')).toBe('tel:+358447851686')
    expect(telHref('06-786 1111')).toBe('tel:067861111')
    expect(telHref('<svg onload=alert(1)>')).toBeUndefined()
    expect(telHref('12')).toBeUndefined()
  })
})
