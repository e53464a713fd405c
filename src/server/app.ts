import Fastify, { type FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { z } from 'zod'
import { assess, type Rules } from '../assess/index.js'
import type { Category } from '../contract/extraction.js'
import type { LoadedData } from '../data/index.js'
import { ArmsgraphError, isArmsgraphError } from '../errors.js'
import { eventJson } from '../export/index.js'
import { actorLookup } from '../kb/actor-lookup.js'
import { reviewEvent } from '../kb/review-event.js'
import { runIngest, type IngestEntry } from '../kb/run-ingest.js'
import type { Store } from '../store/open-store.js'
import { documentsOfEvents, getEvent, listEvents, type EventFilter } from '../store/query-events.js'
import { searchDocuments } from '../store/search-documents.js'
import { actorStats, storeStats } from '../store/stats.js'
import { VERSION } from '../version.js'
import { openApiDocument } from './openapi.js'
import * as S from './schemas.js'

export interface AppOptions {
  store: Store
  data: LoadedData
  rules: Rules
  /** Largest request body (JSON or upload), in bytes. */
  bodyLimit?: number
}

/** Zod's first problem as one line: "limit: must be at most 500". */
function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value ?? {})
  if (result.success) return result.data as z.infer<T>
  const issue = result.error.issues[0]
  const path = issue?.path.join('.') ?? ''
  const message =
    issue?.code === 'unrecognized_keys'
      ? `unknown parameter(s) ${issue.keys.join(', ')}`
      : (issue?.message ?? 'invalid')
  throw new ArmsgraphError('ERR_VALIDATION', `${where}${path ? ` ${path}` : ''}: ${message}`)
}

function filterOf(q: z.infer<typeof S.EventsQuery>): EventFilter {
  const f: EventFilter = {}
  if (q.supplier) f.supplier = q.supplier
  if (q.recipient) f.recipient = q.recipient
  if (q.actor) f.actor = q.actor
  if (q.category) f.category = q.category
  if (q.since) f.since = q.since
  if (q.until) f.until = q.until
  if (q.certainty) f.certainty = q.certainty
  if (q.phase) f.phase = q.phase
  if (q.min_sources) f.minSources = q.min_sources
  if (q.breach) f.breach = q.breach
  if (q.include_rejected === 'true') f.includeRejected = true
  return f
}

async function* oneDocument(body: z.infer<typeof S.DocumentBody>): AsyncGenerator<IngestEntry> {
  const content = body.text ?? body.html ?? ''
  yield {
    ok: true,
    item: {
      origin: `api:${new Date().toISOString()}`,
      input: {
        content,
        isHtml: body.html !== undefined,
        title: body.title ?? null,
        url: null,
        published: body.published ?? null,
      },
      publisher: body.publisher ?? null,
      publisherCountry: body.publisher_country?.toUpperCase() ?? null,
    },
  }
}

/**
 * The HTTP API under /api/v1: the same store functions the CLI uses, requests validated by the
 * zod schemas that also generate /api/v1/openapi.json, errors as `{error: {code, message}}`
 * with the status of their code, never a stack trace.
 */
