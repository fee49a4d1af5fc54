import { describe, expect, it } from 'vitest'
import { loadMigrations } from '../db/migrate.js'
import { dependencyOrder } from './catalog.queries.js'
import { seededTables } from './restore.js'

describe('dependencyOrder', () => {
  const table = (name: string, ...references: string[]) => ({ name, references })

  it('puts parents first and is otherwise alphabetical, whatever the input order', () => {
    const tables = [
      table('plan_review', 'plan', 'app_user'),
      table('plan', 'customer', 'assessment', 'app_user'),
      table('assessment', 'customer', 'app_user'),
      table('customer'),
      table('app_user', 'organisation'),
      table('organisation'),
      table('audit_log', 'app_user', 'elsewhere'),
    ]
    const expected = [
      'customer',
      'organisation',
      'app_user',
      'assessment',
      'audit_log',
      'plan',
      'plan_review',
    ]
    expect(dependencyOrder(tables).map((t) => t.name)).toEqual(expected)
    expect(dependencyOrder([...tables].reverse()).map((t) => t.name)).toEqual(expected)
  })

  it('refuses a cycle of foreign keys, naming the tables', () => {
    expect(() =>
      dependencyOrder([table('a', 'b'), table('b', 'c'), table('c', 'a'), table('d')]),
    ).toThrow('Foreign keys form a cycle among: a, b, c')
  })
})

describe('seededTables', () => {
  it('finds the tables the migrations fill, ignoring comments', () => {
    expect([...seededTables(loadMigrations())].sort()).toEqual([
      'directory_change',
      'directory_entry',
      'organisation',
    ])
    const commented = { version: 1, name: 'x', sql: '-- INSERT INTO customer\nSELECT 1;' }
    expect(seededTables([commented]).size).toBe(0)
  })
})
