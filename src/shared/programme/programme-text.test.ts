import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { programmeText } from './programme-text.js'
import { readings } from './routing-readings.js'
import { settingDescriptions } from './settings.js'

// Routing answers quote the programme; these checks keep the quotes verbatim
// and every cited line real. They need the source beside the repository
// (shared/programme/original-sv.txt) and are skipped where it is absent.

const source = new URL('../../../../shared/programme/original-sv.txt', import.meta.url)
const lines = existsSync(source) ? readFileSync(source, 'utf8').split('\n') : []
const lineText = (ref: string) => lines[Number(ref.slice(1)) - 1] ?? ''

describe.skipIf(!existsSync(source))('programme text', () => {
  it('is the 421-line source the rules were extracted from', () => {
    expect(lines.length).toBeGreaterThanOrEqual(421)
    expect(lineText('L4')).toBe('Jakobstadsregionens integrationsprogram 2025')
  })

  it.each(Object.entries(programmeText))('%s stands verbatim on its line', (_, quote) => {
    expect(lineText(quote.line)).toContain(quote.sv)
  })

  it('readings and settings cite only lines that have text', () => {
    const cited = [
      ...Object.values(readings).flatMap((r) => r.en.match(/\bL\d+\b/g) ?? []),
      ...Object.values(settingDescriptions).flatMap((d) => d.lines),
    ]
    for (const ref of cited) expect(lineText(ref).trim(), ref).not.toBe('')
  })
})
