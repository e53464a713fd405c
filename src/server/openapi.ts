import { z } from 'zod'
import { VERSION } from '../version.js'
import * as S from './schemas.js'

/** Query parameters of an object schema, as OpenAPI parameter objects. */
function parameters(schema: z.ZodObject, where: 'query' | 'path') {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>
    required?: string[]
  }
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }))
}

const body = (schema: z.ZodType) => ({
  required: true,
  content: {
    'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) },
  },
})

/** JSON as in `body`, or files as multipart/form-data (any field name, up to 50 files). */
const documentsBody = {
  required: true,
  content: {
    ...body(S.DocumentBody).content,
    'multipart/form-data': {
      schema: {
        type: 'object',
        properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } },
      },
    },
  },
}

const ok = (description: string) => ({
  '200': { description },
  '400': { description: 'invalid request: `{error: {code, message}}`' },
})

/** The OpenAPI 3.1 document, generated from the zod schemas that validate the requests. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'armsgraph API', version: VERSION },
    paths: {
      '/api/v1/health': {
        get: { summary: 'liveness: the store answers', responses: ok('status') },
      },
      '/api/v1/stats': {
        get: {
          summary: 'what the store holds (counts; slow on huge stores)',
          responses: ok('counts'),
        },
      },
      '/api/v1/events': {
        get: {
          summary: 'events, best-corroborated first',
          parameters: parameters(S.EventsQuery, 'query'),
          responses: ok('a page of events and the next cursor'),
        },
      },
      '/api/v1/events/{id}': {
        get: {
          summary: 'one event with evidence, claims by side and its embargo assessment',
          parameters: parameters(S.EventId, 'path'),
          responses: { ...ok('the event'), '404': { description: 'no such event' } },
        },
      },
      '/api/v1/events/{id}/reviews': {
        post: {
          summary: 'accept, reject or edit an event (audit log)',
          parameters: parameters(S.EventId, 'path'),
          requestBody: body(S.ReviewBody),
          responses: {
            '201': { description: 'the reviewed event' },
            '400': { description: 'invalid review' },
            '404': { description: 'no such event' },
          },
        },
      },
      '/api/v1/actors': { get: { summary: 'actors in events', responses: ok('actors') } },
      '/api/v1/search': {
        get: {
          summary: 'full-text search of documents',
          parameters: parameters(S.SearchQuery, 'query'),
          responses: ok('hits with snippets and highlight offsets'),
        },
      },
      '/api/v1/assess': {
        get: {
          summary: 'embargo assessment of a (hypothetical) transfer',
          parameters: parameters(S.AssessQuery, 'query'),
          responses: ok('{violations}'),
        },
      },
      '/api/v1/documents': {
        get: {
          summary: 'stored documents, newest first',
          parameters: parameters(S.DocumentsQuery, 'query'),
          responses: ok('a page of documents'),
        },
        post: {
          summary:
            'ingest and wait: text, HTML, a URL (page or RSS/Atom feed) or uploaded files; answers the import status with the documents and events',
          requestBody: documentsBody,
          responses: {
            '201': { description: 'something was added' },
            '200': { description: 'everything was already stored' },
            '400': { description: 'invalid request, or no document could be read' },
            '413': { description: 'body or file too large' },
          },
        },
      },
      '/api/v1/imports': {
        post: {
          summary: 'start an ingest (same bodies as POST /documents) and poll its progress',
          requestBody: documentsBody,
          responses: { '202': { description: 'the running import' }, ...ok('') },
        },
      },
      '/api/v1/imports/{id}': {
        get: {
          summary: 'progress and result of an import',
          parameters: parameters(S.ImportId, 'path'),
          responses: { ...ok('the import status'), '404': { description: 'no such import' } },
        },
      },
      '/api/v1/graph': {
        get: {
          summary: 'network: actors and weighted supplier → recipient edges for the filters',
          parameters: parameters(S.GraphQuery, 'query'),
          responses: ok('{nodes, edges, truncated}'),
        },
      },
      '/api/v1/timeline': {
        get: {
          summary: 'events per month by category or certainty',
          parameters: parameters(S.TimelineQuery, 'query'),
          responses: ok('{by, months, series, total}'),
        },
      },
      '/api/v1/map': {
        get: {
          summary: 'flows between countries with coordinates',
          parameters: parameters(S.GraphQuery, 'query'),
          responses: ok('{flows, unplaced, truncated}'),
        },
      },
      '/api/v1/export': {
        get: {
          summary: 'the matching events as a download: csv, jsonl, graphml, gexf or register',
          parameters: parameters(S.ExportQuery, 'query'),
          responses: ok('the file, streamed'),
        },
      },
      '/api/v1/documents/{id}': {
        get: {
          summary:
            'a document for reading: text, segments, highlighted mentions, transfers with evidence and events, unsupported headline',
          parameters: parameters(S.DocumentId, 'path'),
          responses: { ...ok('the document'), '404': { description: 'no such document' } },
        },
      },
    },
  }
}
