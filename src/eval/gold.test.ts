import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ArmsgraphError } from '../errors.js'
import { loadGoldDir } from './gold.js'

const GOOD = {
  id: 'a-case',
  source: 'test',
  url: null,
  license: 'CC0',
  language: 'en',
  published: '2024-03-01',
  transfers: [
    {
      supplier: 'NO',
      recipient: 'UA',
      categories: ['ammunition'],
      phase: 'delivered',
      certainty: 'confirmed',
      in_headline_only: false,
      evidence: 'Norway sent shells to Ukraine',
    },
  ],
}

let root = ''
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'armsgraph-gold-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function writeCase(name: string, gold: unknown, doc = 'Title\n\nBody.'): string {
  const dir = join(root, name)
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'doc.txt'), doc)
  writeFileSync(join(dir, 'gold.json'), typeof gold === 'string' ? gold : JSON.stringify(gold))
  return dir
}

function caught(fn: () => unknown): ArmsgraphError {
  try {
    fn()
  } catch (e) {
    if (e instanceof ArmsgraphError) return e
    throw e
  }
  throw new Error('expected an ArmsgraphError')
}

describe('loadGoldDir', () => {
  it('loads every case folder sorted by name and skips other folders', () => {
    writeCase('b-second', { ...GOOD, id: 'b', language: 'fr' })
    writeCase('a-first', GOOD)
    mkdirSync(join(root, 'c-no-files'))
    writeFileSync(join(root, 'README.md'), 'not a case')
    const cases = loadGoldDir(root)
    expect(cases.map((c) => [c.name, c.gold.language])).toEqual([
      ['a-first', 'en'],
      ['b-second', 'fr'],
    ])
    expect(cases[0]?.docPath).toBe(join(root, 'a-first', 'doc.txt'))
    expect(cases[0]?.gold.claims).toBeUndefined()
  })

  it('treats a folder that holds gold.json as one case', () => {
    const dir = writeCase('only', GOOD)
    expect(loadGoldDir(dir).map((c) => c.gold.id)).toEqual(['a-case'])
  })

  it.each([
    { about: 'missing folder', setup: () => join(root, 'nope'), code: 'ERR_INPUT_NOT_FOUND' },
    { about: 'folder without cases', setup: () => root, code: 'ERR_INPUT_NOT_FOUND' },
  ])('$about → $code', ({ setup, code }) => {
    expect(caught(() => loadGoldDir(setup())).code).toBe(code)
  })

  it.each([
    {
      about: 'bad phase',
      gold: { ...GOOD, transfers: [{ ...GOOD.transfers[0], phase: 'sold' }] },
      where: 'transfers.0.phase',
    },
    { about: 'missing language', gold: { ...GOOD, language: undefined }, where: 'language' },
    {
      about: 'unknown category',
      gold: { ...GOOD, transfers: [{ ...GOOD.transfers[0], categories: ['tanks'] }] },
      where: 'transfers.0.categories.0',
    },
    { about: 'broken JSON', gold: '{"id": ', where: 'not valid JSON' },
  ])('$about → one-line ERR_GOLD_INVALID naming file and issue', ({ gold, where }) => {
    writeCase('bad', gold)
    const e = caught(() => loadGoldDir(root))
    expect(e.code).toBe('ERR_GOLD_INVALID')
    expect(e.message).toContain(join(root, 'bad', 'gold.json'))
    expect(e.message).toContain(where)
    expect(e.message).not.toContain('\n')
  })
})
