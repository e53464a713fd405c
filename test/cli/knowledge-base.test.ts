import { createServer, type Server } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { DOMParser } from 'linkedom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { genArticle } from '../../scripts/gen-corpus.js'
import { hasDist, runCli, startCli } from '../helpers/cli-binary.js'
import { KB_ARTICLES } from '../helpers/kb-articles.js'
import { must } from '../helpers/must.js'
import { newsEn } from '../helpers/news-en.js'
import { newsFr } from '../helpers/news-fr.js'
import { prng } from '../helpers/prng.js'

let dir = ''
let db = ''
const cli = (...args: string[]) => runCli([...args, '--db', db])
const json = <T>(...args: string[]): T => {
  const r = cli(...args, '--format', 'json')
  expect(r.status, r.stderr).toBe(0)
  return JSON.parse(r.stdout) as T
}

/** A JSON Lines file of the shared test articles (our sentences), with all metadata fields. */
function writeJsonl(path: string, articles = KB_ARTICLES): void {
  writeFileSync(
    path,
    articles
      .map((a) =>
        JSON.stringify({
          title: a.title,
          text: a.text,
          url: a.url,
          publisher: a.publisher,
          publisher_country: a.publisherCountry,
          published: a.published,
        }),
      )
      .join('\n'),
  )
}

const PAGE = `<!doctype html><html lang="fr"><head><title>Des obus pour Moscou | La Gazette du Nord</title>
<meta property="og:site_name" content="La Gazette du Nord">
<meta property="article:published_time" content="2023-11-02T08:00:00+01:00">
</head><body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
<article><h1>Des obus pour Moscou</h1>
<p>Selon les services de renseignement sud-coréens, la Corée du Nord a livré plus d'un million d'obus d'artillerie à la Russie depuis août.</p>
<p>Pyongyang et Moscou démentent tout échange d'armes.</p></article>
<footer>© La Gazette du Nord — tous droits réservés</footer></body></html>`

