import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import type { AppDeps } from '../app-deps.js'
import { sendProblem } from '../http/problem.js'
import { packageRoot } from '../package-root.js'
import { type GuideLanguage, guideLanguages } from '../shared/i18n/i18n.js'
import { isMunicipalityId, type MunicipalityId } from '../shared/programme/definitions.js'
import { type DirectoryKind, isDirectoryKind } from './directory.js'
import { guideIconPath, guideStylesheetPath } from './GuidePage.js'
import {
  renderDirectoryPage,
  renderInfoPointsPage,
  staticPageRenderer,
  staticPages,
} from './GuidePages.js'
import { guidePages, guidePath, preferredGuideLanguage } from './guide.js'
import { listDirectoryEntries } from './guide.queries.js'
import { whatAppliesScriptPath } from './WhatAppliesPage.js'

// The guide is public; the staff app and the API are nothing to index.
const robotsTxt = 'User-agent: *\nDisallow: /app/\nDisallow: /api/\nAllow: /\n'

/** Built by `npm run build` (vite.config.ts, the guide's second build). */
const whatAppliesScriptFile = path.join(packageRoot, 'dist', 'guide', 'what-applies.js')

/**
 * The public guide: `/` sends visitors to `/{lang}/` in their browser's
 * language (contract, Web), seven server-rendered pages in each guide
 * language, and the guide's stylesheet and one small script. The directory
 * and the info points are read from the database on every request; the other
 * pages are rendered once, on their first request.
 */
export function guideRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    const stylesheet = await readFile(
      path.join(packageRoot, 'public', 'guide', 'guide.css'),
      'utf8',
    )
    const stylesheetTag = entityTag(stylesheet)
    const script = await readFile(whatAppliesScriptFile, 'utf8').catch(() => undefined)
    if (script === undefined) {
      app.log.warn(
        `${whatAppliesScriptFile} is missing: run \`npm run build\` for "what applies to me"`,
      )
    }
    const scriptTag = script === undefined ? undefined : entityTag(script)
    // The version in the address makes browsers fetch a new build at once.
    const scriptSrc = `${whatAppliesScriptPath}${scriptTag ? `?v=${scriptTag.slice(1, 13)}` : ''}`

    const staticPage = staticPageRenderer({
      settings: deps.config.programmeSettings,
      onDate: deps.clock.today(),
      scriptSrc,
    })

    app.get('/', async (request, reply) => {
      const language = preferredGuideLanguage(request.headers['accept-language'])
      return reply.header('vary', 'Accept-Language').redirect(guidePath(language), 302)
    })

    for (const language of guideLanguages) {
      for (const page of staticPages) {
        app.get(guidePath(language, page), async (_request, reply) =>
          sendPage(reply, language, staticPage(language, page), 300),
        )
      }

      app.get(guidePath(language, 'directory'), async (request, reply) => {
        const filter = directoryFilter(request.query)
        const today = deps.clock.today()
        const entries = await listDirectoryEntries(deps.database.db, { today, ...filter })
        const html = renderDirectoryPage(language, {
          entries,
          today,
          query: filterQuery(filter),
          ...filter,
        })
        return sendPage(reply, language, html, 0)
      })

      app.get(guidePath(language, 'info-points'), async (_request, reply) => {
        const today = deps.clock.today()
        const entries = await listDirectoryEntries(deps.database.db, { today, kind: 'info-point' })
        return sendPage(reply, language, renderInfoPointsPage(language, entries, today), 0)
      })

      // Addresses typed by hand: /sv and /sv/contact/ lead to the page.
      app.get(`/${language}`, async (request, reply) =>
        reply.redirect(guidePath(language) + queryOf(request.url), 301),
      )
      for (const page of guidePages.filter((page) => page !== 'home')) {
        app.get(`${guidePath(language, page)}/`, async (request, reply) =>
          reply.redirect(guidePath(language, page) + queryOf(request.url), 301),
        )
      }
    }

    app.get(guideStylesheetPath, async (request, reply) => {
      // Not fingerprinted, so browsers revalidate after an hour.
      reply.header('etag', stylesheetTag).header('cache-control', 'public, max-age=3600')
      if (matchesEntityTag(request.headers['if-none-match'], stylesheetTag)) {
        return reply.code(304).send()
      }
      return reply.type('text/css; charset=utf-8').send(stylesheet)
    })

    app.get(whatAppliesScriptPath, async (request, reply) => {
      if (script === undefined || scriptTag === undefined) {
        return sendProblem(reply, {
          status: 404,
          title: 'Not built',
          detail: 'Run `npm run build` to build the guide script.',
        })
      }
      reply.header('etag', scriptTag).header('cache-control', 'public, max-age=3600')
      if (matchesEntityTag(request.headers['if-none-match'], scriptTag)) {
        return reply.code(304).send()
      }
      return reply.type('text/javascript; charset=utf-8').send(script)
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
}

/** maxAge 0: pages from the directory, where an admin's change must show at once. */
function sendPage(reply: FastifyReply, language: GuideLanguage, html: string, maxAge: number) {
  return reply
    .type('text/html; charset=utf-8')
    .header('content-language', language)
    .header('cache-control', maxAge > 0 ? `public, max-age=${maxAge}` : 'no-cache')
    .send(html)
}

interface DirectoryQuery {
  kind?: DirectoryKind
  municipality?: MunicipalityId
}

/** ?kind=&municipality=; unknown values are ignored, a repeated parameter counts once. */
function directoryFilter(query: unknown): DirectoryQuery {
  const record = (typeof query === 'object' && query !== null ? query : {}) as Record<
    string,
    unknown
  >
  const first = (value: unknown) =>
    typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : ''
  const kind = first(record.kind)
  const municipality = first(record.municipality)
  return {
    ...(isDirectoryKind(kind) ? { kind } : {}),
    ...(isMunicipalityId(municipality) ? { municipality } : {}),
  }
}

/** The filter as a query string the language switcher keeps; only known values. */
function filterQuery(filter: DirectoryQuery): string {
  const params = new URLSearchParams()
  if (filter.kind) params.set('kind', filter.kind)
  if (filter.municipality) params.set('municipality', filter.municipality)
  const query = params.toString()
  return query === '' ? '' : `?${query}`
}

function queryOf(url: string): string {
  const start = url.indexOf('?')
  return start === -1 ? '' : url.slice(start)
}

function entityTag(content: string): string {
  return `"${createHash('sha256').update(content).digest('base64url').slice(0, 27)}"`
}

// If-None-Match compares weakly and may list several tags (RFC 9110 §13.1.2).
function matchesEntityTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (ifNoneMatch === undefined) return false
  return ifNoneMatch
    .split(',')
    .map((candidate) => candidate.trim().replace(/^W\//, ''))
    .some((candidate) => candidate === tag || candidate === '*')
}
