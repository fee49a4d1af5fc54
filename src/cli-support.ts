import { parseArgs } from 'node:util'
import type { Config } from './config.js'
import { type Database, openDatabase } from './db/database.js'

// What every `porten` command shares: usage errors (exit 2), option parsing,
// output, and opening the configured database for the command's duration.

export class UsageError extends Error {}

export async function withDatabase(
  config: Config,
  fn: (database: Database) => Promise<void>,
): Promise<number> {
  const database = await openDatabase(config)
  try {
    await fn(database)
    return 0
  } finally {
    await database.close()
  }
}

export type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options']

export function parse<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

export function noArgs(args: string[]) {
  if (args.length > 0) throw new UsageError(`Unexpected arguments: ${args.join(' ')}`)
}

export function out(line: string) {
  process.stdout.write(`${line}\n`)
}

export function err(line: string) {
  process.stderr.write(`${line}\n`)
}
