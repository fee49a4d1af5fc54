import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyPluginAsync } from 'fastify'
import { packageRoot } from '../package-root.js'
import { guideCatalogues } from '../shared/i18n/guide/index.js'
import { type GuideLanguage, guideLanguages } from '../shared/i18n/i18n.js'
import { guideIconPath, guideStylesheetPath, renderGuidePage } from './GuidePage.js'
import { guidePath, preferredGuideLanguage } from './guide.js'

// The guide is public; the staff app and the API are nothing to index.
const robotsTxt = 'User-agent: *\nDisallow: /app/\nDisallow: /api/\nAllow: /\n'

/**
 * The public guide: `/` sends visitors to `/{lang}/` in their browser's
 * language (contract, Web), one server-rendered page per guide language, and
 * the guide's stylesheet. The pages are rendered once, when the plugin is
 * registered: their content only changes with a deploy.
 */
export const guideRoutes: FastifyPluginAsync = async (app) => {
  const stylesheet = await readFile(path.join(packageRoot, 'public', 'guide', 'guide.css'), 'utf8')
  const stylesheetTag = `"${createHash('sha256').update(stylesheet).digest('base64url').slice(0, 27)}"`

  const endonyms = Object.fromEntries(
    guideLanguages.map((language) => [language, guideCatalogues[language].messages.meta.endonym]),
  ) as Record<GuideLanguage, string>
  const pages = new Map(
    guideLanguages.map((language) => [
      language,
      renderGuidePage({ language, catalogue: guideCatalogues[language], endonyms }),
    ]),
  )

  app.get('/', async (request, reply) => {
    const language = preferredGuideLanguage(request.headers['accept-language'])
    return reply.header('vary', 'Accept-Language').redirect(guidePath(language), 302)
  })

  for (const language of guideLanguages) {
    const page = pages.get(language)!
    app.get(guidePath(language), async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('content-language', language)
        .header('cache-control', 'public, max-age=300')
        .send(page),
    )
    app.get(`/${language}`, async (request, reply) => {
      const queryStart = request.url.indexOf('?')
      const query = queryStart === -1 ? '' : request.url.slice(queryStart)
      return reply.redirect(guidePath(language) + query, 301)
    })
  }

  app.get(guideStylesheetPath, async (request, reply) => {
    reply
      .header('etag', stylesheetTag)
      // Not fingerprinted, so browsers revalidate after an hour.
      .header('cache-control', 'public, max-age=3600')
    if (matchesEntityTag(request.headers['if-none-match'], stylesheetTag)) {
      return reply.code(304).send()
    }
    return reply.type('text/css; charset=utf-8').send(stylesheet)
  })

  const icon = await readFile(path.join(packageRoot, 'public', 'guide', 'icon.svg'))
  app.get(guideIconPath, async (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(icon),
  )
  // Browsers ask for /favicon.ico when a page names no icon (the API's JSON, say).
  app.get('/favicon.ico', async (_request, reply) => reply.redirect(guideIconPath, 301))

  app.get('/robots.txt', async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(robotsTxt),
  )
}

// If-None-Match compares weakly and may list several tags (RFC 9110 §13.1.2).
function matchesEntityTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (ifNoneMatch === undefined) return false
  return ifNoneMatch
    .split(',')
    .map((candidate) => candidate.trim().replace(/^W\//, ''))
    .some((candidate) => candidate === tag || candidate === '*')
}
