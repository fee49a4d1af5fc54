import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../src/package-root.js'

// The benchmark's processes: `porten` commands and the server under test,
// each a child process as operators run them, and the server's memory.

/** Runs `porten ARGS` to its end; resolves with its stdout, rejects with its stderr. */
export function porten(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(packageRoot, 'src/main.ts'), ...args],
      { env },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.stdin.end()
    child.on('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`porten ${args.join(' ')}: ${stderr}`)),
    )
  })
}

export interface Server {
  readonly baseUrl: string
  readonly process: ChildProcess
  /** Resident memory of the server process now (VmRSS), in MiB. */
  rssMiB(): number
  stop(): Promise<void>
}

export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(packageRoot, 'src/main.ts'), 'serve'],
    {
      env: { ...env, PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const baseUrl = `http://127.0.0.1:${port}`
  const server: Server = {
    baseUrl,
    process: child,
    rssMiB() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
      return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024)
    },
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    },
  }
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`)
    try {
      if ((await fetch(`${baseUrl}/healthz`)).ok) return server
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  child.kill('SIGKILL')
  throw new Error('the server did not start within a minute')
}
