#!/usr/bin/env node
// Runs the built CLI (npm run build, done by `npm ci` through `prepare`).
import { existsSync } from 'node:fs'

const entry = new URL('../dist/server/main.js', import.meta.url)
if (!existsSync(entry)) {
  process.stderr.write('porten: not built yet; run `npm run build` (npm ci does it too)\n')
  process.exit(1)
}
await import(entry.href)
