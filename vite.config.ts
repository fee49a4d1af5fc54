import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The staff application. The server serves dist/web/ under /app/ with an SPA
// fallback, behind a CSP of script-src 'self' and style-src 'self': the built
// index.html must reference its script and stylesheet as files, never inline.
const api = 'http://127.0.0.1:3000'

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  base: '/app/',
  plugins: [react()],
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
