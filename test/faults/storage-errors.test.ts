import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Fastify from 'fastify'
import { afterAll, describe, expect, it } from 'vitest'
import { checkDataDir, DataDirError, StorageFaultError } from '../../src/db/database.js'
import { registerProblemHandlers, storageFailure } from '../../src/http/problem.js'

// The mapping behind the fault tests, case by case: which database errors
// are a disk's fault, what the client gets, and the start-up check's words.
// PostgreSQL's own full disk (SQLSTATE 53100) is mapped the same way, though
// testing it for real is out of scope: its disk is its administrator's.

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const fault = (problem: 'full' | 'read-only' | 'failing') =>
  new StorageFaultError({ problem, file: 'pg_wal/xlogtemp.42', since: new Date().toISOString() })

describe('storage failures', () => {
  it('tells a full, read-only or failing disk from other database errors', () => {
    expect(
      storageFailure(Object.assign(new Error('could not extend file'), { code: '53100' })),
    ).toBe('full')
    expect(
      storageFailure(
        Object.assign(new Error('could not extend file "base/5/1": Read-only file system'), {
          code: '42501',
        }),
      ),
    ).toBe('read-only')
    expect(
      storageFailure(Object.assign(new Error('could not read block'), { code: '58030' })),
    ).toBe('failing')
    expect(storageFailure(fault('full'))).toBe('full')
    expect(storageFailure(fault('read-only'))).toBe('read-only')
    expect(storageFailure(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(
      undefined,
    )
    expect(storageFailure(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(
      undefined,
    )
    expect(storageFailure(undefined)).toBe(undefined)
  })

  it('answers 507 for a full disk and 503 for a read-only one, with Retry-After', async () => {
    const app = Fastify({ logger: false })
    registerProblemHandlers(app)
    app.get('/full', async () => {
      throw Object.assign(
        new Error('could not extend file "base/5/16841": No space left on device'),
        {
          code: '53100',
        },
      )
    })
    app.get('/read-only', async () => {
      throw fault('read-only')
    })
    try {
      const full = await app.inject({ method: 'GET', url: '/full' })
      expect(full.statusCode).toBe(507)
      expect(full.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(full.headers['retry-after']).toBe('30')
      expect(full.json()).toMatchObject({ status: 507, title: 'Insufficient storage' })
      expect(full.json().detail).toMatch(/disk is full.*nothing was saved/)
      // The database's own words (file names, statements) stay on the server.
      expect(full.body).not.toMatch(/base\/5|No space left/)

      const readOnly = await app.inject({ method: 'GET', url: '/read-only' })
      expect(readOnly.statusCode).toBe(503)
      expect(readOnly.headers['retry-after']).toBe('30')
      expect(readOnly.json().detail).toMatch(/read-only/)
      expect(readOnly.body).not.toMatch(/pg_wal/)
    } finally {
      await app.close()
    }
  })
})

describe('the data directory check at start-up', () => {
  it('creates a missing directory and accepts a writable one', () => {
    const parent = mkdtempSync(join(tmpdir(), 'porten-datadir-'))
    dirs.push(parent)
    expect(() => checkDataDir(join(parent, 'new', 'data'))).not.toThrow()
    expect(() => checkDataDir(join(parent, 'new', 'data'))).not.toThrow()
  })

  it('names the path when it is a file, not a directory', () => {
    const parent = mkdtempSync(join(tmpdir(), 'porten-datadir-'))
    dirs.push(parent)
    const file = join(parent, 'data')
    writeFileSync(file, 'not a directory')
    expect(() => checkDataDir(file)).toThrow(DataDirError)
    expect(() => checkDataDir(file)).toThrow(`The data directory ${file} is not a directory`)
    expect(() => checkDataDir(join(file, 'below'))).toThrow(/is not a directory/)
  })
})
