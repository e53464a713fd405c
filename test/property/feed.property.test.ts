import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { isIP } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadData, type LoadedData } from '../../src/data/index.js'
import { isArmsgraphError } from '../../src/errors.js'
import { isBlockedAddress } from '../../src/ingest/address-guard.js'
import { expandSources, type ExpandEntry } from '../../src/ingest/sources/index.js'
import { mutationsOf, timedAsync, truncationsAt } from './mutate.js'

// The feed path (feed file on disk → expandSources → @rowanmanning/feed-parser → items) on
// random and damaged RSS, RDF and Atom: it never throws, never hangs, and every bad item is a
// failure entry with an ArmsgraphError and a one-line message. No test here touches the network:
// a link is fetched only when its host is a private IP literal, which the address guard refuses
// before connecting; every other link is reported "already known" and so never fetched.
const HANG_MS = 5000

/** Private and loopback literals: the fetcher refuses them without resolving or connecting. */
const PRIVATE_LINKS = [
  'http://127.0.0.1/story',
  'http://10.1.2.3/a',
  'http://192.168.0.10/b',
  'http://[::1]/c',
  'http://169.254.169.254/latest/meta-data/',
  'http://0.0.0.0:8080/',
]

/** Only private IP literals may reach the fetcher; see the note at the top. */
function isKnownUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
    return !(isIP(host) !== 0 && isBlockedAddress(host))
  } catch {
    return true
  }
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Harbour Courier &amp; Friends</title><link>https://courier.example/</link><language>en-GB</language>
<item><title>Shells leave the port</title><pubDate>Thu, 02 May 2024 09:30:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The ministry said a second consignment of shells had left the port.</p><script>x()</script>]]></content:encoded></item>
<item><title>Private link</title><link>${PRIVATE_LINKS[0]}</link><description>teaser</description></item>
<item><title>Metadata link</title><link>${PRIVATE_LINKS[4]}</link></item>
<item><title>Script link</title><link>javascript:alert(document.cookie)</link></item>
<item><title>File link</title><link>file:///etc/passwd</link></item>
<item><title>No link, text only</title><description>Iran delivered drones to Russia, officials said.</description></item>
<item><title>Nothing at all</title></item>
<item><title>Relative link</title><link>/2024/05/story</link></item>
</channel></rss>`

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Le Veilleur</title>
<entry><title>Obus livrés</title><updated>2024-03-05T08:00:00Z</updated>
<content type="html">&lt;p&gt;Selon le ministère, 3 000 obus ont été livrés.&lt;/p&gt;</content></entry>
<entry><title>Lien privé</title><link href="${PRIVATE_LINKS[3]}"/></entry>
<entry><title>Lien javascript</title><link href="javascript:void(0)"/></entry>
<entry><title>Vide</title></entry>
</feed>`

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://old.example/"><title>Old Wire</title></channel>
<item rdf:about="${PRIVATE_LINKS[1]}"><title>Wire one</title><link>${PRIVATE_LINKS[1]}</link></item>
<item rdf:about="x"><title>Wire two</title><description>Text of the second wire.</description></item>
</rdf:RDF>`

/** Nested entities: 10^9 "lol" if expanded naively. */
const LAUGHS = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol">${Array.from(
  { length: 9 },
  (_, i) =>
    `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`,
).join('')}]><rss version="2.0"><channel><title>&j;</title>
<item><title>&j;</title><description>&j;&j;</description></item></channel></rss>`

const SEEDS = [RSS, ATOM, RDF, LAUGHS]

let data: LoadedData
let dir = ''
let files = 0