describe.skipIf(!hasDist)('knowledge-base commands on SQLite', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'armsgraph-kb-cli-'))
    db = join(dir, 'kb.db')
    const sources = join(dir, 'sources')
    mkdirSync(join(sources, 'pages'), { recursive: true })
    writeJsonl(join(sources, 'wire.jsonl'))
    writeFileSync(join(sources, 'pages', 'gazette.html'), PAGE)
    writeFileSync(
      join(sources, 'note.txt'),
      'Budget talks\n\nThe parliament debated the defence budget for three days.',
    )
    const r = cli('ingest', sources, '--format', 'json')
    expect(r.status, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 8, skipped: 0, failed: 0 })
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('skips everything on a second ingest of the same sources', () => {
    const r = cli('ingest', join(dir, 'sources'), '--format', 'json')
    expect(r.status, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 0, skipped: 8, failed: 0 })
  })

  it('lists events with their supporting documents, and takes page metadata into account', () => {
    const events = json<
      Array<{
        id: string
        supplier: { id: string }
        counts: { documents: number; publishers: number }
        languages: string[]
        documents: Array<{ publisher: string; published: string }>
      }>
    >('events', '--supplier', 'kp', '--recipient', 'RU', '--category', 'ammunition')
    expect(events).toHaveLength(1)
    const [shells] = events
    expect(shells?.counts).toMatchObject({ documents: 4, publishers: 4 })
    expect(shells?.languages).toEqual(['en', 'fr'])
    expect(shells?.documents.map((d) => d.publisher)).toContain('La Gazette du Nord')
    expect(shells?.documents.find((d) => d.publisher === 'La Gazette du Nord')?.published).toBe(
      '2023-11-02',
    )
  })

  it('prints a table, CSV and JSON Lines', () => {
    const table = cli('events')
    expect(table.status).toBe(0)
    expect(table.stdout).toMatch(/North Korea → Russia|North Korea → Ru…/)
    const csv = cli('events', '--format', 'csv')
    expect(csv.stdout.split('\n')[0]).toMatch(/^id,supplier,supplier_name,recipient/)
    const lines = cli('events', '--format', 'jsonl').stdout.trim().split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(3)
    for (const l of lines) expect(JSON.parse(l)).toHaveProperty('documents')
  })

  it('shows one event with evidence and claims by side, and says when an id does not exist', () => {
    const [drones] = json<Array<{ id: string }>>('events', '--supplier', 'IR')
    const text = cli('event', must(drones).id)
    expect(text.status).toBe(0)
    expect(text.stdout).toContain('CONTESTED')
    expect(text.stdout).toContain('supplier side:')
    expect(text.stdout).toContain('Shahed-136')
    const missing = cli('event', 'XX-YY-000000000000')
    expect(missing.status).toBe(1)
    expect(missing.stderr.trim()).toBe(
      'armsgraph: no event XX-YY-000000000000 (see armsgraph events) [ERR_NOT_FOUND]',
    )
  })

  it('searches documents with highlighted snippets, accents folded, hostile queries harmless', () => {
    const hits = json<
      Array<{
        document: { publisher: string }
        snippet: string
        highlights: Array<[number, number]>
      }>
    >('search', 'obus')
    expect(hits.map((h) => h.document.publisher)).toContain('La Gazette du Nord')
    const [s, e] = must(hits[0]?.highlights[0])
    expect(hits[0]?.snippet.slice(s, e).toLowerCase()).toBe('obus')
    expect(json<unknown[]>('search', 'livre').length).toBeGreaterThan(0) // finds "livré"
    for (const q of ['F-35', 'AND', '"unbalanced', 'NEAR(', '*', 'a OR']) {
      const r = cli('search', q)
      expect(r.status, `${q}: ${r.stderr}`).toBe(0)
    }
  })

  it('exports GraphML, GEXF, register rows and CSV', () => {
    const graphml = cli('export', '--format', 'graphml')
    expect(graphml.status).toBe(0)
    const doc = new DOMParser().parseFromString(graphml.stdout, 'text/xml')
    expect(doc.querySelectorAll('node').length).toBeGreaterThanOrEqual(3)
    expect(doc.querySelectorAll('edge').length).toBe(json<unknown[]>('events').length)
    const gexf = cli('export', '--format', 'gexf')
    expect(gexf.stdout).toContain('<gexf')
    const register = cli('export', '--format', 'register', '--supplier', 'KP')
    const [header, ...rows] = register.stdout.trim().split('\n')
    expect(header).toMatch(
      /^supplier,supplier_name,recipient,recipient_name,designation,category,number/,
    )
    expect(rows.some((r) => r.startsWith('KP,North Korea,RU,Russia,'))).toBe(true)
  })

  it('lists actors and store statistics', () => {
    const actors = json<Array<{ id: string; events_as_supplier: number }>>('actors')
    expect(actors.find((a) => a.id === 'KP')?.events_as_supplier).toBe(2)
    const stats = json<{
      documents: number
      dialect: string
      languages: Array<{ language: string }>
    }>('stats')
    expect(stats).toMatchObject({ documents: 8, dialect: 'sqlite' })
  })

  it('hides a rejected event unless asked, and keeps reviews through reextract', () => {
    const [missiles] = json<Array<{ id: string }>>(
      'events',
      '--supplier',
      'KP',
      '--category',
      'missiles',
    )
    expect(
      cli('review', must(missiles).id, '--reject', '--note', 'duplicate wire copy').status,
    ).toBe(0)
    expect(json<unknown[]>('events', '--supplier', 'KP', '--category', 'missiles')).toEqual([])
    expect(cli('reextract').status).toBe(0)
    const shown = json<Array<{ review: { status: string; note: string } }>>(
      'events',
      '--supplier',
      'KP',
      '--category',
      'missiles',
      '--include-rejected',
    )
    expect(shown[0]?.review).toMatchObject({ status: 'rejected', note: 'duplicate wire copy' })
  })

  it('answers bad usage and bad stores with one line and a non-zero exit', () => {
    const cases: Array<[string[], number, RegExp]> = [
      [
        ['events', '--since', 'last week'],
        2,
        /--since must be YYYY, YYYY-MM or YYYY-MM-DD.*\[ERR_USAGE\]$/,
      ],
      [['events', '--category', 'lasers'], 2, /--category must be one of .*\[ERR_USAGE\]$/],
      [['events', '--format', 'xml'], 2, /\[ERR_USAGE\]$/],
      [['review', 'x'], 2, /say --accept, --reject, or what to edit.*\[ERR_USAGE\]$/],
    ]
    for (const [args, status, message] of cases) {
      const r = cli(...args)
      expect(r.status, args.join(' ')).toBe(status)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(r.stderr.trim()).toMatch(message)
    }
    const notAFile = runCli(['events', '--db', dir])
    expect(notAFile.status).toBe(1)
    expect(notAFile.stderr.trim()).toMatch(
      /^armsgraph: cannot open the SQLite store .*\[ERR_STORE\]$/,
    )
    const downServer = runCli(['events', '--db', 'postgres://nobody:secret@127.0.0.1:1/none'])
    expect(downServer.status).toBe(1)
    expect(downServer.stderr.trim()).toMatch(
      /^armsgraph: cannot use the PostgreSQL store .*connection refused \[ERR_STORE\]$/,
    )
    expect(downServer.stderr).not.toContain('secret')
    const corrupt = join(dir, 'corrupt.db')
    writeFileSync(corrupt, 'this is not a database, just text that happens to sit here')
    const r = runCli(['events', '--db', corrupt])
    expect(r.status).toBe(1)
    expect(r.stderr.trim()).toMatch(/\[ERR_STORE\]$/)
  })

  it('records failing sources, reports them, and goes on', () => {
    const bad = join(dir, 'bad')
    mkdirSync(bad, { recursive: true })
    writeFileSync(
      join(bad, 'a.jsonl'),
      `${JSON.stringify({ title: 'Fine', text: 'Poland delivered tanks to Ukraine in 2022.', published: '2022-06-01' })}\n{"title": broken\n`,
    )
    writeFileSync(
      join(bad, 'b.html'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
    )
    const r = cli('ingest', bad, join(dir, 'missing.txt'), '--format', 'json')
    expect(r.status).toBe(1)
    const summary = JSON.parse(r.stdout) as {
      added: number
      failed: number
      failures: Array<{ origin: string; code: string }>
    }
    expect(summary.added).toBe(1)
    expect(summary.failed).toBe(3)
    expect(summary.failures.map((f) => f.code).sort()).toEqual([
      'ERR_INPUT_BINARY',
      'ERR_INPUT_NOT_FOUND',
      'ERR_VALIDATION',
    ])
    expect(json<{ failures: number }>('stats').failures).toBe(3)
  })
})

