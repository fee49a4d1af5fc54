import { existsSync } from 'node:fs'
import { join } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { packageRoot } from '../package-root.js'
import { sendProblem } from './problem.js'

// The staff web app, built by Vite into dist/web and served under /app/.
// Paths without a file get index.html, so the app's own routes survive a reload.
export async function registerStaffApp(
  app: FastifyInstance,
  root = join(packageRoot, 'dist', 'web'),
) {
  app.get('/app', (_request, reply) => reply.redirect('/app/', 301))
  if (!existsSync(join(root, 'index.html'))) {
    app.get('/app/*', (_request, reply) =>
      sendProblem(reply, {
        status: 503,
        title: 'Staff app not built',
        detail: 'Run `npm run build` to build the staff web app.',
      }),
    )
    return
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/app/',
    wildcard: false,
    index: false,
    setHeaders(reply, path) {
      reply.header(
        'cache-control',
        path.includes(`${join(root, 'assets')}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      )
    },
  })
  const sendIndex = (_request: unknown, reply: import('fastify').FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', root)
  app.get('/app/', sendIndex)
  app.get('/app/*', sendIndex)
}
