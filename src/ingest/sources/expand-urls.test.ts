import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expandAll, failuresOf, itemsOf, originOf, startServer } from './test-builders.js'

const ARTICLE = (body: string, head = '') => `<!doctype html><html lang="ko"><head>${head}
<title>Page headline</title></head><body><article><h1>Page headline</h1>
<p>${body}</p><p>Officials declined to say when the next shipment would leave the port.</p>
</article></body></html>`

const META_HEAD = `<meta property="og:site_name" content="Yonhap News Agency">
<meta property="article:published_time" content="2023-09-14T17:00:00+09:00">`

const LD_HEAD = `<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2023-08-02T10:00:00+03:00",
 "publisher":{"@type":"Organization","name":"Kyiv Post"}}</script>`

function rss(base: string, items: string, language = 'en'): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire Desk</title>
<link>${base}/</link><language>${language}</language>${items}</channel></rss>`
}

const ITEM = (link: string, title: string, date = 'Mon, 02 Oct 2023 09:00:00 +0200') =>
  `<item><title>${title}</title><link>${link}</link><pubDate>${date}</pubDate>
<description>Short summary only.</description></item>`

describe('expandSources: URLs and feeds', () => {
  let server: Awaited<ReturnType<typeof startServer>>
  let base = ''
  beforeAll(async () => {
    server = await startServer((base) => ({
      '/meta': {
        body: ARTICLE('Radar parts were unloaded from a cargo plane at the airfield.', META_HEAD),
      },
      '/ld': {
        body: ARTICLE('Two patrol boats were handed to the coast guard last week.', LD_HEAD),
      },
      '/plain': {
        type: 'text/plain',
        body: 'Convoy sighted\n\nTrucks carried rocket launchers north.\n',
      },
      '/moved': { status: 301, location: '/meta' },
      '/feed': {
        type: 'application/rss+xml',
        body: rss(
          base,
          ITEM('/meta', 'Feed title for meta') +
            ITEM(`${base}/missing`, 'Gone item') +
            ITEM(`${base}/ld`, 'Feed title for ld') +
            `<item><title>Content only</title><description>&lt;p&gt;A destroyer changed flags in a short ceremony.&lt;/p&gt;</description></item>`,
        ),
      },
      '/atom': {
        type: 'application/xml',
        body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
<title>Agence France-Presse</title><link href="${base}/"/>
<entry><title>Titre du flux</title><link rel="alternate" href="${base}/plain"/>
<published>2023-10-26T23:30:00-04:00</published><updated>2023-10-28T00:00:00Z</updated></entry></feed>`,
      },
      '/feed-as-html': { type: 'text/html', body: rss(base, ITEM(`${base}/plain`, 'Mislabelled')) },
      '/nested': {
        type: 'application/rss+xml',
        body: rss(base, ITEM(`${base}/feed`, 'A feed in a feed')),
      },
      '/empty-feed': { type: 'application/rss+xml', body: rss(base, '') },
      '/broken-feed': {
        type: 'application/rss+xml',
        body: '<rss version="2.0"><channel><title>Broken</title><item><title><![CDATA[never closed',
      },
      '/not-a-feed': {
        type: 'application/xml',
        body: '<?xml version="1.0"?><urlset><url/></urlset>',
      },
      '/latin-feed': {
        type: 'application/xml',
        body: Buffer.from(
          `<?xml version="1.0" encoding="ISO-8859-1"?>${rss(base, '<item><title>Escale</title><description>Un navire est arrivé au port.</description></item>', 'fr')}`,
          'latin1',
        ),
      },
    }))
    base = server.base
  })
  afterAll(() => server.close())

  it('reads an HTML page with its meta tags', async () => {
    const [item] = itemsOf(await expandAll([`${base}/meta`]))
    expect(item).toMatchObject({
      origin: `${base}/meta`,
      publisher: 'Yonhap News Agency',
      publisherCountry: 'KR',
      language: 'ko',
      input: { url: `${base}/meta`, title: 'Page headline', published: '2023-09-14' },
    })
    expect(item?.input.content).toContain('Radar parts were unloaded')
  })

  it('reads JSON-LD when the page has no meta tags', async () => {
    const [item] = itemsOf(await expandAll([`${base}/ld`]))
    expect(item).toMatchObject({
      publisher: 'Kyiv Post',
      publisherCountry: 'UA',
      input: { published: '2023-08-02' },
    })
  })

  it('reads a plain-text page, with the host as publisher', async () => {
    const [item] = itemsOf(await expandAll([`${base}/plain`]))
    expect(item).toMatchObject({
      publisher: '127.0.0.1',
      publisherCountry: null,
      language: null,
      input: { title: null, content: 'Convoy sighted\n\nTrucks carried rocket launchers north.\n' },
    })
  })

  it('keeps the final URL after redirects', async () => {
    const [item] = itemsOf(await expandAll([`${base}/moved`]))
    expect(item).toMatchObject({ origin: `${base}/moved`, input: { url: `${base}/meta` } })
  })

  it('ingests every feed item, with feed fields over page metadata', async () => {
    const entries = await expandAll([`${base}/feed`])
    expect(entries.map(originOf)).toEqual([
      `${base}/meta`,
      `${base}/missing`,
      `${base}/ld`,
      `${base}/feed#4`,
    ])
    const [meta, ld, contentOnly] = itemsOf(entries)
    expect(meta).toMatchObject({
      publisher: 'Wire Desk',
      // The feed title is no known outlet; the page's own site name is.
      publisherCountry: 'KR',
      language: 'en',
      input: { title: 'Feed title for meta', published: '2023-10-02', url: `${base}/meta` },
    })
    expect(meta?.input.content).toContain('Radar parts were unloaded')
    expect(ld).toMatchObject({ publisherCountry: 'UA', input: { title: 'Feed title for ld' } })
    expect(contentOnly).toMatchObject({ input: { url: null, title: 'Content only' } })
    expect(contentOnly?.input.content).toBe('A destroyer changed flags in a short ceremony.')
  })

  it('records a feed item whose link fails, and goes on', async () => {
    const failures = failuresOf(await expandAll([`${base}/feed`]))
    expect(failures).toEqual([
      {
        origin: `${base}/missing`,
        code: 'ERR_FETCH_FAILED',
        message: expect.stringContaining('HTTP 404'),
      },
    ])
  })

  it('asks isKnownUrl before fetching, and fetches nothing known', async () => {
    const before = server.hits('/ld')
    const asked: string[] = []
    const isKnownUrl = (url: string) => {
      asked.push(url)
      return url === `${base}/ld`
    }
    const entries = await expandAll([`${base}/feed`, `${base}/ld`], { isKnownUrl })
    expect(entries.filter((e) => 'skipped' in e)).toEqual([
      { skipped: true, origin: `${base}/ld`, reason: 'known_url' },
      { skipped: true, origin: `${base}/ld`, reason: 'known_url' },
    ])
    expect(server.hits('/ld')).toBe(before)
    expect(asked).toEqual([
      `${base}/feed`,
      `${base}/meta`,
      `${base}/missing`,
      `${base}/ld`,
      `${base}/ld`,
    ])
  })

  it('skips a page whose final URL, after redirects, is known', async () => {
    const entries = await expandAll([`${base}/moved`], { isKnownUrl: (u) => u === `${base}/meta` })
    expect(entries).toEqual([{ skipped: true, origin: `${base}/moved`, reason: 'known_url' }])
  })

  it("reads Atom served as plain XML, keeping the publisher's day", async () => {
    const [item] = itemsOf(await expandAll([`${base}/atom`]))
    expect(item).toMatchObject({
      origin: `${base}/plain`,
      publisher: 'Agence France-Presse',
      publisherCountry: 'FR',
      language: 'fr',
      input: { title: 'Titre du flux', published: '2023-10-26' },
    })
  })

  it('recognises a feed by its root element whatever the content type', async () => {
    expect(itemsOf(await expandAll([`${base}/feed-as-html`]))[0]?.input.title).toBe('Mislabelled')
  })

  it('decodes a feed whose XML prolog declares ISO-8859-1', async () => {
    const [item] = itemsOf(await expandAll([`${base}/latin-feed`]))
    expect(item?.input.content).toBe('Un navire est arrivé au port.')
    expect(item?.language).toBe('fr')
  })

  it('turns bad feeds into failures', async () => {
    const sources = ['/broken-feed', '/not-a-feed', '/empty-feed', '/nested'].map(
      (p) => `${base}${p}`,
    )
    expect(failuresOf(await expandAll(sources)).map((f) => [f.origin, f.code])).toEqual([
      [`${base}/broken-feed`, 'ERR_FEED_INVALID'],
      [`${base}/not-a-feed`, 'ERR_FEED_INVALID'],
      [`${base}/empty-feed`, 'ERR_INPUT_EMPTY'],
      [`${base}/feed`, 'ERR_VALIDATION'],
    ])
  })

  it('refuses private addresses unless allowed', async () => {
    const [blocked] = failuresOf(await expandAll([`${base}/meta`], { allowPrivate: false }))
    expect(blocked).toMatchObject({ origin: `${base}/meta`, code: 'ERR_FETCH_BLOCKED' })
    expect(failuresOf(await expandAll(['http://', 'https://exa mple.org/']))).toMatchObject([
      { origin: 'http://', code: 'ERR_USAGE' },
      { origin: 'https://exa mple.org/', code: 'ERR_USAGE' },
    ])
  })
})
