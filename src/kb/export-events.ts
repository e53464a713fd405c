import type { LoadedData } from '../data/index.js'
import { eventJson, eventsCsv, gexf, graphml, jsonl, registerCsv } from '../export/index.js'
import type { EventDetail, EventSummary } from './types.js'
import {
  documentsOfEvents,
  getEvent,
  streamEvents,
  type ActorLookup,
  type EventFilter,
} from '../store/query-events.js'
import type { Writer } from '../store/write-documents.js'

export const EXPORT_FORMATS = ['csv', 'jsonl', 'graphml', 'gexf', 'register'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** Media type and file extension of each format, for HTTP downloads. */
export const EXPORT_MEDIA: Record<ExportFormat, { type: string; extension: string }> = {
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  gexf: { type: 'application/gexf+xml; charset=utf-8', extension: 'gexf' },
  register: { type: 'text/csv; charset=utf-8', extension: 'register.csv' },
}

async function* withDocuments(db: Writer, events: AsyncIterable<EventSummary>) {
  for await (const e of events) {
    const docs = await documentsOfEvents(db, [e.id])
    yield eventJson(e, docs.get(e.id) ?? [])
  }
}

async function* details(
  db: Writer,
  events: AsyncIterable<{ id: string }>,
  actor: ActorLookup,
): AsyncGenerator<EventDetail> {
  for await (const e of events) {
    const detail = await getEvent(db, e.id, actor)
    if (detail) yield detail
  }
}

/**
 * The events matching the filter in one export format, as text chunks read from the store page by
 * page: the CLI writes them to stdout, the API streams them, neither holds the whole export.
 */
export function exportEvents(
  db: Writer,
  format: ExportFormat,
  filter: EventFilter,
  data: LoadedData,
  actor: ActorLookup,
): AsyncGenerator<string> {
  const events = () => streamEvents(db, filter, actor)
  const systemName = (id: string) => data.weapons[id]?.name ?? id
  switch (format) {
    case 'csv':
      return eventsCsv(events())
    case 'jsonl':
      return jsonl(withDocuments(db, events()))
    case 'graphml':
      return graphml(events)
    case 'gexf':
      return gexf(events)
    case 'register':
      return registerCsv(details(db, events(), actor), systemName)
  }
}
