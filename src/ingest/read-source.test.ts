import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArmsgraphError } from '../errors.js'
import { readSource, type ReadSourceOptions } from './read-source.js'

async function failure(source: string, opts?: ReadSourceOptions): Promise<ArmsgraphError> {
  const e: unknown = await readSource(source, opts).then(
    () => new Error('expected readSource to fail'),
    (err: unknown) => err,
  )
  if (e instanceof ArmsgraphError) return e
  throw e
}

describe('readSource: files', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'armsgraph-read-'))
    await writeFile(join(dir, 'a.txt'), 'Livraison de chars')
    await writeFile(join(dir, 'page.html'), '<p>x</p>')
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(100))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('reads a text file', async () => {
    const raw = await readSource(join(dir, 'a.txt'))
    expect(new TextDecoder().decode(raw.bytes)).toBe('Livraison de chars')
    expect(raw).toMatchObject({ url: null, contentType: 'text/plain' })
  })

  it('guesses HTML from the extension', async () => {
    expect((await readSource(join(dir, 'page.html'))).contentType).toBe('text/html')
  })

  it.each([
    ['missing.txt', 'ERR_INPUT_NOT_FOUND', 'no such file: '],
    ['', 'ERR_INPUT_IS_DIRECTORY', 'is a directory'],
    ['a.txt/inner', 'ERR_INPUT_NOT_FOUND', 'no such file: '],
  ])('refuses %j with %s', async (name, code, message) => {
    const e = await failure(join(dir, name))
    expect(e.code).toBe(code)
    expect(e.message).toContain(message)
    expect(e.message).toContain(join(dir, name))
  })

  it('refuses a file above maxBytes before reading it', async () => {
    const e = await failure(join(dir, 'big.txt'), { maxBytes: 10 })
    expect(e.code).toBe('ERR_INPUT_TOO_LARGE')
  })
})

describe('readSource: stdin', () => {
  it('reads "-" from the given stream', async () => {
    const stdin = Readable.from([Buffer.from('Obus '), Buffer.from('livrés')])
    const raw = await readSource('-', { stdin })
    expect(new TextDecoder().decode(raw.bytes)).toBe('Obus livrés')
    expect(raw).toMatchObject({ source: '-', url: null, contentType: null })
  })

  it('stops reading once stdin passes maxBytes', async () => {
    const stdin = Readable.from(Array.from({ length: 100 }, () => Buffer.alloc(10, 0x61)))
    expect((await failure('-', { stdin, maxBytes: 50 })).code).toBe('ERR_INPUT_TOO_LARGE')
  })
})

describe('readSource: URLs', () => {
  let server: Server
  let base = ''
  beforeAll(async () => {
    server = createServer((req, res) => {
      const routes: Record<string, () => void> = {
        '/page': () => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Bonjour</p>'),
        '/hop': () => res.writeHead(302, { location: '/page' }).end(),
        '/loop': () => res.writeHead(302, { location: '/loop' }).end(),
        '/ftp': () => res.writeHead(301, { location: 'ftp://example.org/x' }).end(),
        '/big': () => res.writeHead(200).end('x'.repeat(5000)),
        '/slow': () => undefined,
        '/stream': () => {
          res.writeHead(200) // no content-length: the cap must act while streaming
          for (let i = 0; i < 50; i += 1) res.write('y'.repeat(100))
          res.end()
        },
      }
      const route = routes[req.url ?? '']
      if (route) route()
      else res.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => {
    server.closeAllConnections()
    server.close()
  })

  it('refuses loopback servers by default', async () => {
    const e = await failure(`${base}/page`)
    expect(e.code).toBe('ERR_FETCH_BLOCKED')
    expect(e.message).toContain('127.0.0.1')
  })

  it.each([
    'http://localhost:8/', // a name: refused by the lookup inside the connection
    'http://[::1]:1/',
    'http://[::ffff:127.0.0.1]:1/',
    'http://2130706433:1/',
  ])('refuses %s', async (url) => {
    expect((await failure(url)).code).toBe('ERR_FETCH_BLOCKED')
  })

  const open = { allowPrivate: true, timeoutMs: 2000 }

  it('fetches and follows redirects when private addresses are allowed', async () => {
    const raw = await readSource(`${base}/hop`, open)
    expect(new TextDecoder().decode(raw.bytes)).toBe('<p>Bonjour</p>')
    expect(raw).toMatchObject({
      source: `${base}/hop`,
      url: `${base}/page`,
      contentType: 'text/html',
    })
  })

  it.each([
    ['/loop', 'ERR_FETCH_FAILED', 'redirects'],
    ['/ftp', 'ERR_FETCH_BLOCKED', 'ftp:'],
    ['/missing', 'ERR_FETCH_FAILED', 'HTTP 404'],
    ['/slow', 'ERR_FETCH_FAILED', 'timed out'],
  ])('%s fails with %s', async (path, code, message) => {
    const e = await failure(`${base}${path}`, { ...open, timeoutMs: 300 })
    expect(e.code).toBe(code)
    expect(e.message).toContain(message)
  })

  it('caps the body size', async () => {
    expect((await failure(`${base}/big`, { ...open, maxBytes: 100 })).code).toBe(
      'ERR_INPUT_TOO_LARGE',
    )
  })
})
