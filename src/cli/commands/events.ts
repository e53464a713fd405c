import type { Command } from 'commander'
import { CATEGORIES, CERTAINTIES, PHASES } from '../../contract/extraction.js'
import { loadData } from '../../data/index.js'
import { eventJson, eventsCsv, eventsTable, jsonl, type EventJson } from '../../export/index.js'
import { actorLookup } from '../../kb/actor-lookup.js'
import {
  documentsOfEvents,
  EVENT_SORTS,
  listEvents,
  REVIEW_FILTERS,
  type EventFilter,
  type EventSort,
} from '../../store/query-events.js'
import type { Store } from '../../store/open-store.js'
import {
  actorId,
  choice,
  nonNegativeInt,
  optionalChoice,
  partialDate,
  positiveInt,
  tableWidth,
} from '../flags.js'
import { writeChunks } from '../output/write-chunks.js'
import { DB_OPTION, withStore } from '../with-store.js'

interface EventsFlags {
  db?: string
  supplier?: string
  recipient?: string
  actor?: string
  category?: string
  since?: string
  until?: string
  certainty?: string
  phase?: string
  minSources?: string
  includeRejected?: boolean
  breach?: string
  review?: string
  sort?: string
  limit?: string
  offset?: string
  format?: string
}

const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const

export function eventFilter(flags: EventsFlags): EventFilter {
  const filter: EventFilter = {}
  const supplier = actorId(flags.supplier)
  if (supplier) filter.supplier = supplier
  const recipient = actorId(flags.recipient)
  if (recipient) filter.recipient = recipient
  const actor = actorId(flags.actor)
  if (actor) filter.actor = actor
  const category = optionalChoice('--category', flags.category, CATEGORIES)
  if (category) filter.category = category
  const since = partialDate('--since', flags.since)
  if (since) filter.since = since
  const until = partialDate('--until', flags.until)
  if (until) filter.until = until
  const certainty = optionalChoice('--certainty', flags.certainty, CERTAINTIES)
  if (certainty) filter.certainty = certainty
  const phase = optionalChoice('--phase', flags.phase, PHASES)
  if (phase) filter.phase = phase
  if (flags.minSources !== undefined)
    filter.minSources = positiveInt('--min-sources', flags.minSources, 1)
  if (flags.includeRejected) filter.includeRejected = true
  const breach = optionalChoice('--breach', flags.breach, ['UN', 'EU', 'any'] as const)
  if (breach) filter.breach = breach
  const review = optionalChoice('--review', flags.review, REVIEW_FILTERS)
  if (review) filter.review = review
  return filter
}

/** Events as JSON listings print them: the summary plus the supporting documents. */
export async function eventsWithDocuments(
  store: Store,
  filter: EventFilter,
  limit: number,
  offset: number,
  sort: EventSort = 'sources',
) {
  const data = loadData()
  const events = await listEvents(store.db, filter, { limit, offset }, actorLookup(data), sort)
  const docs = await documentsOfEvents(
    store.db,
    events.map((e) => e.id),
  )
  return events.map<EventJson>((e) => eventJson(e, docs.get(e.id) ?? []))
}

async function run(flags: EventsFlags): Promise<void> {
  const format = choice('--format', flags.format, FORMATS, 'table')
  const filter = eventFilter(flags)
  const limit = positiveInt('--limit', flags.limit, format === 'table' ? 20 : 1000)
  const offset = nonNegativeInt('--offset', flags.offset, 0)
  const sort = choice('--sort', flags.sort, EVENT_SORTS, 'sources')
  await withStore(flags.db, async (store) => {
    if (format === 'table') {
      const events = await listEvents(
        store.db,
        filter,
        { limit, offset },
        actorLookup(loadData()),
        sort,
      )
      if (events.length === 0) {
        process.stdout.write(
          'no events match (ingest documents first: armsgraph ingest SOURCE...)\n',
        )
        return
      }
      process.stdout.write(`${eventsTable(events, tableWidth())}\n`)
      return
    }
    const events = await eventsWithDocuments(store, filter, limit, offset, sort)
    if (format === 'json') process.stdout.write(`${JSON.stringify(events, null, 2)}\n`)
    else if (format === 'jsonl') await writeChunks(jsonl(events))
    else await writeChunks(eventsCsv(events))
  })
}

export function addEventFilterOptions(cmd: Command): Command {
  return cmd
    .option('--supplier <id>', 'supplier actor id (KP, IR, hezbollah…)')
    .option('--recipient <id>', 'recipient actor id')
    .option('--actor <id>', 'either side')
    .option('--category <category>', CATEGORIES.join(' | '))
    .option(
      '--since <date>',
      'events still going on or after this date (YYYY, YYYY-MM, YYYY-MM-DD)',
    )
    .option('--until <date>', 'events begun on or before this date')
    .option('--certainty <certainty>', CERTAINTIES.join(' | '))
    .option('--phase <phase>', PHASES.join(' | '))
    .option('--min-sources <n>', 'at least n distinct publishers')
    .option('--include-rejected', 'also show events an analyst rejected')
    .option(
      '--breach <body>',
      'only events that breach (or may breach) an arms embargo: UN | EU | any',
    )
    .option('--review <status>', `analyst review: ${REVIEW_FILTERS.join(' | ')}`)
}

/** `armsgraph events [filters]` */
export function register(program: Command): void {
  addEventFilterOptions(
    program.command('events').description('list consolidated events, best-corroborated first'),
  )
    .option('--limit <n>', 'how many (default 20 in a table, 1000 otherwise)')
    .option('--offset <n>', 'skip the first n')
    .option(
      '--sort <order>',
      `${EVENT_SORTS.join(' | ')} (default sources: best-corroborated first)`,
    )
    .option('-f, --format <format>', FORMATS.join(' | '), 'table')
    .option(...DB_OPTION)
    .action(async (flags: EventsFlags) => run(flags))
}
