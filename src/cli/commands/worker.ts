import type { Command } from 'commander'
import { loadData } from '../../data/index.js'
import { ArmsgraphError } from '../../errors.js'
import { runWorker } from '../../kb/worker.js'
import { choice, positiveInt } from '../flags.js'
import { DB_OPTION, withStore } from '../with-store.js'

interface WorkerFlags {
  db?: string
  batch?: string
  untilEmpty?: boolean
  name?: string
  format?: string
}

/** `armsgraph worker --db postgres://…` */
export function register(program: Command): void {
  program
    .command('worker')
    .description(
      'process queued ingest jobs (armsgraph ingest --queue); run several, on several machines',
    )
    .option('--batch <n>', 'jobs per transaction', '20')
    .option('--until-empty', 'exit when the queue is empty instead of waiting for more')
    .option('--name <name>', 'worker name in the job log (default host:pid)')
    .option('-f, --format <format>', 'text | json summary', 'text')
    .option(...DB_OPTION)
    .action(async (flags: WorkerFlags) => {
      const format = choice('--format', flags.format, ['text', 'json'] as const, 'text')
      const batchSize = positiveInt('--batch', flags.batch, 20)
      const data = loadData()
      await withStore(
        flags.db,
        async (store) => {
          if (store.dialect !== 'postgres') {
            throw new ArmsgraphError(
              'ERR_USAGE',
              'workers share a PostgreSQL store (--db postgres://…); with SQLite run armsgraph ingest directly',
            )
          }
          const stop = new AbortController()
          // SIGTERM/SIGINT finish the batch in hand; a second signal kills as usual.
          const onSignal = () => stop.abort()
          process.once('SIGTERM', onSignal)
          process.once('SIGINT', onSignal)
          const summary = await runWorker(store, {
            data,
            batchSize,
            untilEmpty: flags.untilEmpty === true,
            signal: stop.signal,
            ...(flags.name ? { name: flags.name } : {}),
          })
          process.off('SIGTERM', onSignal)
          process.off('SIGINT', onSignal)
          process.stdout.write(
            format === 'json'
              ? `${JSON.stringify(summary)}\n`
              : `worker ${summary.name}: ${summary.done} done, ${summary.failed} failed in ${summary.seconds.toFixed(1)} s\n`,
          )
        },
        { poolSize: 2 },
      )
    })
}
