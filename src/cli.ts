import { createApiToken } from './auth/auth.queries.js'
import { hashPassword } from './auth/secrets.js'
import { backupCommand, restoreCommand } from './backup/backup.command.js'
import { err, noArgs, out, parse, UsageError, withDatabase } from './cli-support.js'
import { type Config, loadConfig } from './config.js'
import { DataDirLockedError } from './db/datadir-lock.js'
import { migrate } from './db/migrate.js'
import { answerRoutingRequest } from './programme/routing.service.js'
import { reportCommand } from './reports/report.command.js'
import { DEMO_PASSWORD, demoUsers, seedDemo } from './seed/demo.js'
import { syntheticSeedCommand } from './seed/synthetic.command.js'
import { startServer } from './server.js'
import { systemClock } from './shared/time/clock.js'
import { newUser } from './users/users.js'
import { findUserByEmail, insertUser } from './users/users.queries.js'

// `porten <command>`: the contract's commands. Exit codes: 0 done, 1 failed,
// 2 the command line was wrong.

const USAGE = `Usage: porten <command>

  serve [--demo]          serve on PORT/HOST (npm start); --demo adds the demo data
  migrate                 apply pending database migrations
  user add --email E --name N --org ORG --role ROLE [--password-stdin]
  token create --email E  print a new API bearer token (last line)
  seed --demo             load the fictional demo data set
  seed --synthetic N [--seed S]  N fictional customers with full histories (load and benchmarks)
  route --json '<request>' print the routing answer (POST /api/v1/routing) as JSON
  report follow-up --from D --to D [--municipality M] [--organisation O] [--format json|csv] [--publication]
                          the programme's follow-up figures for a period (dates YYYY-MM-DD)
  backup FILE [--force]   write every table to FILE (either database; restore on either)
  restore FILE            load FILE into a new, empty database (docs/backup.md)

Database: DATABASE_URL=postgres://… or the embedded one in PORTEN_DATA_DIR (default ./data).`

export async function main(argv: string[], config: Config = loadConfig()): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'serve':
        return await serve(rest, config)
      case 'migrate':
        return await withDatabase(config, async (database) => {
          noArgs(rest)
          const applied = await migrate(database)
          out(
            applied.length
              ? `Applied ${applied.map((m) => `${m.version} ${m.name}`).join(', ')}`
              : 'Up to date',
          )
        })
      case 'user':
        return await userCommand(rest, config)
      case 'token':
        return await tokenCommand(rest, config)
      case 'seed':
        return await seedCommand(rest, config)
      case 'route':
        return routeCommand(rest, config)
      case 'report':
        return await reportCommand(rest, config)
      case 'backup':
        return await backupCommand(rest, config)
      case 'restore':
        return await restoreCommand(rest, config)
      case undefined:
      case 'help':
      case '--help':
        out(USAGE)
        return command === undefined ? 2 : 0
      default:
        throw new UsageError(`Unknown command "${command}".`)
    }
  } catch (error) {
    if (error instanceof UsageError) {
      err(`porten: ${error.message}\n\n${USAGE}`)
      return 2
    }
    if (error instanceof DataDirLockedError) {
      err(`porten: ${error.message}`)
      return 1
    }
    err(`porten: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

async function serve(args: string[], config: Config): Promise<number> {
  const { values } = parse(args, { demo: { type: 'boolean' } })
  const server = await startServer(config, { demo: values.demo === true })
  await new Promise<void>((resolve) => {
    const shutdown = () => {
      server.stop().then(resolve, resolve)
    }
    process.once('SIGINT', shutdown)
    process.once('SIGTERM', shutdown)
  })
  return 0
}

async function userCommand(args: string[], config: Config): Promise<number> {
  const [sub, ...rest] = args
  if (sub !== 'add') throw new UsageError('Use "user add".')
  const { values } = parse(rest, {
    email: { type: 'string' },
    name: { type: 'string' },
    org: { type: 'string' },
    role: { type: 'string' },
    'password-stdin': { type: 'boolean' },
  })
  const password = values['password-stdin'] ? await readPasswordFromStdin() : undefined
  const parsed = newUser.safeParse({
    email: values.email,
    name: values.name,
    org: values.org,
    role: values.role,
    ...(password !== undefined ? { password } : {}),
  })
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues.map((i) => `--${i.path.join('.') || 'input'}: ${i.message}`).join('\n'),
    )
  }
  const user = parsed.data
  return withDatabase(config, async (database) => {
    await migrate(database)
    if (await findUserByEmail(database.db, user.email)) {
      throw new Error(`A user with the e-mail ${user.email} exists already.`)
    }
    const passwordHash = user.password ? await hashPassword(user.password) : null
    const created = await insertUser(database.db, { ...user, passwordHash }, systemClock.now())
    out(
      `Added ${created.email} (${created.role}, ${created.org})${passwordHash ? '' : '; no password: signs in with tokens only'}`,
    )
    out(created.id)
  })
}

async function tokenCommand(args: string[], config: Config): Promise<number> {
  const [sub, ...rest] = args
  if (sub !== 'create') throw new UsageError('Use "token create".')
  const { values } = parse(rest, { email: { type: 'string' } })
  if (!values.email) throw new UsageError('--email is required.')
  const email = values.email
  return withDatabase(config, async (database) => {
    await migrate(database)
    const found = await findUserByEmail(database.db, email)
    if (!found || found.disabled) throw new Error(`No active user with the e-mail ${email}.`)
    const token = await createApiToken(database.db, found.user.id, systemClock.now())
    err(`Token for ${found.user.email}; it is shown only now:`)
    out(token)
  })
}

async function seedCommand(args: string[], config: Config): Promise<number> {
  if (args.includes('--synthetic')) return syntheticSeedCommand(args, config)
  const { values } = parse(args, { demo: { type: 'boolean' } })
  if (!values.demo) throw new UsageError('Use "seed --demo".')
  return withDatabase(config, async (database) => {
    await migrate(database)
    const result = await seedDemo(database.db, systemClock.now())
    out(`Demo users: ${result.created.length} added, ${result.existing.length} already there.`)
    out(`Demo customers: ${result.customers} added.`)
    out(`Demo visits: ${result.visits} added.`)
    out(`Password for every demo user: ${DEMO_PASSWORD}`)
    for (const u of demoUsers) out(`  ${u.email}  ${u.role}  ${u.org}`)
  })
}

/** Needs no database, so it works while the server holds the embedded one. */
function routeCommand(args: string[], config: Config): number {
  const { values } = parse(args, { json: { type: 'string' } })
  if (values.json === undefined) throw new UsageError("--json '<routing request>' is required.")
  let body: unknown
  try {
    body = JSON.parse(values.json)
  } catch {
    err(JSON.stringify({ errors: [{ path: '', message: 'not valid JSON' }] }))
    return 2
  }
  const outcome = answerRoutingRequest(body, systemClock.today(), config.programmeSettings)
  if (!outcome.ok) {
    err(JSON.stringify({ errors: outcome.errors }))
    return 2
  }
  out(JSON.stringify(outcome.body))
  return 0
}

async function readPasswordFromStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '')
}
