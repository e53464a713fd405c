import { queryOf, type Filters } from '../filters'
import type {
  ActorRef,
  ImportStatus,
  ActorStats,
  DocumentReading,
  SearchHit,
  StoreStats,
  EventDetail,
  EventJson,
  GraphView,
  MapView,
  ReviewStatus,
  TimelineKey,
  TimelineView,
} from './types'

/** An API error as the server words it: `{error: {code, message}}` with an HTTP status. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** Fired on any 401: the shell then asks for a token again (session expired or revoked). */
export const UNAUTHORIZED_EVENT = 'armsgraph:unauthorized'

export interface Me {
  authenticated: boolean
  token: { id: string; name: string; role: 'viewer' | 'analyst' | 'admin' } | null
  public_read: boolean
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response
  try {
    res = await fetch(`/api/v1${path}`, init)
  } catch {
    throw new ApiError(0, 'ERR_NETWORK', 'the armsgraph server cannot be reached')
  }
  const body = (await res.json().catch(() => null)) as
    (T & { error?: undefined }) | { error: { code: string; message: string } } | null
  if (res.status === 401) window.dispatchEvent(new Event(UNAUTHORIZED_EVENT))
  if (!res.ok || body === null) {
    const err = body && 'error' in body && body.error ? body.error : null
    throw new ApiError(res.status, err?.code ?? 'ERR_HTTP', err?.message ?? `HTTP ${res.status}`)
  }
  return body as T
}

function withQuery(path: string, query: string): string {
  return query ? `${path}?${query}` : path
}

export type EventSort = 'sources' | 'recent' | 'oldest' | 'supplier' | 'recipient'

export interface EventsPage {
  events: EventJson[]
  next_cursor: string | null
}

export type { ImportStatus }

export type ActorListing = ActorRef & ActorStats

export interface ImportRequest {
  text?: string
  html?: string
  url?: string
  title?: string
  publisher?: string
  published?: string
}

export const api = {
  me: () => request<Me>('/me'),
  /** Trades a token for an HttpOnly session cookie: page scripts never keep the token. */
  signIn: (token: string) =>
    request<{ id: string; name: string; role: string }>('/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token }),
    }),
  signOut: async () => {
    await fetch('/api/v1/session', { method: 'DELETE' })
  },
  events: (filters: Filters, opts: { sort?: EventSort; limit?: number; cursor?: string } = {}) =>
    request<EventsPage>(
      withQuery(
        '/events',
        queryOf(filters, {
          sort: opts.sort,
          limit: opts.limit ? String(opts.limit) : undefined,
          cursor: opts.cursor,
        }),
      ),
    ),
  event: (id: string) => request<EventDetail>(`/events/${encodeURIComponent(id)}`),
  review: (
    id: string,
    body: {
      status: ReviewStatus
      note?: string
      reviewer?: string
      edits?: { phase?: string; certainty?: string; categories?: string[] }
    },
  ) =>
    request<EventDetail>(`/events/${encodeURIComponent(id)}/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  graph: (filters: Filters, limit?: number) =>
    request<GraphView>(
      withQuery('/graph', queryOf(filters, { limit: limit ? String(limit) : undefined })),
    ),
  timeline: (filters: Filters, by: TimelineKey) =>
    request<TimelineView>(withQuery('/timeline', queryOf(filters, { by }))),
  map: (filters: Filters) => request<MapView>(withQuery('/map', queryOf(filters))),
  actors: () => request<{ actors: ActorListing[] }>('/actors'),
  document: (id: string) => request<DocumentReading>(`/documents/${encodeURIComponent(id)}`),
  stats: () => request<StoreStats & { store: string }>('/stats'),
  search: (q: string) => request<{ hits: SearchHit[] }>(withQuery('/search', queryOf({}, { q }))),
  startImport: (body: ImportRequest) =>
    request<ImportStatus>('/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  uploadImport: (files: File[]) => {
    const form = new FormData()
    for (const f of files) form.append('file', f, f.name)
    return request<ImportStatus>('/imports', { method: 'POST', body: form })
  },
  importStatus: (id: string) => request<ImportStatus>(`/imports/${encodeURIComponent(id)}`),
  /** A link the browser downloads: the export of the events matching the filters. */
  exportUrl: (filters: Filters, format: 'csv' | 'jsonl' | 'graphml' | 'gexf' | 'register') =>
    `/api/v1/export?${queryOf(filters, { format })}`,
}
