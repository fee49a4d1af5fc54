import { createHash, type Hash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { pipeline } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { z } from 'zod'

// The backup file: gzip-compressed JSON Lines, the same for both engines, so
// a backup of the embedded database restores into PostgreSQL and back.
//
//   {"format":"porten-backup","formatVersion":1,"schemaVersion":4,…,"tables":[…]}   header
//   {"table":"organisation","columns":["id",…],"rows":4}                          one per table,
//   {"id":"integration-unit","name_sv":…}                                          then its rows
//   …
//   {"end":"porten-backup","rows":{"organisation":4,…},"sha256":"…"}               trailer
//
// Rows are PostgreSQL's own to_json() of the row: dates 'YYYY-MM-DD',
// timestamptz ISO 8601 in UTC with microseconds, jsonb as JSON, arrays as
// arrays, bigints as exact JSON numbers. The file is read by position (the
// header names the tables in order, each table line its row count), so row
// lines are never parsed here: PostgreSQL parses them on restore. The
// trailer's SHA-256 covers every byte before it, so a truncated, altered or
// spliced file is refused before anything is written.

export const FORMAT = 'porten-backup'
export const FORMAT_VERSION = 1

export const backupHeader = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  schemaVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  engine: z.enum(['pglite', 'postgres']),
  /** Every table in the file, parents before children (foreign keys). */
  tables: z.array(z.string().min(1)).min(1),
  /** Tables deliberately left out, with the reason (docs/backup.md). */
  excluded: z.record(z.string(), z.string()),
})
export type BackupHeader = z.infer<typeof backupHeader>

export const tableLine = z.object({
  table: z.string().min(1),
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().min(0),
})
export type TableLine = z.infer<typeof tableLine>

export const trailerLine = z.object({
  end: z.literal(FORMAT),
  rows: z.record(z.string(), z.number().int().min(0)),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})
export type TrailerLine = z.infer<typeof trailerLine>

/** The file cannot be restored: not a backup, damaged, or not for this Porten. */
export class BackupFileError extends Error {
  override name = 'BackupFileError'
}

export function contentHash(): Hash {
  return createHash('sha256')
}

export type BackupEvent =
  | { kind: 'header'; header: BackupHeader }
  | { kind: 'table'; table: TableLine }
  /** Row lines (JSON objects, unparsed), at most batchRows / about batchBytes at a time. */
  | { kind: 'rows'; table: string; rows: string[] }
  | { kind: 'end'; trailer: TrailerLine }

export interface ReadOptions {
  batchRows?: number
  batchBytes?: number
}

/**
 * Reads and checks a backup file as a stream of events. Throws BackupFileError
 * on anything wrong; the checksum is checked before 'end' is yielded, so a
 * caller writing rows inside a transaction rolls back on a damaged file.
 */
export async function* readBackup(
  path: string,
  { batchRows = 1000, batchBytes = 4 * 1024 * 1024 }: ReadOptions = {},
): AsyncGenerator<BackupEvent> {
  await expectGzip(path)
  const hash = contentHash()
  const lines = fileLines(path)
  try {
    yield* readEvents(lines, hash, batchRows, batchBytes)
  } finally {
    await lines.return(undefined)
  }
}

