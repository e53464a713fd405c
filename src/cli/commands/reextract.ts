import type { Command } from 'commander'
import { loadData } from '../../data/index.js'
import { reextract } from '../../kb/reextract.js'
import { choice, positiveInt } from '../flags.js'
import { progress } from '../output/progress.js'
import { DB_OPTION, withStore } from '../with-store.js'

/** `armsgraph reextract` */
export function register(program: Command): void {
  program
    .command('reextract')
    .description(
      're-run the current extractor over stored documents (after a data or rule change); reviews are kept',
    )
    .option('--stale', 'only documents extracted by another extractor version')
    .option('--batch <n>', 'documents per transaction', '200')
    .option('-f, --format <format>', 'text | json summary', 'text')
    .option(...DB_OPTION)
    .action(async (flags: { db?: string; stale?: boolean; batch?: string; format?: string }) => {
      const format = choice('--format', flags.format, ['text', 'json'] as const, 'text')
      const batchSize = positiveInt('--batch', flags.batch, 200)
      const data = loadData()
      await withStore(flags.db, async (store) => {
        const bar = progress()
        const summary = await reextract(store, {
          data,
          batchSize,
          staleOnly: flags.stale === true,
          onProgress: (done, total) => {
            bar.setTotal(total)
            bar.update(done, 'documents')
          },
        })
        bar.finish()
        process.stdout.write(
          format === 'json'
            ? `${JSON.stringify(summary)}\n`
            : `re-extracted ${summary.documents} documents (${summary.changed} changed) in ${summary.seconds.toFixed(1)} s\n`,
        )
      })
    })
}
