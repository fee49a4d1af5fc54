import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { err, out, parse, UsageError, withDatabase } from '../cli-support.js'
import type { Config } from '../config.js'
import { writeBackup } from './backup.js'
import { restoreBackup } from './restore.js'

// The operator's side of backups (docs/backup.md). Exit codes as for every
// command: 0 done, 1 failed (the reason on stderr), 2 a wrong command line.
// Output names tables and counts only, never a row's content.

/** `porten backup FILE [--force]` */
export async function backupCommand(args: string[], config: Config): Promise<number> {
  const { file, rest } = fileArgument(args, 'backup FILE [--force]')
  const { values } = parse(rest, { force: { type: 'boolean' } })
  return withDatabase(config, async (database) => {
    const started = performance.now()
    const summary = await writeBackup(database, file, { force: values.force === true })
    const tables = Object.keys(summary.rows).length
    out(
      `Backed up ${tables} tables, ${summary.totalRows} rows (schema version ${summary.schemaVersion}) ` +
        `from ${database.location} to ${file}: ${megabytes(summary.bytes)} in ${seconds(started)}.`,
    )
    err('The file holds personal data: keep it encrypted, with access for the few who restore.')
  })
}

/** `porten restore FILE` */
export async function restoreCommand(args: string[], config: Config): Promise<number> {
  const { file, rest } = fileArgument(args, 'restore FILE')
  parse(rest, {})
  if (!existsSync(file)) throw new Error(`${file}: no such file.`)
  return withDatabase(config, async (database) => {
    const started = performance.now()
    const summary = await restoreBackup(database, file)
    const { header } = summary
    out(
      `Restored ${Object.keys(summary.rows).length} tables, ${summary.totalRows} rows into ${database.location} ` +
        `from ${file} (${header.engine} backup of ${header.createdAt}, schema version ${header.schemaVersion}) in ${seconds(started)}.`,
    )
    if (summary.migratedAfter.length > 0) {
      out(`Then applied ${summary.migratedAfter.map((m) => `${m.version} ${m.name}`).join(', ')}.`)
    }
  })
}

/** The one positional argument; options are left for parse(). */
function fileArgument(args: string[], usage: string): { file: string; rest: string[] } {
  const positional = args.filter((a) => !a.startsWith('-'))
  if (positional.length !== 1) {
    throw new UsageError(
      positional.length === 0 ? `Name the file: porten ${usage}` : `One file only: porten ${usage}`,
    )
  }
  return { file: resolve(positional[0]!), rest: args.filter((a) => a.startsWith('-')) }
}

function seconds(started: number) {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`
}

function megabytes(bytes: number) {
  return bytes < 1024 * 1024
    ? `${Math.ceil(bytes / 1024)} kB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