beforeAll(async () => {
  data = loadData()
  dir = await mkdtemp(join(tmpdir(), 'armsgraph-feed-fuzz-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Writes the feed to its own file and runs expandSources on it; nothing may be thrown. */
async function expandFeedText(
  text: string | Uint8Array,
  extension = '.xml',
): Promise<{ entries: ExpandEntry[]; ms: number }> {
  const path = join(dir, `feed-${files++}${extension}`)
  await writeFile(path, text)
  const { value, ms } = await timedAsync(async () => {
    const entries: ExpandEntry[] = []
    for await (const entry of expandSources([path], { data, isKnownUrl, timeoutMs: 2000 })) {
      entries.push(entry)
    }
    return entries
  })
  return { entries: value, ms }
}

/** Every entry is an item, a skip or a failure with an ArmsgraphError on one line. */
function checkEntries(entries: ExpandEntry[], ms: number): void {
  expect(ms).toBeLessThan(HANG_MS)
  expect(entries.length).toBeGreaterThan(0)
  for (const e of entries) {
    if ('skipped' in e) continue
    if (e.ok) {
      expect(typeof e.item.input.content).toBe('string')
      continue
    }
    expect(isArmsgraphError(e.error), String(e.error)).toBe(true)
    expect(e.error.message).not.toMatch(/[\r\n]/)
    expect(e.error.code).not.toBe('ERR_INTERNAL')
  }
}

function failureCodes(entries: ExpandEntry[]): string[] {
  return entries.flatMap((e) => ('ok' in e && !e.ok ? [e.error.code] : []))
}

describe('feeds: random and mutated input', () => {
  it('the seed feeds: each bad item is a failure entry of its own, the good ones are items', async () => {
    const rss = await expandFeedText(RSS)
    checkEntries(rss.entries, rss.ms)
    expect(rss.entries).toHaveLength(8)
    expect(rss.entries.filter((e) => 'ok' in e && e.ok)).toHaveLength(2)
    // The relative link resolves against the channel's link: a public host, so never fetched.
    expect(rss.entries.filter((e) => 'skipped' in e)).toMatchObject([
      { origin: 'https://courier.example/2024/05/story' },
    ])
    expect(failureCodes(rss.entries).sort()).toEqual([
      'ERR_FETCH_BLOCKED',
      'ERR_FETCH_BLOCKED',
      'ERR_FETCH_BLOCKED',
      'ERR_FETCH_BLOCKED',
      'ERR_INPUT_EMPTY',
    ])
    const atom = await expandFeedText(ATOM, '.atom')
    checkEntries(atom.entries, atom.ms)
    expect(failureCodes(atom.entries).sort()).toEqual([
      'ERR_FETCH_BLOCKED',
      'ERR_FETCH_BLOCKED',
      'ERR_INPUT_EMPTY',
    ])
  })

  it('random strings and random bytes as a feed file', async () => {
    const input = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 500 }),
      fc.string({ unit: 'grapheme', maxLength: 500 }).map((s) => `<rss><channel>${s}`),
      fc.uint8Array({ maxLength: 500 }),
    )
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom('.xml', '.rss', ''), async (text, ext) => {
        const { entries, ms } = await expandFeedText(text, ext)
        checkEntries(entries, ms)
      }),
      { numRuns: 100, seed: 0x46454544 },
    )
  })

  it('mutated RSS, Atom, RDF and entity-laden feeds', async () => {
    await fc.assert(
      fc.asyncProperty(mutationsOf(SEEDS), async (text) => {
        const { entries, ms } = await expandFeedText(text)
        checkEntries(entries, ms)
      }),
      { numRuns: 150, seed: 0x4d555446 },
    )
  })

  it('items built from random links, titles and contents', async () => {
    const link = fc.oneof(
      fc.constantFrom(...PRIVATE_LINKS, 'javascript:alert(1)', 'data:text/html,<p>x</p>', ''),
      fc.constantFrom('//evil.example/x', 'http://', 'http://[::1', 'ftp://10.0.0.1/f', '/rel'),
      fc.string({ maxLength: 30 }),
      fc.webUrl(),
    )
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.constantFrom('<p>Iran a livré des drones.</p>', ']]>', '&lol;', '&amp;', '<![CDATA['),
    )
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    const item = fc
      .tuple(fc.option(link), fc.option(text), fc.option(text))
      .map(
        ([href, title, body]) =>
          `<item>${title === null ? '' : `<title>${escape(title)}</title>`}` +
          `${href === null ? '' : `<link>${escape(href)}</link>`}` +
          `${body === null ? '' : `<description>${escape(body)}</description>`}</item>`,
      )
    await fc.assert(
      fc.asyncProperty(fc.array(item, { minLength: 1, maxLength: 12 }), async (items) => {
        const feed = `<rss version="2.0"><channel><title>T</title>${items.join('')}</channel></rss>`
        const { entries, ms } = await expandFeedText(feed)
        checkEntries(entries, ms)
        expect(entries).toHaveLength(items.length)
      }),
      { numRuns: 100, seed: 0x4954454d },
    )
  })

  it('the RSS seed cut at every structural character', async () => {
    for (const prefix of truncationsAt(RSS, ['<', '>', '"', '&', ';', ']'])) {
      const { entries, ms } = await expandFeedText(prefix)
      checkEntries(entries, ms)
    }
  })
})

describe('feeds: hostile by construction', () => {
  it('does not expand nested entities (billion laughs)', async () => {
    const { entries, ms } = await expandFeedText(LAUGHS)
    checkEntries(entries, ms)
    expect(JSON.stringify(entries).length).toBeLessThan(10_000)
  })

  it('reads 20 000 items, each failing or passing alone, in bounded time', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) =>
      i % 2 === 0
        ? `<item><title>N${i}</title><description>Text ${i}.</description></item>`
        : `<item><title>L${i}</title><link>http://10.0.${i % 250}.1/${i}</link></item>`,
    )
    const feed = `<rss version="2.0"><channel><title>Big</title>${items.join('')}</channel></rss>`
    const { entries, ms } = await expandFeedText(feed)
    checkEntries(entries, ms * 0.2) // 20 000 items get five times the single-feed limit
    expect(entries).toHaveLength(20_000)
    expect(failureCodes(entries).filter((c) => c === 'ERR_FETCH_BLOCKED')).toHaveLength(10_000)
  })

  it('survives elements nested 100 000 deep and a 1 MB title', async () => {
    const deep = `<rss><channel><title>t</title><item>${'<a>'.repeat(100_000)}</item></channel></rss>`
    const long = `<rss><channel><title>${'x'.repeat(1_000_000)}</title><item><description>d</description></item></channel></rss>`
    for (const feed of [deep, long]) {
      const { entries, ms } = await expandFeedText(feed)
      checkEntries(entries, ms)
    }
  })
})
