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
          summary: 'ingest one document (text or HTML)',
          requestBody: body(S.DocumentBody),
          responses: {
            '201': { description: 'added' },
            '200': { description: 'already stored' },
            '400': { description: 'invalid document' },
          },
        },
      },
      '/api/v1/documents/{id}': {
        get: {
          summary: 'a document with its text and transfers',
          parameters: parameters(S.DocumentId, 'path'),
          responses: { ...ok('the document'), '404': { description: 'no such document' } },
        },
      },
    },
  }
}
