import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countDocuments } from './count-documents.js'

describe('countDocuments', () => {
  let dir = ''
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'armsgraph-count-'))
    mkdirSync(join(dir, 'sub'))
    writeFileSync(join(dir, 'a.txt'), 'One report.')
    writeFileSync(join(dir, 'sub', 'b.html'), '<p>Another.</p>')
    writeFileSync(join(dir, 'sub', 'c.jsonl'), '{"text":"x"}\n\n  \n{"text":"y"}\n{"text":"z"}')
    writeFileSync(join(dir, 'README.md'), 'notes about the folder')
    writeFileSync(join(dir, 'feed.xml'), '<rss></rss>')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('counts files and non-blank JSON lines, skipping what the walk skips', async () => {
    expect(await countDocuments([join(dir, 'a.txt'), join(dir, 'sub')])).toBe(5)
  })

  it('gives no total when a URL or a feed is among the sources', async () => {
    expect(await countDocuments([join(dir, 'a.txt'), 'https://example.org/feed'])).toBeNull()
    expect(await countDocuments([dir])).toBeNull()
  })

  it('counts a missing source as the one failure it will be', async () => {
    expect(await countDocuments([join(dir, 'missing.txt'), join(dir, 'a.txt')])).toBe(2)
  })
})
