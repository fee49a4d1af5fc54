import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabase } from '../../test/test-db.js'
import type { Database } from './database.js'
import { loadMigrations, migrate } from './migrate.js'

let database: Database
beforeAll(async () => {
  database = await testDatabase()
})
afterAll(() => database.close())

describe('migrations', () => {
  it('are numbered 1, 2, 3… plain SQL files', () => {
    const migrations = loadMigrations()
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1))
    expect(migrations[0]?.name).toBe('foundation')
  })

  it('apply once: a second run changes nothing', async () => {
    // The template the test database was copied from is already migrated.
    expect(await migrate(database)).toEqual([])
    const rows = await database.db
      .selectFrom('schema_migration')
      .select(['version', 'name'])
      .orderBy('version')
      .execute()
    expect(rows.map((r) => r.version)).toEqual(loadMigrations().map((m) => m.version))
  })

  it('refuse a database migrated by a newer Porten', async () => {
    await database.db
      .insertInto('schema_migration')
      .values({ version: 999, name: 'future', applied_at: new Date() })
      .execute()
    await expect(migrate(database)).rejects.toThrow(/upgrade Porten/)
    await database.db.deleteFrom('schema_migration').where('version', '=', 999).execute()
  })

  it('roll back a failing migration whole', async () => {
    const broken = [
      ...loadMigrations(),
      {
        version: loadMigrations().length + 1,
        name: 'broken',
        sql: 'CREATE TABLE half_done (x int); SELECT no_such_function();',
      },
    ]
    await expect(migrate(database, broken)).rejects.toThrow()
    const tables = await database.db
      .selectFrom('information_schema.tables' as never)
      .select('table_name' as never)
      .where('table_name' as never, '=', 'half_done' as never)
      .execute()
    expect(tables).toEqual([])
  })

  it('hold the enumerations as CHECK constraints', async () => {
    await expect(
      database.db
        .insertInto('app_user')
        .values({
          id: '00000000-0000-4000-8000-000000000001',
          email: 'x@example.test',
          name: 'X',
          organisation_id: 'integration-unit',
          role: 'superuser',
          created_at: new Date(),
          updated_at: new Date(),
        })
        .execute(),
    ).rejects.toThrow()
  })
})
