import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { packageRoot } from '../src/package-root.js'

// Runs one `porten` command as operators run it: a process of its own on the
// TypeScript sources (`node --import tsx src/main.ts …`). Shared by every
// test that drives the command line.

export interface CommandResult {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

/** Runs `porten ...args` to its end with `stdin` as its input (killed after timeoutMs). */
export function runPorten(
  args: string[],
  env: NodeJS.ProcessEnv,
  { stdin = '', timeoutMs = 60_000 }: { stdin?: string; timeoutMs?: number } = {},
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(packageRoot, 'src/main.ts'), ...args],
      { env, cwd: packageRoot },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.stdin.end(stdin)
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, ms: Date.now() - started })
    })
  })
}
