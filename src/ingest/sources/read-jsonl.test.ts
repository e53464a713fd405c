import { createWriteStream } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expandAll, failuresOf, itemsOf, originOf, tempFolder } from './test-builders.js'

const line = (record: unknown) => JSON.stringify(record)

const PAGE = `<html lang="de"><head><meta property="og:site_name" content="Page Site">
<meta property="article:published_time" content="2022-05-01T09:00:00Z"><title>Page title</title>
<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"name":"LD Publisher"}}</script>
</head><body><article><p>Eine Lieferung von Haubitzen wurde am Montag an der Grenze gesehen,
berichteten mehrere Zeugen aus der Gegend.</p></article></body></html>`

describe('expandSources: JSON Lines', () => {
  let dir: Awaited<ReturnType<typeof tempFolder>>
  beforeAll(async () => {
    dir = await tempFolder('jsonl')
  })
  afterAll(() => dir.remove())

  it('reads every field of a record', async () => {
    const record = {
      title: 'Tanks leave the depot',
      text: 'A column of tanks left the depot on Friday morning.',
      url: 'https://news.example.org/tanks',
      publisher: 'Kyodo News',
      published: '2023-10-26T01:30:00+09:00',
      language: 'en-GB',
      id: 'ignored-extra-field',
    }
    const path = await dir.write('one.jsonl', `${line(record)}\n`)
    expect(itemsOf(await expandAll([path]))).toEqual([
      {
        origin: `${path}:1`,
        input: {
          content: record.text,
          isHtml: false,
          title: record.title,
          url: record.url,
          published: '2023-10-26',
        },
        publisher: 'Kyodo News',
        publisherCountry: 'JP',
        language: 'en',
      },
    ])
  })

  it('lets record fields win over the metadata of its HTML', async () => {
    const path = await dir.write(
      'html.jsonl',
      [
        line({ html: PAGE }),
        line({
          html: PAGE,
          title: 'Given title',
          publisher: 'AFP',
          published: '2022-06',
          language: 'fr',
        }),
        line({ html: PAGE, publisher_country: 'at', url: 'https://example.fr/x' }),
      ].join('\n'),
    )
    const [fromPage, given, explicit] = itemsOf(await expandAll([path]))
    expect(fromPage).toMatchObject({
      publisher: 'Page Site',
      language: 'de',
      input: { title: 'Page title', published: '2022-05-01' },
    })
    expect(fromPage?.input.content).toContain('Haubitzen')
    expect(given).toMatchObject({
      publisher: 'AFP',
      publisherCountry: 'FR',
      language: 'fr',
      input: { title: 'Given title', published: '2022-06' },
    })
    expect(explicit).toMatchObject({
      publisherCountry: 'AT',
      input: { url: 'https://example.fr/x' },
    })
  })

  it('falls back on the JSON-LD publisher when the page has no og:site_name', async () => {
    const path = await dir.write(
      'ld.jsonl',
      line({ html: PAGE.replace(/<meta property="og:site_name"[^>]*>/, '') }),
    )
    expect(itemsOf(await expandAll([path]))[0]?.publisher).toBe('LD Publisher')
  })

  it('reports bad lines by number and keeps the good ones', async () => {
    const path = await dir.write(
      'mixed.jsonl',
      [
        line({ text: 'First good record about a delivery of rifles.' }),
        '',
        '{"text": "unterminated',
        line(['an', 'array']),
        line({ title: 'no body' }),
        line({ text: 'both', html: '<p>both</p>' }),
        line({ text: '   ' }),
        line({ text: 'x', published: '26/10/2023' }),
        line({ text: 'x', url: 'ftp://example.org/file' }),
        line({ text: 'x', publisher_country: 'XX' }),
        line({ text: 'x', publisher_country: 'KOR' }),
        line({ text: 'x', language: 'Korean' }),
        line({ text: 42 }),
        '   ',
        line({ text: 'Last good record, after the bad ones.', url: null, title: null }),
      ].join('\r\n'),
    )
    const entries = await expandAll([path])
    expect(itemsOf(entries).map((i) => i.origin)).toEqual([`${path}:1`, `${path}:15`])
    const failures = failuresOf(entries)
    expect(failures.map((f) => [f.origin.slice(path.length), f.code])).toEqual([
      [':3', 'ERR_VALIDATION'],
      [':4', 'ERR_VALIDATION'],
      [':5', 'ERR_VALIDATION'],
      [':6', 'ERR_VALIDATION'],
      [':7', 'ERR_VALIDATION'],
      [':8', 'ERR_VALIDATION'],
      [':9', 'ERR_VALIDATION'],
      [':10', 'ERR_VALIDATION'],
      [':11', 'ERR_VALIDATION'],
      [':12', 'ERR_VALIDATION'],
      [':13', 'ERR_VALIDATION'],
    ])
    const messages = failures.map((f) => f.message.slice(path.length))
    expect(messages).toEqual([
      expect.stringMatching(/^:3: not JSON \(/),
      ':4: not a JSON object',
      ':5: exactly one of "text" and "html" is required',
      ':6: exactly one of "text" and "html" is required',
      ':7: "text" must not be blank',
      ':8: "published" must be YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp',
      ':9: "url" must be an absolute http(s) URL',
      ':10: "publisher_country" XX is not a known country',
      ':11: "publisher_country" must be an ISO 3166-1 alpha-2 code such as "KR"',
      ':12: "language" must be a language code such as "en" or "fr-FR"',
      expect.stringMatching(/^:13: "text" /),
    ])
    for (const m of messages) expect(m).not.toContain('\n')
  })

  it('refuses a line over maxBytes without reading it whole, then goes on', async () => {
    const path = dir.path('long.jsonl')
    const out = createWriteStream(path)
    out.write(`${line({ text: 'short first line' })}\n`)
    out.write('{"text": "')
    const block = 'a'.repeat(1024 * 1024)
    for (let i = 0; i < 50; i += 1) out.write(block)
    out.write('"}\n')
    out.write(`${line({ text: 'short last line' })}\n`)
    await new Promise((resolve) => out.end(resolve))
    const entries = await expandAll([path], { maxBytes: 64 * 1024 })
    expect(entries.map(originOf)).toEqual([`${path}:1`, `${path}:2`, `${path}:3`])
    expect(failuresOf(entries)).toMatchObject([
      { origin: `${path}:2`, code: 'ERR_INPUT_TOO_LARGE' },
    ])
  })

  it('refuses a line that is not UTF-8 and a file that is binary', async () => {
    const good = new TextEncoder().encode(`${line({ text: 'fine' })}\n`)
    const bad = new Uint8Array([
      0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d, 0x0a,
    ])
    const mixed = await dir.write('latin.jsonl', new Uint8Array([...bad, ...good]))
    const zip = await dir.write(
      'archive.jsonl',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00, 0x0a]),
    )
    const entries = await expandAll([mixed, zip])
    expect(failuresOf(entries).map((f) => [f.origin, f.code])).toEqual([
      [`${mixed}:1`, 'ERR_INPUT_ENCODING'],
      [zip, 'ERR_INPUT_BINARY'],
    ])
    expect(itemsOf(entries).map((i) => i.origin)).toEqual([`${mixed}:2`])
  })

  it('asks isKnownUrl about record URLs and skips known ones', async () => {
    const path = await dir.write(
      'known.jsonl',
      [
        line({ text: 'Stored already.', url: 'https://example.org/stored' }),
        line({ text: 'New.', url: 'https://example.org/new' }),
      ].join('\n'),
    )
    const asked: string[] = []
    const isKnownUrl = (url: string) => {
      asked.push(url)
      return url.endsWith('/stored')
    }
    const entries = await expandAll([path], { isKnownUrl })
    expect(entries[0]).toEqual({ skipped: true, origin: `${path}:1`, reason: 'known_url' })
    expect(itemsOf(entries).map((i) => i.input.url)).toEqual(['https://example.org/new'])
    expect(asked).toEqual(['https://example.org/stored', 'https://example.org/new'])
  })

  it('lets an error of isKnownUrl itself reach the caller', async () => {
    const path = await dir.write('throws.jsonl', line({ text: 'x', url: 'https://example.org/a' }))
    const isKnownUrl = () => Promise.reject(new Error('store is down'))
    await expect(expandAll([path], { isKnownUrl })).rejects.toThrow('store is down')
  })
})
