import { parseFeed } from '@rowanmanning/feed-parser'
import { ArmsgraphError } from '../../errors.js'
import { declaredLanguage } from './declared-language.js'
import { feedItemDay } from './feed-item-day.js'

type Feed = ReturnType<typeof parseFeed>
type FeedItem = Feed['items'][number]

/** What a feed says about all its items. */
export interface FeedInfo {
  title: string | null
  language: string | null
}

/** One feed item, read; `index` is 1-based, in feed order. */
export interface FeedEntry {
  index: number
  link: string | null
  title: string | null
  published: string | null
  /** Full content (content:encoded, Atom content); the summary only when there is no link. */
  content: string | null
}

/** An item the parser could not read: it fails alone, the others go on. */
export interface FeedItemProblem {
  index: number
  error: ArmsgraphError
}

export interface ReadFeed {
  info: FeedInfo
  count: number
  entries: Iterable<FeedEntry | FeedItemProblem>
}

/** Messages from fast-xml-parser (entity limits, nesting depth) are kept: they say what was refused. */
function invalidFeed(origin: string, e: unknown): ArmsgraphError {
  const message = `${origin} is not a valid RSS or Atom feed (${firstLine(e)})`
  return new ArmsgraphError('ERR_FEED_INVALID', message)
}

/** The parser's reason, short: some quote the document around the error. */
function firstLine(e: unknown): string {
  const line = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? ''
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}

function entryOf(item: FeedItem, index: number): FeedEntry {
  const link = item.url
  return {
    index,
    link,
    title: item.title,
    published: feedItemDay({
      rawDate: (name) => item.element.findElementWithName(name)?.textContentNormalized ?? null,
      published: item.published,
      updated: item.updated,
    }),
    content: item.content ?? (link === null ? item.description : null),
  }
}

/** Lazily: a 100 000-item feed never holds more than one read item at a time. */
function* entriesOf(items: FeedItem[], origin: string): Generator<FeedEntry | FeedItemProblem> {
  for (const [i, item] of items.entries()) {
    let entry: FeedEntry | FeedItemProblem
    try {
      entry = entryOf(item, i + 1)
    } catch (e) {
      const message = `${origin}: item ${i + 1} cannot be read (${firstLine(e)})`
      entry = { index: i + 1, error: new ArmsgraphError('ERR_FEED_INVALID', message) }
    }
    yield entry
  }
}

/**
 * Parses an RSS, RDF or Atom document. Entities are expanded by fast-xml-parser 5 under its
 * limits (nested entity references are left unexpanded, expansion stops at 100 000 characters,
 * external entities are refused), so a billion-laughs document costs nothing; see the tests.
 * @throws ArmsgraphError when the text is not a feed.
 */
export function readFeed(xml: string, origin: string): ReadFeed {
  let feed: Feed
  let items: FeedItem[]
  try {
    feed = parseFeed(xml)
    // Each item resolves its link against feed.url, a getter that scans every child of the
    // channel: with 100 000 items that is 10^10 steps. Computed once, it shadows the getter.
    Object.defineProperty(feed, 'url', { value: feed.url })
    items = feed.items
  } catch (e) {
    throw invalidFeed(origin, e)
  }
  return {
    info: { title: feed.title, language: declaredLanguage(feed.language) },
    count: items.length,
    entries: entriesOf(items, origin),
  }
}