describe.skipIf(!hasDist)('ingest of an RSS feed over HTTP', () => {
  let server: Server
  let base = ''
  let feedDir = ''
  beforeAll(async () => {
    feedDir = mkdtempSync(join(tmpdir(), 'armsgraph-feed-'))
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.setHeader('content-type', 'application/rss+xml')
        res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Tribune</title><language>en</language>
          <item><title>Drones from Tehran</title><link>${base}/a</link><pubDate>Thu, 20 Oct 2022 09:00:00 GMT</pubDate></item>
          <item><title>Gone</title><link>${base}/missing</link><pubDate>Fri, 21 Oct 2022 09:00:00 GMT</pubDate></item>
          </channel></rss>`)
      } else if (req.url === '/a') {
        res.setHeader('content-type', 'text/html')
        res.end(
          '<html><body><article><p>Iran has supplied Russia with hundreds of Shahed-136 attack drones, the United States said on Thursday.</p></article></body></html>',
        )
      } else {
        res.statusCode = 404
        res.end('not here')
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.close()
    rmSync(feedDir, { recursive: true, force: true })
  })

  // Async runs: the HTTP server lives in this process and must keep answering.
  it('fetches every item, takes publisher and date from the feed, records the broken link', async () => {
    const store = join(feedDir, 'kb.db')
    const ingestFeed = async (...extra: string[]) =>
      await startCli(['ingest', `${base}/feed.xml`, '--db', store, '--format', 'json', ...extra])
        .done
    const refused = await ingestFeed()
    expect(JSON.parse(refused.stdout)).toMatchObject({ added: 0, failed: 1 })
    expect(JSON.parse(refused.stdout).failures[0].code).toBe('ERR_FETCH_BLOCKED')
    const r = await ingestFeed('--allow-private-network')
    expect(JSON.parse(r.stdout)).toMatchObject({ added: 1, failed: 1 })
    const again = await ingestFeed('--allow-private-network')
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, skipped: 1 })
    const events = JSON.parse(
      (await startCli(['events', '--db', store, '--format', 'json']).done).stdout,
    ) as Array<{ documents: Array<{ publisher: string; published: string }> }>
    expect(events[0]?.documents[0]).toMatchObject({
      publisher: 'Harbour Tribune',
      published: '2022-10-20',
    })
  })
})

describe.skipIf(!hasDist)('a killed ingest', () => {
  it('loses nothing committed and resumes without duplicates', async () => {
    const work = mkdtempSync(join(tmpdir(), 'armsgraph-kill-'))
    try {
      const store = join(work, 'kb.db')
      const r = prng(99)
      const lines: string[] = []
      for (let i = 0; i < 1500; i++) {
        const a = genArticle(i % 2 ? newsFr : newsEn, r, i)
        lines.push(
          JSON.stringify({
            text: `${a.text}\n\nRef ${i}.`,
            published: a.published,
            publisher: `Outlet ${i % 7}`,
          }),
        )
      }
      const source = join(work, 'big.jsonl')
      writeFileSync(source, lines.join('\n'))
      const first = startCli(['ingest', source, '--db', store, '--batch', '20', '--format', 'json'])
      const count = () => {
        try {
          const reader = new BetterSqlite3(store, { readonly: true, fileMustExist: true })
          try {
            return (reader.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n
          } finally {
            reader.close()
          }
        } catch {
          return 0
        }
      }
      const deadline = Date.now() + 60_000
      while (count() < 100 && Date.now() < deadline) await new Promise((res) => setTimeout(res, 25))
      first.child.kill('SIGKILL')
      expect((await first.done).signal).toBe('SIGKILL')
      const committed = count()
      expect(committed).toBeGreaterThanOrEqual(100)
      expect(committed).toBeLessThan(1500)
      expect(committed % 20).toBe(0) // whole batches only

      const resumed = runCli(['ingest', source, '--db', store, '--format', 'json'])
      expect(resumed.status, resumed.stderr).toBe(0)
      const summary = JSON.parse(resumed.stdout) as {
        added: number
        skipped: number
        failed: number
      }
      expect(summary).toMatchObject({ skipped: committed, added: 1500 - committed, failed: 0 })
      const reader = new BetterSqlite3(store, { readonly: true })
      const { n, d: distinct } = reader
        .prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM documents')
        .get() as { n: number; d: number }
      reader.close()
      expect(n).toBe(1500)
      expect(distinct).toBe(1500)
    } finally {
      rmSync(work, { recursive: true, force: true })
    }
  })
})
