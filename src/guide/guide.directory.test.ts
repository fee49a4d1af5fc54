import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.js'
import { guideCatalogues } from '../shared/i18n/guide/index.js'
import { formatMessage, type GuideLanguage } from '../shared/i18n/i18n.js'
import { listDirectoryEntries } from './guide.queries.js'

// The directory and the info points read from directory_entry on a real
// (test) database: every valid actor listed, server-side filters, expired and
// retired entries hidden, and hostile text rendered as text.

let t: TestApp

beforeAll(async () => {
  // 2 March 2026 in Helsinki.
  t = await createTestApp({ now: '2026-03-02T09:00:00Z' })
})

afterAll(async () => {
  await t.close()
})

async function get(url: string) {
  return t.app.inject({ method: 'GET', url })
}

/** Text as React writes it into HTML. */
function escaped(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;')
}

function message(
  language: GuideLanguage,
  text: string,
  values?: Record<string, string | number>,
): string {
  return escaped(formatMessage(text, language, values))
}

/** One directory entry's <li>, up to the next entry or the end of its area. */
function entryOf(html: string, id: string): string {
  const start = html.indexOf(`<li class="entry" data-qa="directory-entry-${id}">`)
  if (start === -1) return ''
  const rest = html.slice(start + 1)
  const ends = [rest.indexOf('<li class="entry"'), rest.indexOf('</section>')].filter((i) => i >= 0)
  return html.slice(start, start + 1 + Math.min(...ends))
}