export function buildApp(opts: AppOptions): FastifyInstance {
  const { store, data, rules } = opts
  const actor = actorLookup(data)
  const app = Fastify({ logger: false, bodyLimit: opts.bodyLimit ?? 6 * 1024 * 1024 })

  app.setErrorHandler((err, _req, reply) => {
    const e = isArmsgraphError(err)
      ? err
      : (err as { statusCode?: number }).statusCode &&
          (err as { statusCode: number }).statusCode < 500
        ? new ArmsgraphError('ERR_VALIDATION', (err as Error).message)
        : new ArmsgraphError('ERR_INTERNAL', 'internal error')
    void reply.status(e.status).send({ error: { code: e.code, message: e.message } })
  })
  app.setNotFoundHandler((req, reply) => {
    void reply.status(404).send({
      error: {
        code: 'ERR_NOT_FOUND',
        message: `no route ${req.method} ${req.url.split('?')[0] ?? ''}`,
      },
    })
  })

  // Health must stay cheap on any store size: one round trip, no counting.
  app.get('/api/v1/health', async () => {
    await sql`SELECT 1`.execute(store.db)
    return { status: 'ok', version: VERSION, store: store.dialect }
  })
  app.get('/api/v1/stats', async () => ({ store: store.dialect, ...(await storeStats(store.db)) }))
  app.get('/api/v1/openapi.json', () => openApiDocument())

  app.get('/api/v1/events', async (req) => {
    const q = parse(S.EventsQuery, req.query, 'query')
    const offset = q.cursor ?? 0
    const events = await listEvents(store.db, filterOf(q), { limit: q.limit + 1, offset }, actor)
    const page = events.slice(0, q.limit)
    const docs = await documentsOfEvents(
      store.db,
      page.map((e) => e.id),
    )
    return {
      events: page.map((e) => eventJson(e, docs.get(e.id) ?? [])),
      next_cursor: events.length > q.limit ? S.cursorFor(offset + q.limit) : null,
    }
  })
  app.get('/api/v1/events/:id', async (req) => {
    const { id } = parse(S.EventId, req.params, 'path')
    const event = await getEvent(store.db, id, actor)
    if (!event) throw new ArmsgraphError('ERR_NOT_FOUND', `no event ${id}`)
    return event
  })
  app.post('/api/v1/events/:id/reviews', async (req, reply) => {
    const { id } = parse(S.EventId, req.params, 'path')
    const body = parse(S.ReviewBody, req.body, 'body')
    await reviewEvent(store, id, {
      status: body.status,
      note: body.note ?? null,
      reviewer: body.reviewer ?? null,
      edits: body.edits ?? {},
    })
    void reply.status(201)
    return getEvent(store.db, id, actor)
  })
  app.get('/api/v1/actors', async () => {
    return { actors: (await actorStats(store.db)).map((a) => ({ ...actor(a.id), ...a })) }
  })
  app.get('/api/v1/search', async (req) => {
    const q = parse(S.SearchQuery, req.query, 'query')
    return { hits: await searchDocuments(store.db, store.dialect, q.q, q.limit, q.sort) }
  })
  app.get('/api/v1/assess', (req) => {
    const q = parse(S.AssessQuery, req.query, 'query')
    const categories = (
      q.category === undefined ? [] : Array.isArray(q.category) ? q.category : [q.category]
    ) as Category[]
    const violations = assess(
      {
        supplier: q.supplier.length === 2 ? q.supplier.toUpperCase() : q.supplier,
        recipient: q.recipient.length === 2 ? q.recipient.toUpperCase() : q.recipient,
        date: q.until ? { start: q.date, end: q.until } : q.date,
        categories,
      },
      rules,
    )
    return { violations }
  })
  app.get('/api/v1/documents', async (req) => {
    const q = parse(S.DocumentsQuery, req.query, 'query')
    const offset = q.cursor ?? 0
    const rows = await store.db
      .selectFrom('documents')
      .select(['id', 'title', 'url', 'publisher', 'publisher_country', 'language', 'published'])
      .orderBy('seq', 'desc')
      .limit(q.limit + 1)
      .offset(offset)
      .execute()
    return {
      documents: rows.slice(0, q.limit),
      next_cursor: rows.length > q.limit ? S.cursorFor(offset + q.limit) : null,
    }
  })
  app.get('/api/v1/documents/:id', async (req) => {
    const { id } = parse(S.DocumentId, req.params, 'path')
    const doc = await store.db
      .selectFrom('documents')
      .select([
        'id',
        'title',
        'url',
        'publisher',
        'publisher_country',
        'language',
        'published',
        'fetched_at',
        'text',
      ])
      .where('id', '=', id)
      .executeTakeFirst()
    if (!doc) throw new ArmsgraphError('ERR_NOT_FOUND', `no document ${id}`)
    const transfers = await store.db
      .selectFrom('transfers')
      .select(['supplier', 'recipient', 'event_id', 'evidence'])
      .where('document_id', '=', id)
      .execute()
    return {
      ...doc,
      transfers: transfers.map((t) => ({
        supplier: actor(t.supplier),
        recipient: actor(t.recipient),
        event_id: t.event_id,
        evidence: JSON.parse(t.evidence) as unknown,
      })),
    }
  })
  app.post('/api/v1/documents', async (req, reply) => {
    const body = parse(S.DocumentBody, req.body, 'body')
    if (body.url) {
      throw new ArmsgraphError(
        'ERR_VALIDATION',
        'body url: fetching URLs from the API is not enabled yet; post the text or HTML',
      )
    }
    const summary = await runIngest(store, oneDocument(body), { data, batchSize: 1 })
    if (summary.failed > 0) {
      const f = summary.failures[0]
      throw new ArmsgraphError(
        'ERR_VALIDATION',
        f ? `${f.message}` : 'the document could not be read',
      )
    }
    void reply.status(summary.added > 0 ? 201 : 200)
    return { added: summary.added, skipped: summary.skipped }
  })
  return app
}
