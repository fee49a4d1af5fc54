import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.js'
import { guideCatalogues } from '../shared/i18n/guide/index.js'
import {
  direction,
  formatMessage,
  type GuideLanguage,
  guideLanguages,
} from '../shared/i18n/i18n.js'
import { obligationCatalogues } from '../shared/i18n/obligations/index.js'
import {
  type GuidePageId,
  guidePages,
  guidePath,
  pageTitleMessage,
  preferredGuideLanguage,
  programmeParts,
} from './guide.js'

// Every page of the guide in every language, served by the whole app (with
// its security headers) on a test database. The directory's own tests are in
// guide.directory.test.ts.

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

/** A string as a regular expression that matches exactly it. */
function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function navOf(html: string, qa: string): string {
  return html.match(new RegExp(`<nav [^>]*data-qa="${qa}"[^>]*>[\\s\\S]*?</nav>`))?.[0] ?? ''
}

describe('GET /', () => {
  it.each([
    [undefined, 'sv'],
    ['', 'sv'],
    ['fi-FI,fi;q=0.9', 'fi'],
    ['ar', 'ar'],
    ['de', 'sv'],
    ['nb-NO,nb;q=0.9,no;q=0.8', 'sv'],
    ['de-DE,de;q=0.9,en;q=0.5,fi;q=0.8', 'fi'],
    ['en;q=0.4, ru;q=0.7, so;q=0.6', 'ru'],
    ['uk;q=0, en', 'en'],
    ['FA-ir', 'fa'],
    ['so;q=1.5, en;q=0.2', 'en'],
  ])('sends Accept-Language %j to /%s/', async (acceptLanguage, language) => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/',
      headers: acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage },
    })
    expect([302, 303]).toContain(response.statusCode)
    expect(response.headers.location).toBe(`/${language}/`)
    expect(response.headers.vary).toMatch(/accept-language/i)
  })

  it('keeps the order of the header among equal q-values', () => {
    expect(preferredGuideLanguage('en, fi')).toBe('en')
    expect(preferredGuideLanguage('fi;q=0.8, en;q=0.8')).toBe('fi')
  })
})

describe.each(guideLanguages)('every page in %s', (language) => {
  const { messages: m } = guideCatalogues[language]
  const site = formatMessage(m.meta.siteName, language)

  describe.each(guidePages)('%s', (page: GuidePageId) => {
    let html = ''
    let headers: Record<string, unknown> = {}

    beforeAll(async () => {
      const response = await get(guidePath(language, page))
      expect(response.statusCode).toBe(200)
      html = response.body
      headers = response.headers
    })

    it('is a whole document with lang, dir, title and the guide stylesheet', () => {
      expect(headers['content-type']).toBe('text/html; charset=utf-8')
      expect(headers['content-language']).toBe(language)
      expect(html.startsWith('<!doctype html>')).toBe(true)
      expect(html).toContain(`<html lang="${language}" dir="${direction(language)}">`)
      const heading = formatMessage(pageTitleMessage(m, page), language)
      const title = formatMessage(m.meta.titlePattern, language, { page: heading, site })
      expect(html).toContain(`<title>${escaped(title)}</title>`)
      expect(html).toMatch(new RegExp(`<h1 [^>]*>${literal(escaped(heading))}</h1>`))
      expect(html.match(/<h1[ >]/g)).toHaveLength(1)
      expect(html).toContain('<link rel="stylesheet" href="/guide/assets/guide.css"/>')
      expect(html).toContain(
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
      )
    })

    it('starts with a skip link and has the landmarks', () => {
      const firstFocusable = html.match(/<(a|button|input|select|textarea)\b[^>]*>/)?.[0]
      expect(firstFocusable).toContain('href="#main"')
      expect(html).toContain(`>${message(language, m.skipLink)}</a>`)
      expect(html).toContain('<header class="site-header">')
      expect(html).toContain('<main id="main" tabindex="-1">')
      expect(html).toContain('<footer class="site-footer">')
      expect(html).toContain('href="mailto:integration@jakobstad.fi"')
      expect(html).toContain('href="tel:+358447851686"')
    })

    it('lists every page in the site navigation, marking this one', () => {
      const nav = navOf(html, 'site-nav')
      expect(nav).toContain(`aria-label="${message(language, m.nav.label)}"`)
      for (const other of guidePages) {
        const link = nav.match(
          new RegExp(`<a href="${guidePath(language, other)}"[^>]*>([^<]*)</a>`),
        )
        expect(link, `link to ${other}`).not.toBeNull()
        expect(link?.[1]).toBe(message(language, m.nav[other]))
        expect(link?.[0].includes('aria-current="page"')).toBe(other === page)
      }
      expect(nav.match(/aria-current=/g)).toHaveLength(1)
    })

    it('switches language on the same page', () => {
      const nav = navOf(html, 'language-switcher')
      expect(nav).toContain(`aria-label="${message(language, m.languageSwitcher.label)}"`)
      for (const other of guideLanguages) {
        const link = nav.match(new RegExp(`<a href="${guidePath(other, page)}"[^>]*>([^<]*)</a>`))
        expect(link, `link to ${other}`).not.toBeNull()
        expect(link?.[0]).toContain(`lang="${other}"`)
        expect(link?.[1]).toBe(guideCatalogues[other].messages.meta.endonym)
        expect(link?.[0].includes('aria-current="page"')).toBe(other === language)
        expect(html).toMatch(
          new RegExp(
            `<link rel="alternate" hreflang="${other}" href="${guidePath(other, page)}"`,
            'i',
          ),
        )
      }
    })

    it('loads no script but the one external file of "what applies to me", and no inline style', () => {
      const scripts = html.match(/<script\b[^>]*>/gi) ?? []
      if (page === 'what-applies-to-me') {
        expect(scripts).toHaveLength(1)
        expect(scripts[0]).toMatch(
          /^<script src="\/guide\/assets\/what-applies\.js(\?v=[\w-]+)?" defer="">$/,
        )
        expect(html).toMatch(/<script src="[^"]+" defer=""><\/script>/)
      } else {
        expect(scripts).toEqual([])
      }
      expect(html).not.toMatch(/\sstyle=/i)
      expect(html).not.toMatch(/\son[a-z]+=/i)
    })

    it('says the translation is a draft and leaves no message unformatted', () => {
      expect(html).toContain(message(language, m.draftNotice))
      const visible = html.replace(/data-guide="[^"]*"/, '')
      expect(visible).not.toMatch(/\{[a-z]+(, ?(plural|select)[^}]*)?\}|undefined|\[object /i)
    })

    it('is served under the strict Content-Security-Policy', () => {
      expect(String(headers['content-security-policy'])).toContain("script-src 'self'")
      expect(String(headers['content-security-policy'])).toContain("style-src 'self'")
    })
  })

  it('redirects addresses without the trailing slash, or with an extra one', async () => {
    const home = await get(`/${language}?utm=x`)
    expect(home.statusCode).toBe(301)
    expect(home.headers.location).toBe(`/${language}/?utm=x`)
    const contact = await get(`/${language}/contact/`)
    expect(contact.statusCode).toBe(301)
    expect(contact.headers.location).toBe(`/${language}/contact`)
  })

  it('shows the six parts on the home page, each with who arranges it', async () => {
    const html = (await get(guidePath(language))).body
    for (const part of programmeParts) {
      expect(html).toContain(`data-qa="programme-part-${part}"`)
      expect(html).toContain(`<h2>${message(language, m.parts[part].title)}</h2>`)
    }
    expect(html.match(/<li class="programme-part"/g)).toHaveLength(6)
    expect(html.match(/<div class="arrangements">/g)).toHaveLength(6)
  })

  it('shows the five obligations and their consequences', async () => {
    const html = (await get(guidePath(language, 'obligations'))).body
    const o = obligationCatalogues[language].messages
    for (const text of [...Object.values(o.obligations), ...Object.values(o.consequences)]) {
      expect(html).toContain(message(language, text))
    }
  })
})