describe('the directory', () => {
  const now = new Date('2026-03-01T10:00:00Z')

  async function insertEntry(entry: {
    id: string
    kind: string
    names: Record<string, string>
    municipalities?: string[]
    descriptions?: Record<string, string>
    website?: string
    email?: string
    phone?: string
    address?: Record<string, string>
    languages?: string[]
    openingHours?: object
    validFrom?: string
    validUntil?: string
    retiredAt?: Date
  }) {
    await t.database.db
      .insertInto('directory_entry')
      .values({
        id: entry.id,
        kind: entry.kind,
        municipalities: entry.municipalities ?? [],
        info_point: null,
        names: JSON.stringify(entry.names),
        descriptions: JSON.stringify(entry.descriptions ?? {}),
        website: entry.website ?? null,
        email: entry.email ?? null,
        phone: entry.phone ?? null,
        address: entry.address ? JSON.stringify(entry.address) : null,
        languages: entry.languages ?? [],
        opening_hours: entry.openingHours ? JSON.stringify(entry.openingHours) : null,
        valid_from: entry.validFrom ?? null,
        valid_until: entry.validUntil ?? null,
        retired_at: entry.retiredAt ?? null,
        created_at: now,
        updated_at: now,
      })
      .execute()
  }

  beforeAll(async () => {
    await insertEntry({
      id: 'test-language-cafe',
      kind: 'social-network',
      municipalities: ['larsmo'],
      names: { sv: 'Språkcafé i Larsmo', ar: 'مقهى اللغة في لارسمو' },
      descriptions: { sv: 'Öva svenska över en kopp kaffe.' },
      website: 'https://example.fi/sprakcafe',
      email: 'cafe@example.fi',
      phone: '+358 (0)6 123 4567',
      address: {
        street: 'Storgatan 1',
        postalCode: '68570',
        city: 'Larsmo',
        entrance: 'Gårdssidan',
      },
      languages: ['sv', 'fi', 'ar'],
      openingHours: {
        regular: [
          { days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' },
          { days: [6], opens: '10:00', closes: '12:00' },
        ],
        exceptions: [
          { date: '2026-01-06', closed: true, note: 'Trettondagen' },
          { date: '2026-04-03', closed: true, note: { sv: 'Långfredagen', en: 'Good Friday' } },
          { date: '2026-04-30', closed: false, opens: '08:00', closes: '12:00' },
        ],
      },
    })
    await insertEntry({
      id: 'test-expired-project',
      kind: 'project',
      names: { sv: 'Avslutat testprojekt' },
      validFrom: '2025-01-01',
      validUntil: '2026-03-01',
    })
    await insertEntry({
      id: 'test-future-course',
      kind: 'educator',
      names: { sv: 'Framtida testkurs' },
      validFrom: '2026-03-03',
    })
    await insertEntry({
      id: 'test-retired-club',
      kind: 'third-sector',
      municipalities: ['kronoby'],
      names: { sv: 'Nedlagd testklubb' },
      retiredAt: new Date('2026-02-01T00:00:00Z'),
    })
    await insertEntry({
      id: 'test-hostile',
      kind: 'third-sector',
      municipalities: ['nykarleby'],
      names: { sv: '<script>alert("name")</script>' },
      descriptions: { sv: '<img src=x onerror=alert(1)> & <b onclick="x">fet</b>' },
      website: 'https://example.fi/"><script>alert(2)</script>',
      email: '"><script>alert(3)</script>@example.fi',
      phone: '<svg onload=alert(4)>',
      address: { street: '<iframe src="javascript:alert(5)">', city: '</dd><script>' },
      languages: ['sv'],
      openingHours: {
        regular: [{ days: [1], opens: '<b>8</b>', closes: '16:00' }],
        exceptions: [{ date: '2026-05-01', closed: true, note: '<script>alert(6)</script>' }],
      },
    })
  })

  it('lists every actor valid today, under the municipalities it serves', async () => {
    const html = (await get('/sv/directory')).body
    const valid = await listDirectoryEntries(t.database.db, { today: t.clock.today() })
    expect(valid.length).toBeGreaterThan(0)
    for (const entry of valid) expect(html).toContain(`data-qa="directory-entry-${entry.id}"`)
    expect(html).toContain(
      `data-qa="directory-count">${message('sv', guideCatalogues.sv.messages.directory.count, { count: valid.length })}<`,
    )
    const larsmo = html.match(/data-qa="directory-area-larsmo"[\s\S]*?<\/section>/)?.[0] ?? ''
    expect(larsmo).toContain('data-qa="directory-entry-test-language-cafe"')
    // Region-wide entries come first.
    expect(html.indexOf('data-qa="directory-area-region"')).toBeLessThan(
      html.indexOf('data-qa="directory-area-jakobstad"'),
    )
  })

  it('shows what an entry offers, its address, web page, contacts, languages and hours', async () => {
    const html = (await get('/sv/directory?municipality=larsmo')).body
    const entry = entryOf(html, 'test-language-cafe')
    expect(entry).toContain('<h3>Språkcafé i Larsmo</h3>')
    expect(entry).toContain('<p class="kind">Sociala nätverk</p>')
    expect(entry).toContain('Öva svenska över en kopp kaffe.')
    expect(entry).toContain('Storgatan 1, 68570 Larsmo')
    expect(entry).toContain('<dd lang="sv">Gårdssidan</dd>')
    expect(entry).toContain('<a href="https://example.fi/sprakcafe">example.fi/sprakcafe</a>')
    expect(entry).toContain('<a href="mailto:cafe@example.fi">cafe@example.fi</a>')
    expect(entry).toContain('<a href="tel:+35861234567">+358 (0)6 123 4567</a>')
    expect(entry).toContain('svenska, finska och arabiska')
    expect(entry).toContain('<li>måndag–fredag 08:00–16:00</li>')
    expect(entry).toContain('<li>lördag 10:00–12:00</li>')
    // Past exceptions are left out; upcoming ones are listed with their notes.
    expect(entry).not.toContain('Trettondagen')
    expect(entry).toContain('3 april 2026: Stängt')
    expect(entry).toContain('Långfredagen')
    expect(entry).toContain('30 april 2026: 08:00–12:00')
  })

  it('shows the reader’s language where there is one and marks the Swedish fallback', async () => {
    const html = (await get('/ar/directory?municipality=larsmo')).body
    expect(html).toContain('<h3>مقهى اللغة في لارسمو</h3>')
    expect(html).toContain(
      '<p lang="sv">Öva svenska över en kopp kaffe.<span class="fallback-note" lang="ar">',
    )
    expect(html).toContain('الاثنين–الجمعة')
    expect(html).toContain('<h2 id="area-larsmo">لارسمو (Larsmo)</h2>')
  })

  it('leaves out entries that have expired, have not started or are retired', async () => {
    const html = (await get('/sv/directory')).body
    expect(html).not.toContain('test-expired-project')
    expect(html).not.toContain('test-future-course')
    expect(html).not.toContain('test-retired-club')
    expect(html).not.toContain('Nedlagd testklubb')
  })

  it('filters by kind and by municipality on the server', async () => {
    const byKind = (await get('/en/directory?kind=social-network')).body
    const kinds = [...byKind.matchAll(/<p class="kind">([^<]*)<\/p>/g)].map((match) => match[1])
    expect(kinds.length).toBeGreaterThan(0)
    expect(new Set(kinds)).toEqual(new Set(['Social networks']))
    expect(byKind).toContain('<option value="social-network" selected="">')

    const inKronoby = (await get('/en/directory?municipality=kronoby')).body
    const areas = [...inKronoby.matchAll(/data-qa="directory-area-([a-z]+)"/g)].map((m) => m[1])
    expect(areas.every((area) => area === 'region' || area === 'kronoby')).toBe(true)
    expect(inKronoby).not.toContain('test-language-cafe')

    const both = (await get('/en/directory?kind=social-network&municipality=larsmo')).body
    expect(both).toContain('data-qa="directory-entry-test-language-cafe"')
    // The language switcher keeps the filter.
    expect(both).toContain('href="/fi/directory?kind=social-network&amp;municipality=larsmo"')
  })

  it('ignores unknown filter values rather than failing', async () => {
    const response = await get('/sv/directory?kind=%3Cscript%3E&municipality=helsinki&kind=x')
    expect(response.statusCode).toBe(200)
    expect(response.body).not.toContain('<script')
    expect(response.body).toContain('data-qa="directory-entry-test-language-cafe"')
  })

  it('renders hostile directory text as text, never as markup', async () => {
    const html = (await get('/sv/directory?municipality=nykarleby')).body
    expect(html).not.toMatch(/<(script|img|iframe|svg|b)[\s>]/i)
    expect(html).not.toMatch(/<[^>]*\son(error|load|click)=/i)
    expect(html).toContain('&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;')
    expect(html).toContain(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b onclick=&quot;x&quot;&gt;fet&lt;/b&gt;',
    )
    expect(html).toContain('&lt;iframe src=&quot;javascript:alert(5)&quot;&gt;')
    // Contacts that are not what they claim to be are shown, not linked.
    expect(html).not.toContain('href="mailto:&quot;')
    expect(html).not.toMatch(/href="tel:[^"]*svg/)
    expect(html).not.toContain('href="javascript:')
    // The web page is linked only as the URL it parses to, quotes encoded.
    expect(html).toContain('href="https://example.fi/%22%3E%3Cscript%3Ealert(2)%3C/script%3E"')
  })
})

describe('the info points', () => {
  it('shows the four points with address, entrance, hours and languages', async () => {
    const html = (await get('/sv/info-points')).body
    for (const point of ['jakobstad', 'nykarleby', 'kronoby', 'romporten']) {
      expect(html).toContain(`data-qa="info-point-${point}"`)
    }
    expect(html).toContain('Strengbergsgatan 1, Jakobstad')
    expect(html).toContain('Ingång från Alholmsgatan')
    expect(html).toContain('Topeliusesplanaden 10, Nykarleby')
    expect(html).toContain('Torgarevägen 4, Kronoby')
    expect(html).toContain('Runebergsgatan 8, Jakobstad')
    expect(html).toContain('Larsmo och Pedersöre har ingen egen infopunkt')
    expect(html).toContain('Andra språk med hjälp av tolk vid behov.')
    const romporten = html.match(/data-qa="info-point-romporten"[\s\S]*?<\/section>/)?.[0] ?? ''
    expect(romporten).toMatch(/måndag–fredag 08:00–16:00|Öppet kontorstid, kl\. 8–16\./)
  })
})
