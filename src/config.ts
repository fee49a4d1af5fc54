import { resolve } from 'node:path'
import {
  defaultSettings,
  type ProgrammeSettings,
  programmeSettingsSchema,
} from './shared/programme/settings.js'

// Configuration comes from the environment, with defaults that work on a
// fresh machine (contract: "Commands"). Nothing here is secret: session ids
// and tokens are random and stored only as hashes, so Porten needs no key.

export interface DatabaseConfig {
  /** postgres://… when set; otherwise the embedded database in dataDir. */
  readonly databaseUrl: string | undefined
  readonly dataDir: string
}

export interface ServerConfig {
  readonly port: number
  readonly host: string
  readonly logLevel: string
  /** Trust X-Forwarded-* from a reverse proxy (set when behind one). */
  readonly trustProxy: boolean
  /** Send the session cookie with Secure; 'auto' means when the request came over HTTPS. */
  readonly secureCookies: boolean | 'auto'
  readonly sessionHours: number
}

export interface Config extends DatabaseConfig, ServerConfig {
  /** Readings of the programme's ambiguities; PORTEN_PROGRAMME_SETTINGS='{"recentArrivalMonths":24}'. */
  readonly programmeSettings: ProgrammeSettings
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.PORTEN_DATA_DIR || './data'),
    port: integer(env.PORT, 3000, 'PORT'),
    host: env.HOST || '127.0.0.1',
    logLevel: env.LOG_LEVEL || 'info',
    trustProxy: env.PORTEN_TRUST_PROXY === 'true',
    secureCookies:
      env.PORTEN_SECURE_COOKIES === 'true'
        ? true
        : env.PORTEN_SECURE_COOKIES === 'false'
          ? false
          : 'auto',
    sessionHours: integer(env.PORTEN_SESSION_HOURS, 10, 'PORTEN_SESSION_HOURS'),
    programmeSettings: programmeSettings(env.PORTEN_PROGRAMME_SETTINGS),
  }
}

function programmeSettings(json: string | undefined): ProgrammeSettings {
  if (!json) return defaultSettings
  let changes: unknown
  try {
    changes = JSON.parse(json)
  } catch {
    throw new Error('PORTEN_PROGRAMME_SETTINGS must be a JSON object')
  }
  const parsed = programmeSettingsSchema.safeParse({ ...defaultSettings, ...(changes as object) })
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.join('.') || 'settings'}: ${i.message}`,
    )
    throw new Error(`PORTEN_PROGRAMME_SETTINGS: ${problems.join('; ')}`)
  }
  return parsed.data
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number, got "${value}"`)
  return n
}
