import type { Command } from 'commander'
import { loadData, type LoadedData } from '../../data/index.js'
import { parseAllowHosts } from '../../ingest/allow-hosts.js'
import { countDocuments, expandSources } from '../../ingest/sources/index.js'
import { runIngest, type IngestEntry, type IngestSummary } from '../../kb/run-ingest.js'
import { dedupeKey, enqueue } from '../../store/jobs.js'
import type { Store } from '../../store/open-store.js'
import { isUrlStored } from '../../store/write-documents.js'
import { recordFailure } from '../../kb/commit-batch.js'
import { choice, positiveInt } from '../flags.js'
import { progress } from '../output/progress.js'
import { DB_OPTION, withStore } from '../with-store.js'

interface IngestFlags {
  db?: string
  batch?: string
  queue?: boolean
  format?: string
  maxBytes?: string
  allowPrivateNetwork?: boolean
  allowHost?: string[]
}

/** Commander's collect pattern: a repeatable option gathers its values in order. */
function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

function entries(
  store: Store,
  sources: string[],
  data: LoadedData,
  flags: IngestFlags,
): AsyncIterable<IngestEntry> {
  return expandSources(sources, {
    data,
    isKnownUrl: (url) => isUrlStored(store.db, url),
    ...(flags.maxBytes ? { maxBytes: positiveInt('--max-bytes', flags.maxBytes, 1) } : {}),
    ...(flags.allowPrivateNetwork ? { allowPrivate: true } : {}),
    allowHosts: flags.allowHost ?? [],
  })
}

function summaryText(s: IngestSummary, queued: boolean): string {
  const lines = [
    `${queued ? 'queued' : 'added'} ${s.added}, skipped ${s.skipped} (already stored), failed ${s.failed} — ${s.seconds.toFixed(1)} s` +
      (s.seconds > 0 && s.added > 0 ? `, ${Math.round(s.added / s.seconds)} docs/s` : ''),
  ]
  for (const f of s.failures) lines.push(`  failed: ${f.origin}: ${f.message} [${f.code}]`)
  if (s.failed > s.failures.length)
    lines.push(
      `  … ${s.failed - s.failures.length} more (armsgraph stats; the store keeps them all)`,
    )
  return `${lines.join('\n')}\n`
}

/** --queue: sources are read here and queued as jobs for `armsgraph worker`. */
async function queueAll(
  store: Store,
  stream: AsyncIterable<IngestEntry>,
  onTick: (n: number) => void,
): Promise<IngestSummary> {
  const started = performance.now()
  const s: IngestSummary = { added: 0, skipped: 0, failed: 0, failures: [], seconds: 0 }
  for await (const entry of stream) {
    const now = new Date().toISOString()
    if ('skipped' in entry) s.skipped++
    else if (!entry.ok) {
      s.failed++
      if (s.failures.length < 20)
        s.failures.push({
          origin: entry.origin,
          code: entry.error.code,
          message: entry.error.message,
        })
      await recordFailure(store.db, entry.origin, entry.error.code, entry.error.message, now)
    } else {
      const item = entry.item
      const key = dedupeKey('document', item.input.url, item.input.content)
      if (await enqueue(store.db, 'document', item, key, now)) s.added++
      else s.skipped++
    }
    onTick(s.added + s.skipped + s.failed)
  }
  return { ...s, seconds: (performance.now() - started) / 1000 }
}

/** `armsgraph ingest SOURCE...` */
export function register(program: Command): void {
  program
    .command('ingest')
    .description(
      'store documents from files, folders, JSON Lines, URLs and RSS/Atom feeds, and update events',
    )
    .argument('<sources...>', 'files, folders (recursive), .jsonl files, http(s) page or feed URLs')
    .option('--batch <n>', 'documents per transaction', '200')
    .option(
      '--queue',
      'queue the documents for `armsgraph worker` processes instead of extracting here',
    )
    .option('-f, --format <format>', 'text | json summary (default: text on a terminal, else json)')
    .option('--max-bytes <n>', 'refuse a document (or JSON line) larger than this')
    .option(
      '--allow-private-network',
      'let URLs reach private and loopback addresses (your own intranet only)',
    )
    .option(
      '--allow-host <host|cidr>',
      'let URLs reach this intranet host (name, *.domain or range such as 10.20.0.0/16) although it is private; repeatable',
      collect,
    )
    .option(...DB_OPTION)
    .action(async (sources: string[], flags: IngestFlags) => {
      // A mistyped entry fails the command here, not each URL later.
      parseAllowHosts(flags.allowHost ?? [])
      const format = choice(
        '--format',
        flags.format,
        ['text', 'json'] as const,
        process.stdout.isTTY ? 'text' : 'json',
      )
      const batchSize = positiveInt('--batch', flags.batch, 200)
      const data = loadData()
      await withStore(flags.db, async (store) => {
        const bar = progress()
        if (process.stderr.isTTY) bar.setTotal(await countDocuments(sources))
        const stream = entries(store, sources, data, flags)
        const summary = flags.queue
          ? await queueAll(store, stream, (n) => bar.update(n, 'documents'))
          : await runIngest(store, stream, {
              data,
              batchSize,
              onProgress: (c) => bar.update(c.added + c.skipped + c.failed, 'documents'),
            })
        bar.finish()
        process.stdout.write(
          format === 'json'
            ? `${JSON.stringify(summary)}\n`
            : summaryText(summary, flags.queue === true),
        )
        if (summary.failed > 0) process.exitCode = 1
      })
    })
}
