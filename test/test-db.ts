import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { inject } from 'vitest'
import { type Database, openMemoryDatabase, openPostgres } from '../src/db/database.js'
import { adminQuery, withDatabase } from './global-setup.js'

/** A fresh, migrated database for one test file, on the engine this run tests. */
export async function testDatabase(): Promise<Database> {
  const target = inject('testDatabase')
  if (target.kind === 'pglite') {
    const dump = readFileSync(target.dumpPath)
    return openMemoryDatabase(new Blob([dump]))
  }
  const name = `porten_t_${process.ppid}_${randomBytes(6).toString('hex')}`
  // The run's process id is the parent of this worker only with forks; the
  // name's middle part is informational, teardown also drops by prefix.
  await adminQuery(target.adminUrl, `CREATE DATABASE ${name} TEMPLATE ${target.template}`)
  const database = openPostgres(withDatabase(target.adminUrl, name), 4)
  const close = database.close.bind(database)
  return {
    ...database,
    async close() {
      await close()
      await adminQuery(target.adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    },
  }
}
