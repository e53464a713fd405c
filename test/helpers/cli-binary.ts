import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The built binary, run as a user would. Build first: npm run build. */
export const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url))
export const hasDist = existsSync(MAIN)
if (!hasDist) console.warn('CLI tests skipped: dist/cli/main.js is missing (run npm run build)')

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, input?: string): Run {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
    ...(input === undefined ? {} : { input }),
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Starts the CLI in the background; `done` resolves with its exit and output. */
export function startCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; done: Promise<Run & { signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [MAIN, ...args], { env: { ...process.env, ...env } })
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const done = new Promise<Run & { signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }))
  })
  return { child, done }
}
