import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.js'
import type { Config } from './config.js'
import { type Database, openDatabase, REOPEN_MIN_FREE_BYTES } from './db/database.js'
import { migrate } from './db/migrate.js'
import { describeDemoSignIns, seedDemo } from './seed/demo.js'
import { systemClock } from './shared/time/clock.js'

export interface RunningServer {
  app: FastifyInstance
  database: Database
  url: string
  stop(): Promise<void>
}

/** Opens the database, applies migrations and serves until stopped. */
export async function startServer(
  config: Config,
  options: { demo?: boolean } = {},
): Promise<RunningServer> {
  const database = await openDatabase(config)
  try {
    await migrate(database)
    if (options.demo) await seedDemo(database.db, systemClock.now())
    const app = await buildApp({ database, clock: systemClock, config })
    logStorageEvents(app, database)
    await app.listen({ port: config.port, host: config.host })
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`
    app.log.info(
      { database: database.kind, location: database.location },
      `Porten listening on ${url}`,
    )
    if (options.demo)
      process.stdout.write(`\n${describeDemoSignIns(url.replace('127.0.0.1', 'localhost'))}\n\n`)
    let stopping: Promise<void> | undefined
    const stop = () => {
      stopping ??= (async () => {
        await app.close()
        await database.close()
      })()
      return stopping
    }
    return { app, database, url, stop }
  } catch (error) {
    await database.close()
    throw error
  }
}

/** The embedded engine's disk faults, for the operator: the directory and the file, no data. */
function logStorageEvents(app: FastifyInstance, database: Database) {
  database.storage?.onEvent((event) => {
    const dataDir = database.location
    if (event.kind === 'stopped')
      app.log.error(
        { dataDir, problem: event.fault.problem, file: event.fault.file },
        `The embedded database stopped: its disk is ${event.fault.problem}. Requests get 503/507 until it reopens by itself, once the disk is writable with ${REOPEN_MIN_FREE_BYTES / 2 ** 20} MiB free.`,
      )
    else if (event.kind === 'reopened')
      app.log.warn({ dataDir }, 'The embedded database reopened after the disk fault.')
    else
      app.log.error(
        { dataDir, reason: event.message },
        'The embedded database could not reopen yet; trying again.',
      )
  })
}
