import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build, defineConfig, type Plugin } from 'vite'

// The staff application. The server serves dist/web/ under /app/ with an SPA
// fallback, behind a CSP of script-src 'self' and style-src 'self': the built
// index.html must reference its script and stylesheet as files, never inline.
const api = 'http://127.0.0.1:3000'

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  base: '/app/',
  plugins: [react(), guideScript()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Inlined assets become data: URLs, which a strict CSP may refuse.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': api,
      '/healthz': api,
    },
  },
})

/**
 * The public guide's one script, "what applies to me" (web/guide), built
 * after the staff app as a build of its own: one self-contained file in
 * dist/guide/ that the guide serves, sharing no chunk with the staff app and
 * leaving its build as it was.
 */
function guideScript(): Plugin {
  return {
    name: 'porten-guide-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        root: fileURLToPath(new URL('./web/guide', import.meta.url)),
        logLevel: 'warn',
        build: {
          outDir: fileURLToPath(new URL('./dist/guide', import.meta.url)),
          emptyOutDir: true,
          target: 'es2020',
          rolldownOptions: {
            input: fileURLToPath(new URL('./web/guide/what-applies.ts', import.meta.url)),
            output: { format: 'iife', entryFileNames: 'what-applies.js' },
            // Zod schema builders have no side effects: the routing rules'
            // settings module declares its schema with them, and the browser
            // needs only the default settings, so zod stays out of the bundle.
            treeshake: { manualPureFunctions: ['z'] },
          },
        },
      })
    },
  }
}
