import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LoadedData } from '../data/index.js'
import { ArmsgraphError, isArmsgraphError } from '../errors.js'
import { countDocuments, expandSources } from '../ingest/sources/index.js'
import { buildIncoming } from '../kb/prepare-record.js'
import { runIngest, type IngestEntry } from '../kb/run-ingest.js'
import type { Store } from '../store/open-store.js'
import { recordAudit } from '../store/audit.js'
import { isStored, isUrlStored } from '../store/write-documents.js'
import type { ImportStatus } from '../views/types.js'

export type { ImportStatus }

/** What the dashboard or a client asks to ingest. */
export type ImportSource =
  | {
      kind: 'text'
      text?: string
      html?: string
      title: string | null
      publisher: string | null
      publisherCountry: string | null
      published: string | null
    }
  | { kind: 'url'; url: string }
  | { kind: 'files'; files: Array<{ name: string; bytes: Buffer }> }

export interface ImportOptions {
  store: Store
  data: LoadedData
  /** Tests only: let URL imports reach loopback and private addresses. */
  allowPrivateNetwork?: boolean
  /** Intranet hosts, `*.domain`s and ranges URL imports may reach although they are private. */
  allowHosts?: readonly string[]
}

const KEEP_FINISHED = 200
const MAX_LISTED_DOCUMENTS = 500

/** Uploaded names become plain file names: no directories, no dot files, nothing odd. */
function safeName(name: string, index: number): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base.replace(/[^\w.-]/g, '_').replace(/^\.+/, '')
  return `${String(index).padStart(3, '0')}-${cleaned.slice(0, 100) || 'upload.txt'}`
}

/**
 * Ingest runs started over HTTP. Each run is the CLI's ingest (same sources, same dedupe, same
 * failure log) with its progress kept in memory so the dashboard can poll it; runs go one at a
 * time, so an import never competes with another for the store's writer.
 */
export class ImportRuns {
  private readonly runs = new Map<string, ImportStatus>()
  private queue: Promise<void> = Promise.resolve()

  constructor(private readonly opts: ImportOptions) {}

  get(id: string): ImportStatus | null {
    const run = this.runs.get(id)
    return run ? structuredClone(run) : null
  }

  /** Starts a run for `actor` (audit log) and returns at once; `done` resolves when it ends. */
  start(
    source: ImportSource,
    actor: string,
  ): { status: ImportStatus; done: Promise<ImportStatus> } {
    const status: ImportStatus = {
      id: randomUUID(),
      status: 'running',
      processed: 0,
      total: source.kind === 'text' ? 1 : null,
      added: 0,
      skipped: 0,
      failed: 0,
      failures: [],
      documents: [],
      events: [],
      message: null,
    }
    this.runs.set(status.id, status)
    this.evict()
    const done = this.queue.then(async () => {
      await this.run(status, source)
      await this.audit(status, source, actor)
    })
    this.queue = done.then(
      () => undefined,
      () => undefined,
    )
    return { status: structuredClone(status), done: done.then(() => structuredClone(status)) }
  }

  /** One audit row per import, with what it added: who put which documents into the store. */
  private async audit(status: ImportStatus, source: ImportSource, actor: string): Promise<void> {
    await recordAudit(this.opts.store.db, {
      at: new Date().toISOString(),
      actor,
      action: 'ingest',
      target:
        source.kind === 'url'
          ? source.url
          : source.kind === 'files'
            ? source.files.map((f) => f.name).join(', ')
            : (source.title ?? 'pasted text'),
      detail: {
        import: status.id,
        status: status.status,
        added: status.added,
        skipped: status.skipped,
        failed: status.failed,
        documents: status.documents.filter((d) => d.added).map((d) => d.id),
      },
    })
  }

  private evict(): void {
    const finished = [...this.runs.values()].filter((r) => r.status !== 'running')
    for (const r of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.runs.delete(r.id)
    }
  }

