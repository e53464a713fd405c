import { existsSync } from 'node:fs'
import { Readable } from 'node:stream'
import { join } from 'node:path'
import fastifyMultipart from '@fastify/multipart'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { sql } from 'kysely'
import { z } from 'zod'
import { assess, type Rules } from '../assess/index.js'
import type { Category } from '../contract/extraction.js'
import type { LoadedData } from '../data/index.js'
import { ArmsgraphError, isArmsgraphError } from '../errors.js'
import { eventJson } from '../export/index.js'
import { actorLookup } from '../kb/actor-lookup.js'
import { reviewEvent } from '../kb/review-event.js'
import { EXPORT_MEDIA, exportEvents } from '../kb/export-events.js'
import { eventLookup, readDocument } from '../kb/read-document.js'
import type { Store } from '../store/open-store.js'
import { documentsOfEvents, getEvent, listEvents, type EventFilter } from '../store/query-events.js'
import { searchDocuments } from '../store/search-documents.js'
import { actorStats, storeStats } from '../store/stats.js'
import { VERSION } from '../version.js'
import { graphView } from '../views/graph-view.js'
import { mapView } from '../views/map-view.js'
import { placeLookup } from '../views/places.js'
import { timelineView } from '../views/timeline-view.js'
import { actorOf, installAuth, principalOf, type Principal } from './auth.js'
import { ImportRuns, importFailure, type ImportSource } from './imports.js'
import { RateLimiter } from './rate-limit.js'
import { TokenCache } from './token-cache.js'
import { registerAccessRoutes } from './access-routes.js'
import { SECURITY_HEADERS } from './security-headers.js'
import { parse } from './parse.js'
import { ViewCache } from './view-cache.js'
import { openApiDocument } from './openapi.js'
import * as S from './schemas.js'

export interface AppOptions {
  store: Store
  data: LoadedData
  rules: Rules
  /** Largest request body (JSON or all uploaded files together), in bytes. */
  bodyLimit?: number
  /** The built dashboard (index.html and assets); null serves the API alone. */
  webDir?: string | null
  /** Tests only: let URL imports reach loopback and private addresses. */
  allowPrivateNetwork?: boolean
  /** Intranet hosts and ranges URL imports may reach although they are private (--allow-host). */
  allowHosts?: readonly string[]
  /** Reading without a token (GET as a viewer). Off by default: only /health is open. */
  publicRead?: boolean
  /** Requests per second per token (or per address without one), bursts of 10 s; 0 = no limit. */
  rateLimit?: number
  clock?: () => Date
}

/** The dashboard's build output: dist/web beside the compiled server, or ARMSGRAPH_WEB_DIR. */
export function defaultWebDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const dir = env.ARMSGRAPH_WEB_DIR ?? join(import.meta.dirname, '../../dist/web')
  return existsSync(join(dir, 'index.html')) ? dir : null
}

const MAX_UPLOAD_FILES = 50

function filterOf(q: S.FilterQuery): EventFilter {
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
  if (q.review) f.review = q.review
  return f
}

/** Fastify's own errors (body parsing, limits) as ours; anything else is internal, unexplained. */
function fromFastifyError(err: unknown, bodyLimit: number): ArmsgraphError {
  const status = (err as { statusCode?: number }).statusCode ?? 500
  if (status === 413) {
    return new ArmsgraphError('ERR_INPUT_TOO_LARGE', `request body larger than ${bodyLimit} bytes`)
  }
  if (status < 500) {
    const message = (err as Error).message.split('\n')[0] ?? 'invalid request'
    return new ArmsgraphError('ERR_VALIDATION', message)
  }
  return new ArmsgraphError('ERR_INTERNAL', 'internal error')
}

function reviewerOf(p: Principal, given: string | undefined): string | null {
  if (p.kind !== 'token') return given ?? null
  return given && given !== p.token.name ? `${p.token.name} (as ${given})` : p.token.name
}

function importSourceOf(body: z.infer<typeof S.DocumentBody>): ImportSource {
  if (body.url !== undefined) return { kind: 'url', url: body.url }
  return {
    kind: 'text',
    ...(body.text !== undefined ? { text: body.text } : {}),
    ...(body.html !== undefined ? { html: body.html } : {}),
    title: body.title ?? null,
    publisher: body.publisher ?? null,
    publisherCountry: body.publisher_country?.toUpperCase() ?? null,
    published: body.published ?? null,
  }
}

