import type { Command } from 'commander'
import { loadData } from '../../data/index.js'
import { formatTable } from '../../export/index.js'
import { actorLookup } from '../../kb/actor-lookup.js'
import { actorStats } from '../../store/stats.js'
import { choice, tableWidth } from '../flags.js'
import { DB_OPTION, withStore } from '../with-store.js'

/** `armsgraph actors` */
export function register(program: Command): void {
  program
    .command('actors')
    .description('actors that supply or receive in some event, busiest first')
    .option('-f, --format <format>', 'table | json', 'table')
    .option(...DB_OPTION)
    .action(async (flags: { db?: string; format?: string }) => {
      const format = choice('--format', flags.format, ['table', 'json'] as const, 'table')
      await withStore(flags.db, async (store) => {
        const lookup = actorLookup(loadData())
        const actors = (await actorStats(store.db)).map((a) => ({ ...lookup(a.id), ...a }))
        if (format === 'json') {
          process.stdout.write(`${JSON.stringify(actors, null, 2)}\n`)
          return
        }
        const rows = actors.map((a) => [
          a.id,
          a.name,
          a.kind,
          String(a.events_as_supplier),
          String(a.events_as_recipient),
          String(a.documents),
        ])
        process.stdout.write(
          `${formatTable(
            [
              { header: 'id' },
              { header: 'name' },
              { header: 'kind' },
              { header: 'supplies', align: 'right' },
              { header: 'receives', align: 'right' },
              { header: 'docs', align: 'right' },
            ],
            rows,
            tableWidth(),
          )}\n`,
        )
      })
    })
}
