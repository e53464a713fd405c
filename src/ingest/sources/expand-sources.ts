import { stat } from 'node:fs/promises'
import { ArmsgraphError } from '../../errors.js'
import { expandContext, type ExpandContext } from './context.js'
import { expandFeed } from './expand-feed.js'
import { failure, failureOf } from './failures.js'
import { makeItem } from './make-item.js'
import { readJsonl } from './read-jsonl.js'
import { INGESTIBLE_EXTENSIONS, sourceKind } from './source-kind.js'
import type { ExpandEntry, ExpandOptions } from './types.js'
import { walkFolder } from './walk-folder.js'

const URL_SOURCE = /^https?:\/\//i

function isValidUrl(source: string): boolean {
  try {
    return new URL(source).hostname !== ''
  } catch {
    return false
  }
}

async function* expandUrl(source: string, ctx: ExpandContext): AsyncGenerator<ExpandEntry> {
  if (!isValidUrl(source)) {
    yield failure(source, 'ERR_USAGE', `${source} is not a valid URL`)
    return
  }
  if (await ctx.isKnown(source)) {
    yield { skipped: true, origin: source, reason: 'known_url' }
    return
  }
  const page = await ctx.read(source)
  if (page.url !== null && page.url !== source && (await ctx.isKnown(page.url))) {
    yield { skipped: true, origin: source, reason: 'known_url' }
  } else if (page.isFeed) {
    yield* expandFeed(
      { text: page.text, origin: source, preferContent: false, base: page.url },
      ctx,
    )
  } else {
    const body = { content: page.text, isHtml: page.isHtml, url: page.url }
    yield { ok: true, item: makeItem(source, body, {}, ctx.opts.data) }
  }
}

/** A file by its extension; an unknown one is sniffed (feed root element, then HTML markers). */
async function* expandFile(path: string, ctx: ExpandContext): AsyncGenerator<ExpandEntry> {
  const kind = sourceKind(path)
  if (kind === 'jsonl') {
    yield* readJsonl(path, ctx.maxBytes, ctx.opts, ctx.isKnown)
    return
  }
  const file = await ctx.read(path)
  if (kind === 'feed' || (kind === 'sniff' && file.isFeed)) {
    yield* expandFeed({ text: file.text, origin: path, preferContent: true, base: null }, ctx)
    return
  }
  const isHtml = kind === 'html' || (kind === 'sniff' && file.isHtml)
  yield {
    ok: true,
    item: makeItem(path, { content: file.text, isHtml, url: null }, {}, ctx.opts.data),
  }
}

async function* expandFolder(dir: string, ctx: ExpandContext): AsyncGenerator<ExpandEntry> {
  let found = 0
  for await (const entry of walkFolder(dir)) {
    found += 1
    if (entry.error !== null) yield { ok: false, origin: entry.path, error: entry.error }
    else yield* guarded(entry.path, expandFile(entry.path, ctx))
  }
  if (found === 0) {
    const kinds = INGESTIBLE_EXTENSIONS.join(' ')
    const message = `${dir} has no files to ingest (looked for ${kinds}; hidden files are skipped)`
    yield failure(dir, 'ERR_INPUT_EMPTY', message)
  }
}

async function* expandPath(path: string, ctx: ExpandContext): AsyncGenerator<ExpandEntry> {
  let isFolder: boolean
  try {
    isFolder = (await stat(path)).isDirectory()
  } catch (e) {
    yield failureOf(path, e)
    return
  }
  if (isFolder) yield* expandFolder(path, ctx)
  else yield* expandFile(path, ctx)
}

/** Runs one source's expansion; whatever it throws ends that source as one failure entry. */
async function* guarded(
  origin: string,
  entries: AsyncGenerator<ExpandEntry>,
): AsyncGenerator<ExpandEntry> {
  try {
    yield* entries
  } catch (e) {
    yield failureOf(origin, e)
  }
}

/**
 * Every document in the given sources, one entry at a time: files (.txt .md .html .jsonl .xml …),
 * folders (recursively, sorted), http(s) URLs of pages or RSS/Atom feeds (every item fetched).
 * Nothing is thrown for a bad source or document: each becomes `{ok: false, origin, error}` and
 * the rest goes on. Only an error from the caller's own `isKnownUrl` propagates.
 * @example
 * for await (const entry of expandSources(['news/', 'https://example.org/rss'], { data })) {
 *   if ('skipped' in entry) continue
 *   if (entry.ok) store(entry.item)
 *   else log(entry.origin, entry.error.code)
 * }
 */
export async function* expandSources(
  sources: string[],
  opts: ExpandOptions,
): AsyncGenerator<ExpandEntry> {
  const ctx = expandContext(opts)
  for (const source of sources) {
    if (source.trim() === '') {
      yield {
        ok: false,
        origin: source,
        error: new ArmsgraphError('ERR_USAGE', 'empty source name'),
      }
    } else if (URL_SOURCE.test(source)) yield* guarded(source, expandUrl(source, ctx))
    else yield* guarded(source, expandPath(source, ctx))
  }
}
