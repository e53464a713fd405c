import { symlink } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDocument } from '../../document/index.js'
import { expandAll, failuresOf, itemsOf, originOf, tempFolder } from './test-builders.js'

const TEXT = 'Ammunition shipment reported\n\nA cargo ship carried artillery shells to the port.\n'

const HTML = `<!doctype html><html lang="fr-FR"><head>
<title>Des obus livrés au port - Le Journal du Test</title>
<meta property="og:site_name" content="Le Journal du Test">
<meta property="article:published_time" content="2023-10-26T08:00:00+02:00">
</head><body><article><h1>Des obus livrés au port</h1>
<p>Un navire a débarqué des caisses d'obus dans le port, selon des images satellites publiées
mardi par un centre de recherche indépendant.</p>
<p>Le ministère concerné n'a pas répondu aux questions sur la cargaison ni sur sa destination.</p>
</article></body></html>`

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Yonhap News Agency</title><link>https://en.yna.co.kr/</link><language>en-us</language>
<item><title>Drone parts cross the border</title><link>https://en.yna.co.kr/view/1</link>
<pubDate>Thu, 26 Oct 2023 01:30:00 +0900</pubDate>
<content:encoded><![CDATA[<p>Customs officers found drone engines in a truck bound for the coast.</p>]]></content:encoded>
</item>
<item><title>Plain text item</title>
<description>Two frigates were handed over at a naval base on Monday.</description></item>
</channel></rss>`

describe('expandSources: files', () => {
  let dir: Awaited<ReturnType<typeof tempFolder>>
  beforeAll(async () => {
    dir = await tempFolder('files')
  })
  afterAll(() => dir.remove())

  it('reads a text file as plain text, title on line 1', async () => {
    const path = await dir.write('story.txt', TEXT)
    const [item] = itemsOf(await expandAll([path]))
    expect(item).toEqual({
      origin: path,
      input: { content: TEXT, isHtml: false, title: null, url: null, published: null },
      publisher: null,
      publisherCountry: null,
      language: null,
    })
  })

  it('reads .md as plain text even when it holds markup', async () => {
    const path = await dir.write('notes.md', '# Heading\n\n<p>kept as typed</p>\n')
    const [item] = itemsOf(await expandAll([path]))
    expect(item?.input.content).toContain('<p>kept as typed</p>')
  })

  it('reads an HTML file with its metadata, and gives the document buildDocument would', async () => {
    const path = await dir.write('page.html', HTML)
    const [item] = itemsOf(await expandAll([path]))
    expect(item).toMatchObject({
      publisher: 'Le Journal du Test',
      publisherCountry: null,
      language: 'fr',
      input: { title: 'Des obus livrés au port', published: '2023-10-26', isHtml: false },
    })
    if (item === undefined) throw new Error('no item')
    expect(item.input.content).toContain('Un navire a débarqué')
    const fromHtml = buildDocument({ content: HTML, isHtml: true })
    expect(buildDocument(item.input)).toMatchObject({ id: fromHtml.id, title: fromHtml.title })
  })

  it('reads a local feed from its content, fetching nothing', async () => {
    const path = await dir.write('feed.rss', RSS)
    const entries = await expandAll([path], { allowPrivate: false })
    expect(failuresOf(entries)).toEqual([])
    const [first, second] = itemsOf(entries)
    expect(first).toMatchObject({
      origin: 'https://en.yna.co.kr/view/1',
      publisher: 'Yonhap News Agency',
      publisherCountry: 'KR',
      language: 'en',
      input: {
        title: 'Drone parts cross the border',
        url: 'https://en.yna.co.kr/view/1',
        published: '2023-10-26',
      },
    })
    expect(first?.input.content).toBe(
      'Customs officers found drone engines in a truck bound for the coast.',
    )
    expect(second).toMatchObject({
      origin: `${path}#2`,
      publisherCountry: 'KR',
      input: { url: null },
    })
    expect(second?.input.content).toBe('Two frigates were handed over at a naval base on Monday.')
  })

  it('sniffs files with other extensions: feed, HTML or text', async () => {
    const feed = await dir.write('sniff/feed-export', RSS)
    const page = await dir.write('sniff/page.data', HTML)
    const text = await dir.write('sniff/README', TEXT)
    const items = itemsOf(await expandAll([feed, page, text]))
    expect(items.map((i) => i.origin)).toEqual([
      'https://en.yna.co.kr/view/1',
      `${feed}#2`,
      page,
      text,
    ])
    expect(items[2]?.publisher).toBe('Le Journal du Test')
    expect(items[3]?.input.content).toBe(TEXT)
  })

  it('turns unreadable files into failures and goes on', async () => {
    const missing = dir.path('nowhere.txt')
    const binary = await dir.write(
      'bad/scan.txt',
      new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2]),
    )
    const latin = await dir.write(
      'bad/latin.txt',
      new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e]),
    )
    const empty = await dir.write('bad/empty.html', '  \n')
    const big = await dir.write('bad/big.txt', 'x'.repeat(200))
    const good = await dir.write('bad/good.txt', TEXT)
    const entries = await expandAll([missing, binary, latin, empty, big, good], { maxBytes: 100 })
    expect(failuresOf(entries).map((f) => [f.origin, f.code])).toEqual([
      [missing, 'ERR_INPUT_NOT_FOUND'],
      [binary, 'ERR_INPUT_BINARY'],
      [latin, 'ERR_INPUT_ENCODING'],
      [empty, 'ERR_INPUT_EMPTY'],
      [big, 'ERR_INPUT_TOO_LARGE'],
    ])
    expect(itemsOf(entries).map((i) => i.origin)).toEqual([good])
  })

  it('refuses a .xml file that is XML but not a feed', async () => {
    const path = await dir.write(
      'sitemap.xml',
      '<?xml version="1.0"?><urlset><url>x</url></urlset>',
    )
    const [f] = failuresOf(await expandAll([path]))
    expect(f).toMatchObject({ origin: path, code: 'ERR_FEED_INVALID' })
    expect(f?.message).toContain('is not a valid RSS or Atom feed')
  })

  it('reports an empty source name as a usage error', async () => {
    expect(failuresOf(await expandAll(['']))).toMatchObject([{ code: 'ERR_USAGE' }])
  })
})

