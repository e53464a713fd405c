import type { Command } from 'commander'
import { loadData } from '../../data/index.js'
import { eventJson, eventsCsv, gexf, graphml, jsonl, registerCsv } from '../../export/index.js'
import { actorLookup } from '../../kb/actor-lookup.js'
import type { EventDetail, EventSummary } from '../../kb/types.js'
import {
  documentsOfEvents,
  getEvent,
  streamEvents,
  type ActorLookup,
} from '../../store/query-events.js'
import type { Store } from '../../store/open-store.js'
import { choice } from '../flags.js'
import { writeChunks } from '../output/write-chunks.js'
import { DB_OPTION, withStore } from '../with-store.js'
import { addEventFilterOptions, eventFilter } from './events.js'

const FORMATS = ['csv', 'jsonl', 'graphml', 'gexf', 'register'] as const

async function* withDocuments(store: Store, events: AsyncIterable<EventSummary>) {
  for await (const e of events) {
    const docs = await documentsOfEvents(store.db, [e.id])
    yield eventJson(e, docs.get(e.id) ?? [])
  }
}

async function* details(
  store: Store,
  events: AsyncIterable<{ id: string }>,
  actor: ActorLookup,
): AsyncGenerator<EventDetail> {
  for await (const e of events) {
    const detail = await getEvent(store.db, e.id, actor)
    if (detail) yield detail
  }
}

/** `armsgraph export --format csv|jsonl|graphml|gexf|register [filters]` */
export function register(program: Command): void {
  addEventFilterOptions(
    program
      .command('export')
      .description('write events for spreadsheets, graph tools and registers'),
  )
    .option('-f, --format <format>', FORMATS.join(' | '), 'csv')
    .option(...DB_OPTION)
    .action(async (flags: Parameters<typeof eventFilter>[0] & { db?: string; format?: string }) => {
      const format = choice('--format', flags.format, FORMATS, 'csv')
      const filter = eventFilter(flags)
      const data = loadData()
      const actor = actorLookup(data)
      const systemName = (id: string) => data.weapons[id]?.name ?? id
      await withStore(flags.db, async (store) => {
        const events = () => streamEvents(store.db, filter, actor)
        if (format === 'csv') await writeChunks(eventsCsv(events()))
        else if (format === 'jsonl') await writeChunks(jsonl(withDocuments(store, events())))
        else if (format === 'graphml') await writeChunks(graphml(events))
        else if (format === 'gexf') await writeChunks(gexf(events))
        else await writeChunks(registerCsv(details(store, events(), actor), systemName))
      })
    })
}
