import { describe, expect, it } from 'vitest'
import {
  type EntryContent,
  entryContent,
  isHttpsAddress,
  newDirectoryEntry,
  unsafeCharacter,
} from '../shared/api/directory.schemas.js'
import { LocalDate } from '../shared/time/local-date.js'
import {
  canonicalContent,
  changedFields,
  entryStatus,
  filledFields,
  idFromName,
} from './directory.js'

const content = (overrides: Partial<EntryContent> = {}): EntryContent => ({
  kind: 'third-sector',
  municipalities: [],
  infoPoint: null,
  names: { sv: 'Fiktiva föreningen' },
  descriptions: {},
  website: null,
  email: null,
  phone: null,
  address: null,
  languages: [],
  openingHours: null,
  validFrom: null,
  validUntil: null,
  ...overrides,
})

describe('the canonical form of an entry', () => {
  it('orders municipalities, days, exception dates and texts one way', () => {
    const canonical = canonicalContent(
      content({
        municipalities: ['pedersore', 'jakobstad'],
        names: { fi: 'Yhdistys', sv: 'Förening' },
        openingHours: {
          regular: [{ days: [5, 1, 3], opens: '08:00', closes: '12:00' }],
          exceptions: [
            { date: '2026-12-31', closed: true },
            { date: '2026-12-24', closed: true, note: undefined },
          ],
        },
      }),
    )
    expect(canonical.municipalities).toEqual(['jakobstad', 'pedersore'])
    expect(Object.keys(canonical.names)).toEqual(['sv', 'fi'])
    expect(canonical.openingHours).toEqual({
      regular: [{ days: [1, 3, 5], opens: '08:00', closes: '12:00' }],
      exceptions: [
        { date: '2026-12-24', closed: true },
        { date: '2026-12-31', closed: true },
      ],
    })
  })

  it('has no opening hours rather than empty ones', () => {
    expect(
      canonicalContent(content({ openingHours: { regular: [], exceptions: [] } })).openingHours,
    ).toBeNull()
  })

  it('tells changed fields apart from reordered ones', () => {
    const before = content({ names: { sv: 'A', fi: 'B' } })
    expect(changedFields(before, content({ names: { fi: 'B', sv: 'A' } }))).toEqual([])
    expect(changedFields(before, content({ names: { sv: 'A' }, website: 'https://x.fi' }))).toEqual(
      ['names', 'website'],
    )
    expect(filledFields(before)).toEqual(['kind', 'names'])
  })
})

describe('entryStatus', () => {
  const day = (text: string) => LocalDate.parse(text)
  const works = { retiredAt: null, validFrom: '2024-01-01', validUntil: '2026-04-30' }

  it('lists an entry inside its period, the last day included', () => {
    expect(entryStatus(works, day('2023-12-31'))).toBe('upcoming')
    expect(entryStatus(works, day('2024-01-01'))).toBe('current')
    expect(entryStatus(works, day('2026-04-30'))).toBe('current')
    expect(entryStatus(works, day('2026-05-01'))).toBe('expired')
    expect(entryStatus({ ...works, retiredAt: new Date() }, day('2025-01-01'))).toBe('retired')
  })
})

describe('idFromName', () => {
  it('makes an address-safe id from a Swedish name', () => {
    expect(idFromName('Folkhälsan, Jakobstad')).toBe('folkhalsan-jakobstad')
    expect(idFromName('FRIDA – Fri från våld')).toBe('frida-fri-fran-vald')
    expect(idFromName('<script>alert(1)</script>')).toBe('script-alert-1-script')
    expect(idFromName('مسجد')).toBe('entry')
  })
})

describe('the entry schemas', () => {
  it('takes hostile text as text, but not control characters or lone surrogates', () => {
    expect(unsafeCharacter('<script>alert(1)</script>', false)).toBe(false)
    expect(unsafeCharacter('مرحبا 👋', false)).toBe(false)
    expect(unsafeCharacter('rad ett\nrad två', true)).toBe(false)
    expect(unsafeCharacter('rad ett\nrad två', false)).toBe(true)
    expect(unsafeCharacter('\u202e', false)).toBe(false) // shown, not stripped (see the report)
    for (const bad of ['\u0000', '\u001b[31m', '\u007f', '\u0085', '\ud800', 'x\udc00']) {
      expect(unsafeCharacter(bad, true), JSON.stringify(bad)).toBe(true)
    }
  })

  it('accepts only https web addresses without credentials', () => {
    expect(isHttpsAddress('https://www.jakobstad.fi/integration')).toBe(true)
    for (const bad of [
      'http://x.fi',
      'HTTPS://x.fi',
      'javascript:alert(1)',
      'https://',
      'https://u:p@x.fi',
    ]) {
      expect(isHttpsAddress(bad), bad).toBe(false)
    }
  })

  it('checks fields against each other', () => {
    const issues = (value: unknown) =>
      (entryContent.safeParse(value).error?.issues ?? []).map((i) => i.path.join('.'))
    expect(issues(content())).toEqual([])
    expect(issues(content({ descriptions: { fi: 'Kuvaus' } }))).toEqual(['descriptions.sv'])
    expect(issues(content({ kind: 'info-point' }))).toEqual(['infoPoint'])
    expect(issues(content({ validFrom: '2026-01-02', validUntil: '2026-01-01' }))).toEqual([
      'validUntil',
    ])
  })

  it('normalises line breaks and trims texts', () => {
    const parsed = newDirectoryEntry.parse({
      kind: 'project',
      names: { sv: '  Projekt  ' },
      descriptions: { sv: 'ett\r\ntvå\rtre' },
    })
    expect(parsed.names.sv).toBe('Projekt')
    expect(parsed.descriptions?.sv).toBe('ett\ntvå\ntre')
  })
})