describe('the home page', () => {
  it('names who arranges the assessment in each municipality, from the routing rules', async () => {
    const html = (await get('/sv/')).body
    const assessment =
      html.match(
        /data-qa="programme-part-assessment"[\s\S]*?<\/li>\s*<li class="programme-part"/,
      )?.[0] ?? ''
    // L151: Nykarleby's unemployed job seekers go to OSO, the other four municipalities' to JSO.
    expect(assessment).toContain(
      'Jakobstad, Kronoby, Larsmo och Pedersöre:</span> Jakobstadsregionens sysselsättningsområde',
    )
    expect(assessment).toContain('Nykarleby:</span> Österbottens sysselsättningsområde')
    // L149: quota refugees with the wellbeing county, in all five municipalities.
    expect(assessment).toContain(
      'Alla kommuner:</span> Integrationsenheten, staden Jakobstad och Österbottens välfärdsområde',
    )
  })

  it('sends Larsmo and Pedersöre to the Jakobstad info point', async () => {
    const html = (await get('/en/')).body
    expect(html).toContain('Larsmo and Pedersöre:</span> Integrationsporten Jakobstad')
    expect(html).toContain('Jakobstad:</span> Integrationsporten Jakobstad and Romporten')
  })
})

describe('the accessibility statement', () => {
  it('names the feedback address and the supervisory authority’s site in every language', async () => {
    for (const language of guideLanguages) {
      const html = (await get(guidePath(language, 'accessibility'))).body
      expect(html).toContain('href="mailto:integration@jakobstad.fi"')
      expect(html).toContain('href="https://www.saavutettavuusvaatimukset.fi"')
      expect(html).toContain('WCAG 2.1')
    }
  })
})

describe('assets', () => {
  it('serves the stylesheet with a cache validator', async () => {
    const response = await get('/guide/assets/guide.css')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/css/)
    const css = await readFile(new URL('../../public/guide/guide.css', import.meta.url), 'utf8')
    expect(response.body).toBe(css)
    expect(css).toContain('"Noto Naskh Arabic"')
    const revalidated = await t.app.inject({
      method: 'GET',
      url: '/guide/assets/guide.css',
      headers: { 'if-none-match': String(response.headers.etag) },
    })
    expect(revalidated.statusCode).toBe(304)
  })

  it('serves the "what applies" script once built, and says so when it is not', async () => {
    const response = await get('/guide/assets/what-applies.js')
    const built = await readFile(
      new URL('../../dist/guide/what-applies.js', import.meta.url),
      'utf8',
    ).catch(() => undefined)
    if (built === undefined) {
      expect(response.statusCode).toBe(404)
    } else {
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toMatch(/^text\/javascript/)
      expect(response.body).toBe(built)
      // Nothing is sent anywhere from the reader's browser.
      expect(built).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|localStorage|\.innerHTML\s*=/)
    }
  })

  it('serves a real robots.txt', async () => {
    const response = await get('/robots.txt')
    expect(response.body).toBe('User-agent: *\nDisallow: /app/\nDisallow: /api/\nAllow: /\n')
  })

  it('does not register languages outside the guide', async () => {
    expect((await get('/de/')).statusCode).toBe(404)
    expect((await get('/de/directory')).statusCode).toBe(404)
  })
})
