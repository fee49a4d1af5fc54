import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'

// Browser tests drive the built app (STYLE.md rule 10): `npm run build` first,
// then `npx playwright test`. One server on the embedded database, in a fresh
// data directory for every run, with the demo users; Debian's Chromium, never
// a downloaded browser.

const port = 3210
const baseURL = `http://127.0.0.1:${port}`

const root = path.dirname(fileURLToPath(import.meta.url))
const missingBuild = ['dist/web/index.html', 'dist/server/main.js'].filter(
  (file) => !existsSync(path.join(root, file)),
)
if (missingBuild.length > 0) {
  throw new Error(
    `The browser tests need the built app, and ${missingBuild.join(' and ')} is missing: run \`npm run build\` first.`,
  )
}

// Playwright loads this file in the runner and again in every worker; the
// workers inherit the runner's environment, so the directory is made once.
const dataDirVariable = 'PORTEN_E2E_DATA_DIR'
let dataDir = process.env[dataDirVariable]
if (!dataDir) {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'porten-e2e-'))
  process.env[dataDirVariable] = dataDir
  const madeHere = dataDir
  // The runner exits after stopping the server: nothing of the run is kept.
  process.once('exit', () => rmSync(madeHere, { recursive: true, force: true }))
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    testIdAttribute: 'data-qa',
    timezoneId: 'Europe/Helsinki',
    // The region's majority language; the staff app starts in the browser's language.
    locale: 'sv-FI',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node bin/porten.js serve --demo',
    url: `${baseURL}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    // SIGTERM lets the server close the embedded database cleanly.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      PORTEN_DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
    },
  },
})
