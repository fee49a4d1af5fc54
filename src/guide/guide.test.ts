import { readFile } from 'node:fs/promises'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guideCatalogues } from '../shared/i18n/guide/index.js'
import {
  direction,
  formatMessage,
  type GuideLanguage,
  guideLanguages,
} from '../shared/i18n/i18n.js'
import { renderGuidePage } from './GuidePage.js'
import { preferredGuideLanguage, programmeParts } from './guide.js'
import { guideRoutes } from './guide.routes.js'

let app: FastifyInstance

beforeAll(async () => {
  app = Fastify()
  await app.register(guideRoutes)
  await app.ready()
})

afterAll(async () => {
  await app.close()
})

/** Text as React writes it into HTML. */
function escaped(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;')
}

function message(language: GuideLanguage, text: string): string {
  return escaped(formatMessage(text, language))
}

describe('GET /', () => {
  it.each([
    [undefined, 'sv'],
    ['', 'sv'],
    ['fi-FI,fi;q=0.9', 'fi'],
    ['ar', 'ar'],
    ['de', 'sv'],
    ['nb', 'sv'],
    ['nb-NO,nb;q=0.9,no;q=0.8', 'sv'],
    ['sv-FI', 'sv'],
    ['de-DE,de;q=0.9,en;q=0.5,fi;q=0.8', 'fi'],
    ['en;q=0.4, ru;q=0.7, so;q=0.6', 'ru'],
    ['uk;q=0, en', 'en'],
    ['*', 'sv'],
    ['FA-ir', 'fa'],
    ['so;q=1.5, en;q=0.2', 'en'],
  ])('sends Accept-Language %j to /%s/', async (acceptLanguage, language) => {
    const response = await app.inject({
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

describe.each(guideLanguages)('GET /%s/', (language) => {
  const { messages } = guideCatalogues[language]
  let html = ''

  beforeAll(async () => {
    const response = await app.inject({ method: 'GET', url: `/${language}/` })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    html = response.body
  })

  it('is a whole document in the right language and direction', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain(`<html lang="${language}" dir="${direction(language)}">`)
    expect(direction(language)).toBe(language === 'ar' || language === 'fa' ? 'rtl' : 'ltr')
    expect(html).toMatch(/<title>[^<]+<\/title>/)
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>')
    expect(html).toMatch(/<meta name="description" content="[^"]+"\/>/)
    expect(html).toContain('<link rel="stylesheet" href="/guide/assets/guide.css"/>')
  })

  it('shows the programme name and all six parts', () => {
    expect(html).toMatch(new RegExp(`<h1[^>]*>${message(language, messages.programme.name)}</h1>`))
    for (const part of programmeParts) {
      expect(html).toContain(`data-qa="programme-part-${part}"`)
      expect(html).toContain(`<h2>${message(language, messages.parts[part].title)}</h2>`)
    }
    expect(html.match(/<li class="programme-part"/g)).toHaveLength(6)
  })

  it('has no script and no inline style', () => {
    expect(html).not.toMatch(/<script/i)
    expect(html).not.toMatch(/\sstyle=/i)
  })

  it('starts with a skip link to the main landmark and has the landmarks', () => {
    const firstFocusable = html.match(/<(a|button|input|select|textarea)\b[^>]*>/)?.[0]
    expect(firstFocusable).toContain('href="#main"')
    expect(html).toContain(`>${message(language, messages.skipLink)}</a>`)
    expect(html).toContain('<header')
    expect(html).toMatch(
      new RegExp(`<nav [^>]*aria-label="${message(language, messages.languageSwitcher.label)}"`),
    )
    expect(html).toContain('<main id="main"')
    expect(html).toContain('<footer')
    expect(html).toContain('href="mailto:integration@jakobstad.fi"')
    expect(html).toContain('href="tel:+358447851686"')
  })

  it('says the translation is a draft', () => {
    expect(guideCatalogues[language].review.status).toBe('draft')
    expect(html).toContain(message(language, messages.draftNotice))
  })

  it('links to every language by its own name, marking the current one', () => {
    for (const other of guideLanguages) {
      const link = html.match(new RegExp(`<a href="/${other}/"[^>]*>([^<]*)</a>`))
      expect(link, `link to ${other}`).not.toBeNull()
      expect(link?.[0]).toContain(`lang="${other}"`)
      expect(link?.[0]).toMatch(new RegExp(`hreflang="${other}"`, 'i'))
      expect(link?.[1]).toBe(guideCatalogues[other].messages.meta.endonym)
      if (other === language) expect(link?.[0]).toContain('aria-current="page"')
      else expect(link?.[0]).not.toContain('aria-current')
      expect(html).toMatch(
        new RegExp(`<link rel="alternate" hreflang="${other}" href="/${other}/"`, 'i'),
      )
    }
    expect(html.match(/aria-current=/g)).toHaveLength(1)
  })

  it('redirects the address without a trailing slash', async () => {
    const response = await app.inject({ method: 'GET', url: `/${language}?utm=x` })
    expect(response.statusCode).toBe(301)
    expect(response.headers.location).toBe(`/${language}/?utm=x`)
  })
})

describe('other routes', () => {
  it('does not register languages outside the guide', async () => {
    expect((await app.inject({ method: 'GET', url: '/de/' })).statusCode).toBe(404)
    expect((await app.inject({ method: 'GET', url: '/de' })).statusCode).toBe(404)
  })

  it('serves the stylesheet with a cache validator', async () => {
    const response = await app.inject({ method: 'GET', url: '/guide/assets/guide.css' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/css/)
    expect(response.headers['cache-control']).toMatch(/max-age=\d+/)
    const css = await readFile(new URL('../../public/guide/guide.css', import.meta.url), 'utf8')
    expect(response.body).toBe(css)
    expect(css).toContain('"Noto Naskh Arabic"')

    const etag = response.headers.etag
    expect(etag).toBeTypeOf('string')
    const revalidated = await app.inject({
      method: 'GET',
      url: '/guide/assets/guide.css',
      headers: { 'if-none-match': String(etag) },
    })
    expect(revalidated.statusCode).toBe(304)
    expect(revalidated.body).toBe('')
  })

  it('serves a real robots.txt: the guide indexed, the staff app and the API not', async () => {
    const response = await app.inject({ method: 'GET', url: '/robots.txt' })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/plain/)
    expect(response.body).toBe('User-agent: *\nDisallow: /app/\nDisallow: /api/\nAllow: /\n')
  })
})

describe('rendering', () => {
  it('escapes HTML in messages', () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    const catalogue = guideCatalogues.en
    const html = renderGuidePage({
      language: 'en',
      catalogue: {
        ...catalogue,
        messages: {
          ...catalogue.messages,
          programme: { ...catalogue.messages.programme, name: hostile },
          footer: { ...catalogue.messages.footer, heading: `"><style>body</style>` },
        },
      },
      endonyms: { ...endonymsOf(), en: '<b onclick="x">English</b>' },
    })
    expect(html).not.toMatch(/<script|<img|<style|<b /i)
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img')
    expect(html).toContain('&lt;b onclick=&quot;x&quot;&gt;English&lt;/b&gt;')
  })

  it('leaves out the draft notice once a catalogue is reviewed', () => {
    const catalogue = guideCatalogues.sv
    const html = renderGuidePage({
      language: 'sv',
      catalogue: {
        ...catalogue,
        review: { status: 'reviewed', reviewedBy: 'test', on: '2025-01-01' },
      },
      endonyms: endonymsOf(),
    })
    expect(html).not.toContain('data-qa="draft-notice"')
  })
})

function endonymsOf(): Record<GuideLanguage, string> {
  return Object.fromEntries(
    guideLanguages.map((language) => [language, guideCatalogues[language].messages.meta.endonym]),
  ) as Record<GuideLanguage, string>
}