describe('expandSources: folders', () => {
  let dir: Awaited<ReturnType<typeof tempFolder>>
  beforeAll(async () => {
    dir = await tempFolder('folder')
    await dir.write('b.txt', TEXT)
    await dir.write('a/z.html', HTML)
    await dir.write('a/m.md', TEXT)
    await dir.write('README.md', TEXT)
    await dir.write('a/LICENSE.txt', TEXT)
    await dir.write('a/deeper/x.txt', TEXT)
    await dir.write('c.jsonl', '{"text":"One line of text about a convoy."}\n')
    await dir.write('.hidden.txt', TEXT)
    await dir.write('.git/notes.txt', TEXT)
    await dir.write('a/image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))
    await dir.write('a/no-extension', TEXT)
    await symlink(dir.root, dir.path('a/loop'))
    await symlink(dir.path('b.txt'), dir.path('a/link.txt'))
    await dir.write('empty/.only-hidden.txt', TEXT)
  })
  afterAll(() => dir.remove())

  it('walks depth first in name order, skipping hidden, unknown, note files and symlinked folders', async () => {
    const entries = await expandAll([dir.root])
    expect(failuresOf(entries)).toEqual([])
    expect(entries.map(originOf)).toEqual([
      dir.path('a/deeper/x.txt'),
      dir.path('a/link.txt'),
      dir.path('a/m.md'),
      dir.path('a/z.html'),
      dir.path('b.txt'),
      `${dir.path('c.jsonl')}:1`,
    ])
  })

  it('says so when a folder holds nothing to ingest', async () => {
    expect(failuresOf(await expandAll([dir.path('empty')]))).toEqual([
      {
        origin: dir.path('empty'),
        code: 'ERR_INPUT_EMPTY',
        message: expect.stringContaining('has no files to ingest'),
      },
    ])
  })

  it('gives the same order on every run', async () => {
    const first = (await expandAll([dir.root])).map(originOf)
    expect((await expandAll([dir.root])).map(originOf)).toEqual(first)
  })

  it('still reads a hidden file or a README named on the command line', async () => {
    expect(itemsOf(await expandAll([dir.path('.hidden.txt')]))).toHaveLength(1)
    expect(itemsOf(await expandAll([dir.path('README.md')]))).toHaveLength(1)
  })
})
