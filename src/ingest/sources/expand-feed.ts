import { looksLikeHtml } from '../decode.js'
import type { ExpandContext } from './context.js'
import { failure, failureOf } from './failures.js'
import { makeItem, type Declared } from './make-item.js'
import { readFeed, type FeedEntry, type FeedInfo } from './read-feed.js'
import type { ExpandEntry } from './types.js'

/** A feed document already read, and how its items are taken. */
export interface FeedSource {
  text: string
  origin: string
  /**
   * A local feed file is read for its content: an item with full content is ingested from it,
   * and only an item with a link and no content is fetched. A feed URL fetches every link.
   */
  preferContent: boolean
  /** The feed's own URL, against which relative item links resolve; null for a file. */
  base: string | null
}

/** Feed content is HTML by the RSS and Atom specs, but some feeds put plain text in it. */
const TAG = /<\/?[a-z][a-z0-9]*[\s/>]/i

function hasMarkup(content: string): boolean {
  return looksLikeHtml(content) || TAG.test(content)
}

/** A link to fetch: http(s) only, so a feed cannot point the reader at a local file. */
function httpUrl(link: string | null, base: string | null): string | null {
  if (link === null) return null
  try {
    const url = new URL(link, base ?? undefined)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

async function fetchedItem(
  origin: string,
  url: string,
  declared: Declared,
  ctx: ExpandContext,
): Promise<ExpandEntry> {
  const page = await ctx.read(url)
  if (page.url !== null && page.url !== url && (await ctx.isKnown(page.url))) {
    return { skipped: true, origin, reason: 'known_url' }
  }
  // An item that links to another feed would make the walk recursive; articles only.
  if (page.isFeed) return failure(origin, 'ERR_VALIDATION', `${url} is a feed, not an article`)
  const body = { content: page.text, isHtml: page.isHtml, url: page.url }
  return { ok: true, item: makeItem(origin, body, declared, ctx.opts.data) }
}

async function itemEntry(
  entry: FeedEntry,
  info: FeedInfo,
  feed: FeedSource,
  ctx: ExpandContext,
): Promise<ExpandEntry> {
  const url = httpUrl(entry.link, feed.base)
  const origin = url ?? `${feed.origin}#${entry.index}`
  const declared: Declared = {
    title: entry.title,
    published: entry.published,
    publisher: info.title,
    language: info.language,
  }
  const content = entry.content
  try {
    if (url !== null && (await ctx.isKnown(url)))
      return { skipped: true, origin, reason: 'known_url' }
    if (content !== null && (feed.preferContent || entry.link === null)) {
      const body = { content, isHtml: hasMarkup(content), url }
      return { ok: true, item: makeItem(origin, body, declared, ctx.opts.data) }
    }
    if (url !== null) return await fetchedItem(origin, url, declared, ctx)
    if (entry.link !== null) {
      const why = `refusing to fetch ${entry.link}: feed item links must be http(s) URLs`
      return failure(origin, 'ERR_FETCH_BLOCKED', why)
    }
    return failure(origin, 'ERR_INPUT_EMPTY', `${origin}: feed item has neither a link nor content`)
  } catch (e) {
    return failureOf(origin, e)
  }
}

/**
 * Every item of a feed, one at a time: publisher = feed title, language = feed language, title
 * and date from the item. A failing item is a failure entry and the next item goes on.
 */
export async function* expandFeed(
  feed: FeedSource,
  ctx: ExpandContext,
): AsyncGenerator<ExpandEntry> {
  const { info, count, entries } = readFeed(feed.text, feed.origin)
  if (count === 0) {
    yield failure(feed.origin, 'ERR_INPUT_EMPTY', `${feed.origin} is a feed with no items`)
    return
  }
  for (const entry of entries) {
    if ('error' in entry)
      yield { ok: false, origin: `${feed.origin}#${entry.index}`, error: entry.error }
    else yield await itemEntry(entry, info, feed, ctx)
  }
}