  private async run(status: ImportStatus, source: ImportSource): Promise<void> {
    let tempDir: string | null = null
    try {
      let entries: AsyncIterable<IngestEntry>
      if (source.kind === 'text') entries = textEntries(source)
      else if (source.kind === 'url') entries = this.expand([source.url])
      else {
        tempDir = await mkdtemp(join(tmpdir(), 'armsgraph-upload-'))
        const names = new Map<string, string>()
        for (const [i, f] of source.files.entries()) {
          const path = join(tempDir, safeName(f.name, i))
          await writeFile(path, f.bytes)
          names.set(path, f.name)
        }
        const paths = [...names.keys()]
        status.total = await countDocuments(paths)
        entries = renameOrigins(this.expand(paths), names)
      }
      const summary = await runIngest(this.opts.store, this.watch(status, entries), {
        data: this.opts.data,
        batchSize: 20,
        onProgress: (c) => {
          status.added = c.added
          status.skipped = c.skipped
          status.failed = c.failed
        },
      })
      status.added = summary.added
      status.skipped = summary.skipped
      status.failed = summary.failed
      status.failures = summary.failures.map((f) => ({ origin: f.origin, message: f.message }))
      status.events = await this.eventsOf(status.documents.map((d) => d.id))
      status.status = 'done'
    } catch (e) {
      status.status = 'failed'
      status.message = isArmsgraphError(e) ? e.message : 'the import stopped on an internal error'
    } finally {
      if (tempDir) await rm(tempDir, { recursive: true, force: true })
    }
  }

  private expand(sources: string[]): AsyncIterable<IngestEntry> {
    return expandSources(sources, {
      data: this.opts.data,
      isKnownUrl: (url) => isUrlStored(this.opts.store.db, url),
      ...(this.opts.allowPrivateNetwork ? { allowPrivate: true } : {}),
      allowHosts: this.opts.allowHosts ?? [],
    })
  }

  /** Passes entries through, noting each document's id and whether it was new. */
  private async *watch(
    status: ImportStatus,
    entries: AsyncIterable<IngestEntry>,
  ): AsyncGenerator<IngestEntry> {
    for await (const entry of entries) {
      status.processed += 1
      if ('ok' in entry && entry.ok && status.documents.length < MAX_LISTED_DOCUMENTS) {
        try {
          const doc = buildIncoming(entry.item)
          const known = await isStored(this.opts.store.db, doc.id, doc.url)
          if (!status.documents.some((d) => d.id === doc.id)) {
            status.documents.push({ id: doc.id, title: doc.title, added: !known })
          }
        } catch (e) {
          // runIngest meets the same error again and records it as the failure.
          if (!isArmsgraphError(e)) throw e
        }
      }
      yield entry
    }
  }

  private async eventsOf(documentIds: string[]): Promise<string[]> {
    if (documentIds.length === 0) return []
    const rows = await this.opts.store.db
      .selectFrom('transfers')
      .select('event_id')
      .distinct()
      .where('document_id', 'in', documentIds)
      .where('event_id', 'is not', null)
      .execute()
    return rows.flatMap((r) => (r.event_id ? [r.event_id] : [])).sort()
  }
}

async function* textEntries(
  source: Extract<ImportSource, { kind: 'text' }>,
): AsyncGenerator<IngestEntry> {
  yield {
    ok: true,
    item: {
      origin: `api:${source.title ?? 'pasted text'}`,
      input: {
        content: source.text ?? source.html ?? '',
        isHtml: source.html !== undefined,
        title: source.title,
        url: null,
        published: source.published,
      },
      publisher: source.publisher,
      publisherCountry: source.publisherCountry,
    },
  }
}

/** Shows uploaded names, not temporary paths, in origins and messages. */
async function* renameOrigins(
  entries: AsyncIterable<IngestEntry>,
  names: ReadonlyMap<string, string>,
): AsyncGenerator<IngestEntry> {
  const rename = (text: string) => {
    let out = text
    for (const [path, name] of names) out = out.split(path).join(name)
    return out
  }
  for await (const e of entries) {
    if ('skipped' in e) yield { ...e, origin: rename(e.origin) }
    else if (!e.ok) {
      yield {
        ok: false,
        origin: rename(e.origin),
        error: new ArmsgraphError(e.error.code, rename(e.error.message)),
      }
    } else yield { ok: true, item: { ...e.item, origin: rename(e.item.origin) } }
  }
}

/** One import as a request's answer: 201 when something was added, else 200. */
export function importFailure(status: ImportStatus): ArmsgraphError | null {
  if (status.status === 'failed') {
    return new ArmsgraphError('ERR_INTERNAL', status.message ?? 'the import failed')
  }
  if (status.added === 0 && status.skipped === 0 && status.failed > 0) {
    return new ArmsgraphError(
      'ERR_VALIDATION',
      status.failures[0]?.message ?? 'the document could not be read',
    )
  }
  return null
}
