import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/test-app.js'
import { entryContent } from '../shared/api/directory.schemas.js'
import { municipalityIds } from '../shared/programme/definitions.js'
import { contentOf, snapshotOf } from './directory.js'
import { allEntries, historyOf } from './directory.queries.js'

// Migration 0004: the directory starts from the programme's own list
// (rules.md §h). Every entry is valid by the API's own rules, has its
// creation in the history, and carries organisational contacts only.

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('the programme’s list (migration 0004)', () => {
  it('holds every actor of rules.md §h and part 6, valid as the API would store it', async () => {
    const entries = await allEntries(t.database.db)
    const ids = entries.map((e) => e.id)
    expect(entries).toHaveLength(56)
    for (const m of municipalityIds) {
      expect(ids).toContain(`culture-leisure-${m}`)
      expect(ids).toContain(`adult-education-${m}`)
      expect(ids).toContain(`folkhalsan-${m}`)
      expect(ids).toContain(`forsamling-${m}`)
      if (m !== 'jakobstad') expect(ids).toContain(`4h-${m}`) // not listed for Jakobstad (§h.6)
    }
    expect(ids).not.toContain('4h-jakobstad')
    expect(ids).toEqual(
      expect.arrayContaining([
        ...['optima', 'yrkesakademin', 'edunova', 'step-utbildning', 'kredu', 'kvarnen'],
        ...['wava-institutet', 'concordia', 'integration-works', 'pietarsaari-mosque'],
        ...['nykarleby-flyktingvanner', 'psykosociala-forbundet', 'ehja', 'frida'],
        ...['mieli-osterbotten', 'finfami-osterbotten', 'roda-korset', 'marthaforbundet'],
        ...['frikyrkor', 'jakobstads-vanmammor', 'foreningsliv-for-alla', 'social-wednesday'],
        ...['aktivitetskalendern', 'kela', 'migri', 'employment-jakobstad'],
        ...['employment-ostrobothnia', 'wellbeing-ostrobothnia'],
        ...['info-point-jakobstad', 'info-point-nykarleby', 'info-point-kronoby'],
        'info-point-romporten',
      ]),
    )
    for (const entry of entries) {
      const parsed = entryContent.safeParse(contentOf(entry))
      expect(parsed.success ? [] : parsed.error.issues, entry.id).toEqual([])
    }
  })

  it('gives Integration Works its period and Romporten its office hours', async () => {
    const entries = new Map((await allEntries(t.database.db)).map((e) => [e.id, e]))
    expect(entries.get('integration-works')).toMatchObject({
      kind: 'project',
      validFrom: '2024-01-01',
      validUntil: '2026-04-30',
      email: null,
      phone: null,
    })
    expect(entries.get('info-point-romporten')).toMatchObject({
      infoPoint: 'romporten',
      openingHours: { regular: [{ days: [1, 2, 3, 4, 5], opens: '08:00', closes: '16:00' }] },
    })
    expect(entries.get('info-point-nykarleby')?.address?.street).toBe('Topeliusesplanaden 10')
  })

  it('has organisational contacts only, no invented web addresses', async () => {
    const entries = await allEntries(t.database.db)
    for (const entry of entries) {
      expect(entry.website, entry.id).toBeNull()
      const contact = entry.email || entry.phone
      if (contact) {
        expect(entry.id).toMatch(/^info-point-(jakobstad|nykarleby|kronoby)$/)
        expect([entry.email, entry.phone]).toEqual(['integration@jakobstad.fi', '+358 44 785 1686'])
      }
    }
    // The source's project manager (L302–L304) must not be in the directory.
    const everything = JSON.stringify(entries)
    expect(everything).not.toMatch(/gleisner|0559812|susann/i)
  })

  it('records each entry’s creation by the programme, in the API’s snapshot shape', async () => {
    for (const entry of await allEntries(t.database.db)) {
      const history = await historyOf(t.database.db, entry.id)
      expect(history, entry.id).toHaveLength(1)
      expect(history[0]).toMatchObject({ change: 'create', changedBy: null })
      expect(history[0]!.snapshot, entry.id).toEqual(snapshotOf(entry))
    }
  })
})
