import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { startCli } from './cli-binary.js'

/** The built dashboard; `npm run build` makes it. */
export const WEB_INDEX = fileURLToPath(new URL('../../dist/web/index.html', import.meta.url))

/** Debian's chromium (installed by .ci/run), or CHROMIUM_PATH. Never a downloaded browser. */
export function findChromium(): string | null {
  const given = process.env.CHROMIUM_PATH
  if (given) return existsSync(given) ? given : null
  for (const name of ['chromium', 'chromium-browser']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' })
    const path = r.stdout.trim()
    if (r.status === 0 && path) return path
  }
  return null
}

/** Flags from ../shared/reference/stack.md: headless, no sandbox (root in CI), no network noise. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  })
}

export interface RunningServer {
  base: string
  stop: () => Promise<void>
}

/** `armsgraph serve --port 0` on a store; resolves once it prints its address. */
export async function startServer(db: string, extra: string[] = []): Promise<RunningServer> {
  const server = startCli(['serve', '--port', '0', '--db', db, ...extra])
  const base = await new Promise<string>((resolve, reject) => {
    let out = ''
    server.child.stdout?.on('data', (d: Buffer | string) => {
      out += d.toString()
      const m = /on (http:\/\/127\.0\.0\.1:\d+)\/api\/v1/.exec(out)
      if (m?.[1]) resolve(m[1])
    })
    server.child.on('exit', () => reject(new Error(`serve exited: ${out}`)))
  })
  return {
    base,
    stop: async () => {
      server.child.kill('SIGTERM')
      await server.done
    },
  }
}
