import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expandSources } from './expand-sources.js'
import {
  expandAll,
  failuresOf,
  itemsOf,
  startServer,
  tempFolder,
  testData,
} from './test-builders.js'

/** Ten levels of ten references each: 10^9 copies of "lol" if entities were expanded naively. */
function billionLaughs(): string {
  const levels = ['<!ENTITY lol0 "lol">']
  for (let i = 1; i <= 9; i += 1) {
    levels.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`)
  }
  return `<?xml version="1.0"?><!DOCTYPE rss [${levels.join('\n')}]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>Laughs &lol9;</title><description>&lol9; &lol9; &lol9;</description></item>
</channel></rss>`
}

/** One large entity referenced many times: no nesting, but megabytes once expanded. */
function quadraticBlowup(): string {
  const big = 'x'.repeat(9000)
  return `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "${big}">]>
<rss version="2.0"><channel><title>t</title>
<item><title>x</title><description>${'&big;'.repeat(50_000)}</description></item></channel></rss>`
}

function bigFeed(items: number, link: (i: number) => string): string {
  const parts = [`<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>`]
  for (let i = 0; i < items; i += 1) {
    parts.push(`<item><title>Item ${i}</title><link>${link(i)}</link></item>`)
  }
  parts.push('</channel></rss>')
  return parts.join('')
}

describe('expandSources: hostile input', () => {
  let dir: Awaited<ReturnType<typeof tempFolder>>
  beforeAll(async () => {
    dir = await tempFolder('hostile')
  })
  afterAll(() => dir.remove())

  it('does not expand nested entities (billion laughs)', async () => {
    const path = await dir.write('laughs.xml', billionLaughs())
    const started = performance.now()
    const entries = await expandAll([path])
    expect(performance.now() - started).toBeLessThan(5000)
    const [item] = itemsOf(entries)
    // fast-xml-parser leaves a reference inside an entity value as it is.
    expect(item?.input.content.length).toBeLessThan(100)
    expect(item?.publisher).toBe('&lol9;')
  })

  it('refuses a feed whose entities expand past the parser limit', async () => {
    const path = await dir.write('blowup.rss', quadraticBlowup())
    const [f] = failuresOf(await expandAll([path]))
    expect(f).toMatchObject({ origin: path, code: 'ERR_FEED_INVALID' })
    expect(f?.message.length).toBeLessThan(400)
  })

  it('refuses external entities and never reads the file they name', async () => {
    const secret = await dir.write('secret.txt', 'do not leak this line')
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://${secret}">]>
<rss version="2.0"><channel><title>&x;</title><item><title>&x;</title><description>&x;</description></item></channel></rss>`
    const path = await dir.write('external.rss', xml)
    const entries = await expandAll([path])
    expect(failuresOf(entries)).toMatchObject([{ origin: path, code: 'ERR_FEED_INVALID' }])
    expect(JSON.stringify(entries)).not.toContain('do not leak')
  })

  it('refuses a feed nested thousands of elements deep', async () => {
    const deep = `<rss><channel><title>t</title>${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}</channel></rss>`
    const path = await dir.write('deep.rss', deep)
    expect(failuresOf(await expandAll([path]))).toMatchObject([{ code: 'ERR_FEED_INVALID' }])
  })

  it('never reads local files named by feed links', async () => {
    const secret = await dir.write('private.txt', 'private notes')
    const xml = `<rss version="2.0"><channel><title>t</title>
<item><title>a</title><link>file://${secret}</link></item>
<item><title>b</title><link>${secret}</link></item></channel></rss>`
    const path = await dir.write('links.rss', xml)
    const entries = await expandAll([path])
    expect(itemsOf(entries)).toEqual([])
    expect(failuresOf(entries).map((f) => [f.origin, f.code])).toEqual([
      [`${path}#1`, 'ERR_FETCH_BLOCKED'],
      [`${path}#2`, 'ERR_FETCH_BLOCKED'],
    ])
  })

  it('refuses a feed file that is not UTF-8 and declares nothing', async () => {
    const bytes = Buffer.from('<rss><channel><title>Caf\u00e9</title></channel></rss>', 'latin1')
    const path = await dir.write('latin.rss', bytes)
    expect(failuresOf(await expandAll([path]))).toMatchObject([{ code: 'ERR_INPUT_ENCODING' }])
  })

  it('walks a 100 000-item feed in linear time', async () => {
    const path = await dir.write(
      'big.rss',
      bigFeed(100_000, (i) => `https://example.org/a/${i}`),
    )
    const started = performance.now()
    let skipped = 0
    const opts = { data: testData(), isKnownUrl: () => true }
    for await (const entry of expandSources([path], opts)) if ('skipped' in entry) skipped += 1
    expect(skipped).toBe(100_000)
    // Quadratic link resolution took hours here; linear takes a few seconds.
    expect(performance.now() - started).toBeLessThan(60_000)
  }, 90_000)

  it('fetches feed items one at a time, as the consumer asks', async () => {
    const server = await startServer((base) => {
      const routes: Record<string, { type?: string; body: string }> = {
        '/feed': { type: 'application/rss+xml', body: bigFeed(1000, (i) => `${base}/a/${i}`) },
      }
      for (let i = 0; i < 1000; i += 1)
        routes[`/a/${i}`] = { type: 'text/plain', body: `Story ${i}.` }
      return routes
    })
    try {
      const taken: string[] = []
      const opts = { data: testData(), allowPrivate: true }
      for await (const entry of expandSources([`${server.base}/feed`], opts)) {
        if ('ok' in entry && entry.ok) taken.push(entry.item.input.content)
        if (taken.length === 3) break
      }
      expect(taken).toEqual(['Story 0.', 'Story 1.', 'Story 2.'])
      expect(server.hits('/a/3')).toBe(0)
    } finally {
      await server.close()
    }
  })
})
