import { z } from 'zod'
import { CATEGORIES, CERTAINTIES, PHASES } from '../contract/extraction.js'
import { EXPORT_FORMATS } from '../kb/export-events.js'
import { EVENT_SORTS, REVIEW_FILTERS } from '../store/query-events.js'

const PartialDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
const ActorId = z
  .string()
  .regex(/^[A-Za-z]{2}$|^[a-z0-9-]{3,40}$/, 'must be an ISO alpha-2 code or a group id')
  .transform((v) => (v.length === 2 ? v.toUpperCase() : v))

/** Opaque page token: the offset of the next page, so clients never build it themselves. */
export const Cursor = z
  .string()
  .regex(/^[\w-]{1,40}$/, 'is not a cursor this server gave out')
  .transform((c, ctx) => {
    const n = Number(Buffer.from(c, 'base64url').toString('utf8'))
    if (!Number.isInteger(n) || n < 0) {
      ctx.addIssue({ code: 'custom', message: 'is not a cursor this server gave out' })
      return z.NEVER
    }
    return n
  })

export function cursorFor(offset: number): string {
  return Buffer.from(String(offset), 'utf8').toString('base64url')
}

const Limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback)

/** The event filters, shared by every endpoint that works on a set of events. */
const FILTERS = {
  supplier: ActorId.optional(),
  recipient: ActorId.optional(),
  actor: ActorId.optional(),
  category: z.enum(CATEGORIES).optional(),
  since: PartialDate.optional(),
  until: PartialDate.optional(),
  certainty: z.enum(CERTAINTIES).optional(),
  phase: z.enum(PHASES).optional(),
  min_sources: z.coerce.number().int().min(1).optional(),
  breach: z.enum(['UN', 'EU', 'any']).optional(),
  include_rejected: z.enum(['true', 'false']).optional(),
  review: z.enum(REVIEW_FILTERS).optional(),
}

export type FilterQuery = z.infer<z.ZodObject<typeof FILTERS>>

export const EventsQuery = z
  .object({
    ...FILTERS,
    sort: z.enum(EVENT_SORTS).default('sources'),
    limit: Limit(500, 50),
    cursor: Cursor.optional(),
  })
  .strict()

export const GraphQuery = z.object({ ...FILTERS, limit: Limit(5000, 500) }).strict()

export const TimelineQuery = z
  .object({ ...FILTERS, by: z.enum(['category', 'certainty']).default('category') })
  .strict()

export const ExportQuery = z
  .object({ ...FILTERS, format: z.enum(EXPORT_FORMATS).default('csv') })
  .strict()

export const EventId = z.object({ id: z.string().min(1).max(120) }).strict()

export const ReviewBody = z
  .object({
    status: z.enum(['accepted', 'rejected', 'edited']),
    note: z.string().max(4000).optional(),
    reviewer: z.string().max(200).optional(),
    edits: z
      .object({
        phase: z.enum(PHASES).optional(),
        certainty: z.enum(CERTAINTIES).optional(),
        categories: z.array(z.enum(CATEGORIES)).min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1, 'is required').max(1000),
    limit: Limit(100, 20),
    sort: z.enum(['recent', 'relevance']).default('recent'),
  })
  .strict()

export const AssessQuery = z
  .object({
    supplier: z.string().min(1).max(40),
    recipient: z.string().min(1).max(40),
    date: PartialDate,
    until: PartialDate.optional(),
    category: z.union([z.enum(CATEGORIES), z.array(z.enum(CATEGORIES))]).optional(),
  })
  .strict()

export const DocumentsQuery = z
  .object({ limit: Limit(200, 50), cursor: Cursor.optional() })
  .strict()

export const DocumentId = z
  .object({ id: z.string().regex(/^[0-9a-f]{64}$/, 'must be a document id') })
  .strict()

export const DocumentBody = z
  .object({
    text: z.string().min(1).max(5_000_000).optional(),
    html: z.string().min(1).max(5_000_000).optional(),
    // http(s) only: ingest reads any other string as a local path, so "file:///etc/passwd" or
    // (on Windows) "c:/secret.txt" would otherwise name a file on the server.
    url: z
      .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
      .regex(/^https?:\/\//i, 'must be an http(s) URL')
      .max(2000)
      .optional(),
    title: z.string().max(1000).optional(),
    publisher: z.string().max(200).optional(),
    publisher_country: z
      .string()
      .regex(/^[a-z]{2}$/i)
      .optional(),
    published: PartialDate.optional(),
  })
  .strict()
  .refine((b) => [b.text, b.html, b.url].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of text, html or url',
  })

export const ImportId = z.object({ id: z.uuid('must be an import id') }).strict()