async function* readEvents(
  lines: AsyncGenerator<string>,
  hash: Hash,
  batchRows: number,
  batchBytes: number,
): AsyncGenerator<BackupEvent> {
  const next = async (what: string): Promise<string> => {
    const result = await lines.next()
    if (result.done)
      throw new BackupFileError(
        `The file is damaged or incomplete: it ends too early (expected ${what}).`,
      )
    return result.value
  }

  const headerText = await next('the header')
  const header = parseHeader(headerText)
  hash.update(`${headerText}\n`)
  yield { kind: 'header', header }

  const counted: Record<string, number> = {}
  for (const name of header.tables) {
    const text = await next(`the table ${name}`)
    const table = parseLine(tableLine, text, `the line announcing ${name}`)
    if (table.table !== name) {
      throw new BackupFileError(
        `The file is damaged: expected the table ${name}, found ${table.table}.`,
      )
    }
    hash.update(`${text}\n`)
    yield { kind: 'table', table }
    let batch: string[] = []
    let bytes = 0
    for (let i = 0; i < table.rows; i++) {
      const row = await next(`row ${i + 1} of ${table.rows} of ${name}`)
      if (!row.startsWith('{') || !row.endsWith('}')) {
        throw new BackupFileError(
          `The file is damaged: row ${i + 1} of ${name} is not a JSON object.`,
        )
      }
      hash.update(row)
      hash.update('\n')
      batch.push(row)
      bytes += row.length
      if (batch.length >= batchRows || bytes >= batchBytes) {
        yield { kind: 'rows', table: name, rows: batch }
        batch = []
        bytes = 0
      }
    }
    if (batch.length > 0) yield { kind: 'rows', table: name, rows: batch }
    counted[name] = table.rows
  }

  const trailer = parseLine(trailerLine, await next('the trailer'), 'the trailer')
  if ((await lines.next()).done !== true) {
    throw new BackupFileError('The file is damaged: it goes on after its trailer.')
  }
  if (hash.digest('hex') !== trailer.sha256) {
    throw new BackupFileError('The checksum does not match: the file has been altered or damaged.')
  }
  for (const name of header.tables) {
    if (trailer.rows[name] !== counted[name]) {
      throw new BackupFileError(
        `The file is damaged: the trailer's row count for ${name} does not match.`,
      )
    }
  }
  yield { kind: 'end', trailer }
}

function parseHeader(text: string): BackupHeader {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new BackupFileError('This is not a Porten backup (its first line is not JSON).')
  }
  const { format, formatVersion } = (value ?? {}) as Record<string, unknown>
  if (format !== FORMAT) throw new BackupFileError('This is not a Porten backup.')
  if (formatVersion !== FORMAT_VERSION) {
    throw new BackupFileError(
      `The backup has format version ${String(formatVersion)}; this Porten reads version ${FORMAT_VERSION}: upgrade Porten.`,
    )
  }
  return parseLine(backupHeader, text, 'the header')
}

function parseLine<T>(schema: z.ZodType<T>, text: string, what: string): T {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new BackupFileError(`The file is damaged: ${what} is not JSON.`)
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new BackupFileError(
      `The file is damaged: ${what} is malformed (${issue?.path.join('.') || 'line'}: ${issue?.message}).`,
    )
  }
  return parsed.data
}

async function expectGzip(path: string) {
  const file = await open(path, 'r')
  try {
    const magic = Buffer.alloc(2)
    const { bytesRead } = await file.read(magic, 0, 2, 0)
    if (bytesRead < 2 || magic[0] !== 0x1f || magic[1] !== 0x8b) {
      throw new BackupFileError('This is not a Porten backup (not a gzip file).')
    }
  } finally {
    await file.close()
  }
}

/** The decompressed file's lines without their '\n'; the last line must end with one. */
async function* fileLines(path: string, maxLineLength = 256 * 1024 * 1024): AsyncGenerator<string> {
  const gunzip = pipeline(createReadStream(path), createGunzip(), () => {})
  gunzip.setEncoding('utf8')
  let pending = ''
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      pending += chunk
      let start = 0
      let end = pending.indexOf('\n', start)
      while (end !== -1) {
        yield pending.slice(start, end)
        start = end + 1
        end = pending.indexOf('\n', start)
      }
      pending = pending.slice(start)
      if (pending.length > maxLineLength)
        throw new BackupFileError('The file is damaged: it has an overlong line.')
    }
  } catch (error) {
    if (error instanceof BackupFileError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw error
    // zlib: a truncated file ("unexpected end of file"), a bad CRC, garbage.
    throw new BackupFileError(
      `The file is damaged or incomplete (${error instanceof Error ? error.message : String(error)}).`,
    )
  } finally {
    gunzip.destroy()
  }
  if (pending !== '')
    throw new BackupFileError('The file is damaged or incomplete: it ends in the middle of a line.')
}