/** A JSON body or a multipart upload of files (field name free), as one import source. */
async function importSourceFrom(req: FastifyRequest): Promise<ImportSource> {
  if (!req.isMultipart()) return importSourceOf(parse(S.DocumentBody, req.body, 'body'))
  const files: Array<{ name: string; bytes: Buffer }> = []
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue
      const bytes = await part.toBuffer()
      if (part.file.truncated) {
        throw new ArmsgraphError('ERR_INPUT_TOO_LARGE', `upload ${part.filename} is too large`)
      }
      files.push({ name: part.filename || 'upload', bytes })
    }
  } catch (e) {
    if (isArmsgraphError(e)) throw e
    const status = (e as { statusCode?: number }).statusCode
    throw new ArmsgraphError(
      status === 413 ? 'ERR_INPUT_TOO_LARGE' : 'ERR_VALIDATION',
      `upload: ${status === 413 ? 'too large' : 'malformed multipart body'} (${(e as Error).message})`,
    )
  }
  if (files.length === 0) {
    throw new ArmsgraphError('ERR_VALIDATION', 'upload: no file in the multipart body')
  }
  return { kind: 'files', files }
}

/**
 * The HTTP API under /api/v1: the same store functions the CLI uses, requests validated by the
 * zod schemas that also generate /api/v1/openapi.json, errors as `{error: {code, message}}`
 * with the status of their code, never a stack trace.
 */
