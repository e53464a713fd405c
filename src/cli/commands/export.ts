import type { Command } from 'commander'
import { loadData } from '../../data/index.js'
import { actorLookup } from '../../kb/actor-lookup.js'
import { EXPORT_FORMATS, exportEvents } from '../../kb/export-events.js'
import { choice } from '../flags.js'
import { writeChunks } from '../output/write-chunks.js'
import { DB_OPTION, withStore } from '../with-store.js'
import { addEventFilterOptions, eventFilter } from './events.js'

/** `armsgraph export --format csv|jsonl|graphml|gexf|register [filters]` */
export function register(program: Command): void {
  addEventFilterOptions(
    program
      .command('export')
      .description('write events for spreadsheets, graph tools and registers'),
  )
    .option('-f, --format <format>', EXPORT_FORMATS.join(' | '), 'csv')
    .option(...DB_OPTION)
    .action(async (flags: Parameters<typeof eventFilter>[0] & { db?: string; format?: string }) => {
      const format = choice('--format', flags.format, EXPORT_FORMATS, 'csv')
      const filter = eventFilter(flags)
      const data = loadData()
      await withStore(flags.db, async (store) => {
        await writeChunks(exportEvents(store.db, format, filter, data, actorLookup(data)))
      })
    })
}
