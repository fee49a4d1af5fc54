import type { FastifyInstance } from 'fastify'
import { buildApp } from './app.js'
import type { Config } from './config.js'
import { type Database, openDatabase } from './db/database.js'
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