export function buildApp(opts: AppOptions): FastifyInstance {
  const { store, data, rules } = opts
  const actor = actorLookup(data)
  const placeOf = placeLookup(rules.groupBase)
  const bodyLimit = opts.bodyLimit ?? 6 * 1024 * 1024
  const imports = new ImportRuns({
    store,
    data,
    ...(opts.allowPrivateNetwork ? { allowPrivateNetwork: true } : {}),
    allowHosts: opts.allowHosts ?? [],
  })
  const views = new ViewCache(store.db)
  const clock = opts.clock ?? (() => new Date())
  const app = Fastify({
    logger: false,
    bodyLimit,
    // The router's own refusals (a malformed percent-escape in the path…) in the API's shape.
    frameworkErrors: (err, _req, reply) => {
      const e = fromFastifyError(err, bodyLimit)
      void (reply as unknown as FastifyReply)
        .status(e.status)
        .headers(SECURITY_HEADERS)
        .send({ error: { code: e.code, message: e.message } })
    },
  })
  const rate = opts.rateLimit ?? 0
  const tokens = new TokenCache(store.db)
  installAuth(app, {
    store,
    tokens,
    publicRead: opts.publicRead ?? false,
    limiter: rate > 0 ? new RateLimiter(rate, rate * 10) : null,
    clock,
  })
  app.addHook('onSend', async (_req, reply) => {
    void reply.headers(SECURITY_HEADERS)
  })
  void app.register(fastifyMultipart, {
    limits: { fileSize: bodyLimit, files: MAX_UPLOAD_FILES, fields: 20, parts: 100 },
  })

  app.setErrorHandler((err, _req, reply) => {
    const e = isArmsgraphError(err) ? err : fromFastifyError(err, bodyLimit)
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
  app.get('/api/v1/health', { config: { access: 'public' } }, async () => {
    await sql`SELECT 1`.execute(store.db)
    return { status: 'ok', version: VERSION, store: store.dialect }
  })
  registerAccessRoutes(app, { store, tokens, clock, publicRead: opts.publicRead ?? false })
  app.get('/api/v1/stats', async () => ({ store: store.dialect, ...(await storeStats(store.db)) }))
  app.get('/api/v1/openapi.json', () => openApiDocument())

  /** A read answer through the cache: serialised once per store version and query. */
  const cached = async (reply: FastifyReply, key: string, compute: () => Promise<unknown>) =>
    reply.type('application/json; charset=utf-8').send(await views.json(key, compute))

  app.get('/api/v1/events', async (req, reply) => {
    const q = parse(S.EventsQuery, req.query, 'query')
    return cached(reply, `events ${JSON.stringify(q)}`, () => eventsPage(q))
  })
  const eventsPage = async (q: z.infer<typeof S.EventsQuery>) => {
    const offset = q.cursor ?? 0
    const events = await listEvents(
      store.db,
      filterOf(q),
      { limit: q.limit + 1, offset },
      actor,
      q.sort,
    )
    const page = events.slice(0, q.limit)
    const docs = await documentsOfEvents(
      store.db,
      page.map((e) => e.id),
    )
    return {
      events: page.map((e) => eventJson(e, docs.get(e.id) ?? [])),
      next_cursor: events.length > q.limit ? S.cursorFor(offset + q.limit) : null,
    }
  }
  app.get('/api/v1/events/:id', async (req, reply) => {
    const { id } = parse(S.EventId, req.params, 'path')
    return cached(reply, `event ${id}`, async () => {
      const event = await getEvent(store.db, id, actor)
      if (!event) throw new ArmsgraphError('ERR_NOT_FOUND', `no event ${id}`)
      return event
    })
  })
  app.post('/api/v1/events/:id/reviews', async (req, reply) => {
    const { id } = parse(S.EventId, req.params, 'path')
    const body = parse(S.ReviewBody, req.body, 'body')
    views.invalidate()
    await reviewEvent(store, id, {
      status: body.status,
      note: body.note ?? null,
      // The token's holder is the reviewer: the audit log cannot be signed in someone's name.
      reviewer: reviewerOf(principalOf(req), body.reviewer),
      actor: actorOf(principalOf(req)),
      edits: body.edits ?? {},
    })
    void reply.status(201)
    return getEvent(store.db, id, actor)
  })
  app.get('/api/v1/actors', async (_req, reply) =>
    cached(reply, 'actors', async () => ({
      actors: (await actorStats(store.db)).map((a) => ({ ...actor(a.id), ...a })),
    })),
  )
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
  // Re-extraction for the reader costs 20–50 ms an article: cached like the views.
  app.get('/api/v1/documents/:id', async (req, reply) => {
    const { id } = parse(S.DocumentId, req.params, 'path')
    return cached(reply, `document ${id}`, () => documentReading(id))
  })
  const documentReading = async (id: string) => {
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
    const stored = await store.db
      .selectFrom('transfers')
      .select(['supplier', 'recipient', 'event_id', 'evidence'])
      .where('document_id', '=', id)
      .execute()
    return readDocument(doc, data, eventLookup(stored))
  }
  // Synchronous ingest: the answer carries the documents and the events they joined.
  app.post('/api/v1/documents', async (req, reply) => {
    const source = await importSourceFrom(req)
    const status = await imports.start(source, actorOf(principalOf(req))).done
    views.invalidate()
    const failure = importFailure(status)
    if (failure) throw failure
    void reply.status(status.added > 0 ? 201 : 200)
    return status
  })
  // The same, as a run to poll: the dashboard shows progress on feeds and many files.
  app.post('/api/v1/imports', async (req, reply) => {
    const source = await importSourceFrom(req)
    const run = imports.start(source, actorOf(principalOf(req)))
    void run.done.then(() => views.invalidate())
    void reply.status(202)
    return run.status
  })
  app.get('/api/v1/imports/:id', (req) => {
    const { id } = parse(S.ImportId, req.params, 'path')
    const status = imports.get(id)
    if (!status) throw new ArmsgraphError('ERR_NOT_FOUND', `no import ${id}`)
    return status
  })

  app.get('/api/v1/graph', async (req, reply) => {
    const q = parse(S.GraphQuery, req.query, 'query')
    return cached(reply, `graph ${JSON.stringify(q)}`, () =>
      graphView(store.db, store.dialect, filterOf(q), q.limit, actor),
    )
  })
  app.get('/api/v1/timeline', async (req, reply) => {
    const q = parse(S.TimelineQuery, req.query, 'query')
    return cached(reply, `timeline ${JSON.stringify(q)}`, () =>
      timelineView(store.db, filterOf(q), q.by),
    )
  })
  app.get('/api/v1/map', async (req, reply) => {
    const q = parse(S.GraphQuery, req.query, 'query')
    return cached(reply, `map ${JSON.stringify(q)}`, () =>
      mapView(store.db, store.dialect, filterOf(q), q.limit, actor, placeOf),
    )
  })
  app.get('/api/v1/export', async (req, reply) => {
    const q = parse(S.ExportQuery, req.query, 'query')
    const media = EXPORT_MEDIA[q.format]
    const day = new Date().toISOString().slice(0, 10)
    void reply
      .header('content-type', media.type)
      .header(
        'content-disposition',
        `attachment; filename="armsgraph-events-${day}.${media.extension}"`,
      )
    return reply.send(Readable.from(exportEvents(store.db, q.format, filterOf(q), data, actor)))
  })

  const webDir = opts.webDir === undefined ? defaultWebDir() : opts.webDir
  if (webDir) {
    // Vite names assets by content hash: cache them for good, read them per request so a
    // rebuild is served without a restart.
    void app.register(fastifyStatic, {
      root: join(webDir, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
    })
    // Client-side routes (/events/…, /review) all load the app shell.
    app.get('/*', (req, reply) => {
      if (req.url.startsWith('/api/')) {
        return reply.status(404).send({
          error: { code: 'ERR_NOT_FOUND', message: `no route GET ${req.url.split('?')[0] ?? ''}` },
        })
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html', webDir)
    })
  }
  return app
}
