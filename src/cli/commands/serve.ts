import type { Command } from 'commander'
import { loadRules } from '../../assess/index.js'
import { loadData } from '../../data/index.js'
import { ArmsgraphError } from '../../errors.js'
import { ensureAssessed } from '../../kb/event-assessment.js'
import { parseAllowHosts } from '../../ingest/allow-hosts.js'
import { buildApp, defaultWebDir } from '../../server/app.js'
import { openStore } from '../../store/open-store.js'
import { listTokens } from '../../store/tokens.js'
import { nonNegativeInt } from '../flags.js'

/** `armsgraph serve [--host 127.0.0.1] [--port 8080] [--db …]` */
export function register(program: Command): void {
  program
    .command('serve')
    .description('HTTP API under /api/v1 (OpenAPI at /api/v1/openapi.json)')
    .option(
      '--host <host>',
      'address to listen on (loopback by default; expose with care)',
      '127.0.0.1',
    )
    .option('--port <port>', 'port (0 picks a free one)', '8080')
    .option(
      '--db <path|url>',
      'SQLite file or postgres:// URL (default: ARMSGRAPH_DB, else the default file)',
    )
    .option(
      '--public-read',
      'let requests without a token read (GET); writing still needs an analyst token',
    )
    .option(
      '--rate-limit <n>',
      'requests per second per token (or per address without one), bursts of 10 s; 0 = off',
      '50',
    )
    .option(
      '--allow-host <host|cidr>',
      'let URL imports reach this intranet host (name, *.domain or range such as 10.20.0.0/16) although it is private; repeatable',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option(
      '--allow-private-network',
      'let URL imports fetch from loopback and private addresses (tests and closed networks)',
    )
    .action(
      async (flags: {
        host: string
        port?: string
        db?: string
        allowPrivateNetwork?: boolean
        publicRead?: boolean
        rateLimit?: string
        allowHost?: string[]
      }) => {
        const allowHosts = flags.allowHost ?? []
        // Refuse a bad entry at start, not at the first import.
        parseAllowHosts(allowHosts)
        const port = nonNegativeInt('--port', flags.port, 8080)
        if (port > 65535) throw new ArmsgraphError('ERR_USAGE', '--port must be at most 65535')
        const data = loadData()
        const rules = loadRules()
        const store = await openStore(flags.db, { poolSize: 8 })
        await ensureAssessed(store, rules)
        const webDir = defaultWebDir()
        const app = buildApp({
          store,
          data,
          rules,
          webDir,
          publicRead: flags.publicRead === true,
          rateLimit: nonNegativeInt('--rate-limit', flags.rateLimit, 50),
          allowHosts,
          ...(flags.allowPrivateNetwork ? { allowPrivateNetwork: true } : {}),
        })
        const stop = async () => {
          await app.close()
          await store.close()
          process.exit(0)
        }
        process.once('SIGINT', () => void stop())
        process.once('SIGTERM', () => void stop())
        try {
          const address = await app.listen({ host: flags.host, port })
          process.stdout.write(
            `armsgraph ${webDir ? `dashboard on ${address}/ and ` : ''}API on ${address}/api/v1 (store ${store.location.display})\n`,
          )
          const tokens = await listTokens(store.db)
          if (!flags.publicRead && !tokens.some((t) => t.revoked_at === null)) {
            process.stderr.write(
              'no API token yet: only /api/v1/health answers. Create one: armsgraph token create --role admin\n',
            )
          }
        } catch (e) {
          await store.close()
          throw new ArmsgraphError(
            'ERR_USAGE',
            `cannot listen on ${flags.host}:${port}: ${(e as Error).message}`,
          )
        }
      },
    )
}
