import type { LookupAddress } from 'node:dns'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArmsgraphError } from '../errors.js'
import type { Resolver } from './pinned-lookup.js'
import { checkUrl, safeFetch, type FetchOptions } from './safe-fetch.js'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

/** A loopback server answering by path; counts requests so a test can prove none arrived. */
async function serve(host: string, routes: () => Record<string, Handler>) {
  const hits = new Map<string, number>()
  let table: Record<string, Handler> = {}
  const server = createServer((req, res) => {
    const path = req.url ?? '/'
    hits.set(path, (hits.get(path) ?? 0) + 1)
    const handler = table[path]
    if (handler) handler(req, res)
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here')
  })
  await new Promise<void>((resolve) => server.listen(0, host, resolve))
  const { port } = server.address() as AddressInfo
  const base = `http://${host}:${port}`
  table = routes()
  return {
    base,
    port,
    hits: (path: string) => hits.get(path) ?? 0,
    close: () => {
      server.closeAllConnections()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

const redirect =
  (location: string): Handler =>
  (_req, res) =>
    res.writeHead(302, { location }).end()
const answer =
  (type: string | null, body: string | Uint8Array): Handler =>
  (_req, res) =>
    res.writeHead(200, type === null ? {} : { 'content-type': type }).end(body)

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
const PAGE = '<!doctype html><p>Two frigates changed hands.</p>'

async function failure(url: string, opts: FetchOptions): Promise<ArmsgraphError> {
  const e: unknown = await safeFetch(url, opts).then(
    () => new Error(`expected ${url} to fail`),
    (err: unknown) => err,
  )
  if (e instanceof ArmsgraphError) return e
  throw e
}

/** Answers every name with `answers` in turn (the last again once they run out). */
function fakeDns(...answers: string[][]): Resolver & { calls: number } {
  const resolver = Object.assign(
    async (): Promise<LookupAddress[]> => {
      const turn = answers[Math.min(resolver.calls, answers.length - 1)] ?? []
      resolver.calls += 1
      return turn.map((address) => ({ address, family: 4 }))
    },
    { calls: 0 },
  )
  return resolver
}

describe('safeFetch against local servers', () => {
  let main: Awaited<ReturnType<typeof serve>>
  // A second server on another loopback address: private, and not on the allow-list below.
  let other: Awaited<ReturnType<typeof serve>>

  beforeAll(async () => {
    other = await serve('127.0.0.2', () => ({ '/page': answer('text/html', PAGE) }))
    main = await serve('127.0.0.1', () => {
      const chain: Record<string, Handler> = {}
      for (let n = 1; n <= 6; n += 1) chain[`/chain/${n}`] = redirect(`/chain/${n - 1}`)
      chain['/chain/0'] = answer('text/html', PAGE)
      return {
        ...chain,
        '/page': answer('text/html; charset=utf-8', PAGE),
        '/feed': answer('application/rss+xml', '<rss version="2.0"><channel/></rss>'),
        '/hop': redirect('/page'),
        '/to-other': redirect(`${other.base}/page`),
        '/to-other-decimal': redirect(`http://2130706434:${other.port}/page`),
        '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
        '/to-v6-loopback': redirect('http://[::1]/'),
        '/to-zero': redirect(`http://0.0.0.0:${other.port}/page`),
        '/to-file': redirect('file:///etc/passwd'),
        '/to-gopher': redirect('gopher://127.0.0.1:70/_x'),
        '/to-nowhere': redirect('http://[bad/'),
        '/png': answer('image/png', PNG),
        '/octet': answer('application/octet-stream', 'plain words, wrong label'),
        '/video': answer('video/mp4', PNG),
        '/untyped-png': answer(null, PNG),
        '/untyped-text': answer(null, 'Plain words with no label.'),
        '/jsonl': answer('application/x-ndjson', '{"title":"a"}\n'),
        '/huge-declared': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '50000000' })
          res.write('x') // and never the rest: the declared length alone must stop the read
        },
        '/huge-streamed': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/plain' })
          for (let i = 0; i < 64; i += 1) res.write(Buffer.alloc(64 * 1024, 0x61))
          res.end()
        },
        '/stall': () => undefined,
        '/stall-body': (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/plain' })
          res.write('The first words arrive, then nothing.')
        },
      }
    })
  })
  afterAll(async () => {
    await main.close()
    await other.close()
  })

  const listed: FetchOptions = {
    maxBytes: 1_000_000,
    timeoutMs: 3000,
    allowPrivate: false,
    allowHosts: ['127.0.0.1/32'],
  }

  describe('private addresses and the allow-list', () => {
    it('refuses a loopback server that is not listed', async () => {
      const e = await failure(`${main.base}/page`, { ...listed, allowHosts: [] })
      expect(e.code).toBe('ERR_FETCH_BLOCKED')
      expect(e.message).toContain('127.0.0.1 is a private or local address')
      expect(main.hits('/page')).toBe(0)
    })

    it('fetches a listed range, following redirects inside it', async () => {
      const fetched = await safeFetch(`${main.base}/hop`, listed)
      expect(new TextDecoder().decode(fetched.bytes)).toBe(PAGE)
      expect(fetched).toMatchObject({
        url: `${main.base}/page`,
        contentType: 'text/html; charset=utf-8',
      })
    })

    it.each([
      ['/to-other', '127.0.0.2'],
      ['/to-other-decimal', '127.0.0.2'],
      ['/to-metadata', '169.254.169.254'],
      ['/to-v6-loopback', '::1'],
      ['/to-zero', '0.0.0.0'],
    ])('refuses %s, a redirect from a listed host to %s', async (path, target) => {
      const e = await failure(`${main.base}${path}`, listed)
      expect(e.code).toBe('ERR_FETCH_BLOCKED')
      expect(e.message).toContain(`${target} is a private or local address`)
      expect(other.hits('/page')).toBe(0)
    })

    it('reaches the second server once its address is listed too', async () => {
      const both = { ...listed, allowHosts: ['127.0.0.1/32', '127.0.0.2'] }
      const fetched = await safeFetch(`${main.base}/to-other`, both)
      expect(fetched.url).toBe(`${other.base}/page`)
      expect(other.hits('/page')).toBe(1)
    })

    it.each([
      ['/to-file', 'file:'],
      ['/to-gopher', 'gopher:'],
    ])('refuses %s: only http and https are fetched', async (path, scheme) => {
      const e = await failure(`${main.base}${path}`, listed)
      expect(e.code).toBe('ERR_FETCH_BLOCKED')
      expect(e.message).toContain(`scheme ${scheme} is not allowed`)
    })

    it('reports a redirect to an unreadable location as a failed fetch', async () => {
      expect((await failure(`${main.base}/to-nowhere`, listed)).code).toBe('ERR_FETCH_FAILED')
    })
  })

  describe('listed host names (answered by a fake resolver)', () => {
    const named = (allowHosts: string[], resolve: Resolver): FetchOptions => ({
      ...listed,
      allowHosts,
      resolve,
    })

    it('lets a listed name and a *.suffix name reach their private address', async () => {
      const dns = fakeDns(['127.0.0.1'])
      const opts = named(['intranet.test', '*.corp.test'], dns)
      for (const host of ['intranet.test', 'wiki.corp.test']) {
        const fetched = await safeFetch(`http://${host}:${main.port}/page`, opts)
        expect(new TextDecoder().decode(fetched.bytes)).toBe(PAGE)
      }
    })

    it('refuses a name that is not listed, before connecting', async () => {
      const before = main.hits('/page')
      const opts = named(['intranet.test'], fakeDns(['127.0.0.1']))
      const e = await failure(`http://elsewhere.test:${main.port}/page`, opts)
      expect(e.code).toBe('ERR_FETCH_BLOCKED')
      expect(e.message).toContain(
        'elsewhere.test resolves to 127.0.0.1, a private or local address',
      )
      expect(main.hits('/page')).toBe(before)
    })

    it('refuses a redirect from a listed name to an address that is not listed', async () => {
      const before = other.hits('/page')
      const opts = named(['intranet.test'], fakeDns(['127.0.0.1']))
      const e = await failure(`http://intranet.test:${main.port}/to-other`, opts)
      expect(e.code).toBe('ERR_FETCH_BLOCKED')
      expect(e.message).toContain('127.0.0.2 is a private or local address')
      expect(other.hits('/page')).toBe(before)
    })

    it('never opens the metadata address to a listed name', async () => {
      const opts = named(['intranet.test'], fakeDns(['169.254.169.254']))
      const e = await failure(`http://intranet.test:${main.port}/page`, opts)
      expect(e.code).toBe('ERR_FETCH_BLOCKED')
      expect(e.message).toContain('169.254.169.254')
    })

    it('connects to the address it checked, whatever DNS says next (rebinding)', async () => {
      // First answer listed; a second question would get 127.0.0.3, where nothing listens.
      const dns = fakeDns(['127.0.0.1'], ['127.0.0.3'])
      const fetched = await safeFetch(`http://rebind.test:${main.port}/page`, {
        ...listed,
        resolve: dns,
      })
      expect(new TextDecoder().decode(fetched.bytes)).toBe(PAGE)
      expect(dns.calls).toBe(1)
    })
  })

  describe('limits', () => {
    it('follows five redirects and refuses a sixth', async () => {
      expect((await safeFetch(`${main.base}/chain/5`, listed)).url).toBe(`${main.base}/chain/0`)
      const e = await failure(`${main.base}/chain/6`, listed)
      expect(e.code).toBe('ERR_FETCH_FAILED')
      expect(e.message).toContain('more than 5 redirects')
    })

    it.each(['/huge-declared', '/huge-streamed'])('caps the body of %s', async (path) => {
      const e = await failure(`${main.base}${path}`, { ...listed, maxBytes: 100_000 })
      expect(e.code).toBe('ERR_INPUT_TOO_LARGE')
    })

    it.each(['/stall', '/stall-body'])('gives up on %s after the timeout', async (path) => {
      const started = performance.now()
      const e = await failure(`${main.base}${path}`, { ...listed, timeoutMs: 300 })
      expect(e.code).toBe('ERR_FETCH_FAILED')
      expect(e.message).toContain('timed out after 300 ms')
      expect(performance.now() - started).toBeLessThan(2500)
    })
  })

  describe('content types', () => {
    it.each([
      ['/png', 'image/png'],
      ['/octet', 'application/octet-stream'],
      ['/video', 'video/mp4'],
      ['/jsonl', 'application/x-ndjson'],
    ])('refuses %s, served as %s', async (path, type) => {
      const e = await failure(`${main.base}${path}`, listed)
      expect(e.code).toBe('ERR_INPUT_BINARY')
      expect(e.message).toContain(`served as ${type}`)
      expect(e.message).not.toMatch(/\n/)
    })

    it('accepts JSON Lines from a caller that reads them', async () => {
      const fetched = await safeFetch(`${main.base}/jsonl`, { ...listed, acceptJson: true })
      expect(new TextDecoder().decode(fetched.bytes)).toBe('{"title":"a"}\n')
    })

    it('accepts a feed type', async () => {
      expect((await safeFetch(`${main.base}/feed`, listed)).contentType).toBe('application/rss+xml')
    })

    it('sniffs a body that has no content type', async () => {
      const e = await failure(`${main.base}/untyped-png`, listed)
      expect(e.code).toBe('ERR_INPUT_BINARY')
      expect(e.message).toContain('looks binary (PNG)')
      const text = await safeFetch(`${main.base}/untyped-text`, listed)
      expect(text.contentType).toBeNull()
      expect(new TextDecoder().decode(text.bytes)).toBe('Plain words with no label.')
    })
  })
})

describe('checkUrl (a check ahead of time, without fetching)', () => {
  const check = (url: string, allowHosts: string[], answers: string[]) =>
    checkUrl(new URL(url), false, allowHosts, fakeDns(answers)).then(
      () => 'ok',
      (e: ArmsgraphError) => e.code,
    )

  it('judges every address a name resolves to, and the allow-list', async () => {
    expect(await check('https://news.example/a', [], ['93.184.216.34'])).toBe('ok')
    expect(await check('https://news.example/a', [], ['93.184.216.34', '10.0.0.1'])).toBe(
      'ERR_FETCH_BLOCKED',
    )
    expect(await check('https://wiki.corp.example/', ['*.corp.example'], ['10.0.0.1'])).toBe('ok')
    expect(await check('http://10.20.0.4/', ['10.20.0.0/16'], [])).toBe('ok')
    expect(await check('http://10.21.0.4/', ['10.20.0.0/16'], [])).toBe('ERR_FETCH_BLOCKED')
    expect(await check('ftp://news.example/', [], ['93.184.216.34'])).toBe('ERR_FETCH_BLOCKED')
  })
})
