import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { loadData, type LoadedData } from '../../data/index.js'
import { expandSources } from './expand-sources.js'
import type { ExpandEntry, ExpandOptions, IngestItem } from './types.js'

let data: LoadedData | null = null

/** The packaged data/, loaded once per test file. */
export function testData(): LoadedData {
  data ??= loadData()
  return data
}

/** A fresh temporary folder; `write` creates files (and their folders) inside it. */
export async function tempFolder(prefix: string) {
  const root = await mkdtemp(join(tmpdir(), `armsgraph-${prefix}-`))
  return {
    root,
    path: (name: string) => join(root, name),
    write: async (name: string, content: string | Uint8Array) => {
      await mkdir(dirname(join(root, name)), { recursive: true })
      await writeFile(join(root, name), content)
      return join(root, name)
    },
    remove: () => rm(root, { recursive: true, force: true }),
  }
}

export interface Route {
  status?: number
  type?: string
  body?: string | Uint8Array
  location?: string
}

/**
 * A loopback HTTP server answering fixed routes, counting the requests each path received. The
 * routes are built from the server's base URL, so bodies can link back to it.
 */
export async function startServer(routesFor: (base: string) => Record<string, Route>) {
  const hits = new Map<string, number>()
  let routes: Record<string, Route> = {}
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/'
    hits.set(path, (hits.get(path) ?? 0) + 1)
    const route = routes[path]
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here')
      return
    }
    const headers: Record<string, string> = { 'content-type': route.type ?? 'text/html' }
    if (route.location !== undefined) headers.location = route.location
    res.writeHead(route.status ?? 200, headers).end(route.body ?? '')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const base = `http://127.0.0.1:${port}`
  routes = routesFor(base)
  return {
    base,
    hits: (path: string) => hits.get(path) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** Every entry of expandSources, with the packaged data and loopback fetching allowed. */
export async function expandAll(
  sources: string[],
  opts: Partial<ExpandOptions> = {},
): Promise<ExpandEntry[]> {
  const out: ExpandEntry[] = []
  for await (const entry of expandSources(sources, {
    data: testData(),
    allowPrivate: true,
    ...opts,
  })) {
    out.push(entry)
  }
  return out
}

/** The items of successful entries, in order. */
export function itemsOf(entries: ExpandEntry[]): IngestItem[] {
  return entries.flatMap((e) => ('ok' in e && e.ok ? [e.item] : []))
}

/** Origin and error code of failed entries, in order. */
export function failuresOf(
  entries: ExpandEntry[],
): Array<{ origin: string; code: string; message: string }> {
  return entries.flatMap((e) =>
    'ok' in e && !e.ok ? [{ origin: e.origin, code: e.error.code, message: e.error.message }] : [],
  )
}

/** Where an entry came from, whatever its kind. */
export function originOf(entry: ExpandEntry): string {
  return 'ok' in entry && entry.ok ? entry.item.origin : entry.origin
}
