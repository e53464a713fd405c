import type { Command } from 'commander'
import { storeStats } from '../../store/stats.js'
import { choice } from '../flags.js'
import { DB_OPTION, withStore } from '../with-store.js'

/** `armsgraph stats` */
export function register(program: Command): void {
  program
    .command('stats')
    .description('what the store holds')
    .option('-f, --format <format>', 'text | json', 'text')
    .option(...DB_OPTION)
    .action(async (flags: { db?: string; format?: string }) => {
      const format = choice('--format', flags.format, ['text', 'json'] as const, 'text')
      await withStore(flags.db, async (store) => {
        const s = await storeStats(store.db)
        if (format === 'json') {
          process.stdout.write(
            `${JSON.stringify({ store: store.location.display, dialect: store.dialect, ...s }, null, 2)}\n`,
          )
          return
        }
        const jobs =
          Object.entries(s.jobs)
            .map(([k, v]) => `${v} ${k}`)
            .join(', ') || 'none'
        process.stdout.write(
          [
            `store      ${store.location.display} (${store.dialect})`,
            `documents  ${s.documents} (${s.languages.map((l) => `${l.language} ${l.documents}`).join(', ') || 'none'})`,
            `published  ${s.published.first ?? '?'} – ${s.published.last ?? '?'}`,
            `transfers  ${s.transfers}`,
            `events     ${s.events}`,
            `reviews    ${s.reviews}`,
            `failures   ${s.failures}`,
            `jobs       ${jobs}`,
            `publishers ${s.publishers.map((p) => `${p.publisher} (${p.documents})`).join(', ') || 'none'}`,
            '',
          ].join('\n'),
        )
      })
    })
}
