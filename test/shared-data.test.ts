import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Extraction, Transfer } from '../src/contract/extraction.js'
import { loadData, type LoadedData } from '../src/data/index.js'
import { extract } from '../src/extract/index.js'
import { DEV_DIR, hasShared, SEED_DIR, SHARED_MISSING } from './helpers/shared.js'

// The seed and the dev set are read from ../shared, never copied into the repository.

let data: LoadedData
beforeAll(() => {
  data = loadData()
})

function pair(out: Extraction, s: string, r: string): Transfer | undefined {
  return out.transfers.find((t) => t.supplier.id === s && t.recipient.id === r)
}

describe.skipIf(!hasShared)('seed document (../shared/seed)', () => {
  let out: Extraction
  beforeAll(() => {
    const file = readdirSync(SEED_DIR).find((f) => f.endsWith('.txt'))
    if (!file) throw new Error(`no .txt in ${SEED_DIR}`)
    out = extract(readFileSync(join(SEED_DIR, file), 'utf8'), data)
  })

  it('reads an English title over a French body', () => {
    expect(out.document.segments[0]).toMatchObject({ kind: 'title', language: 'en' })
    expect(out.document.language).toBe('fr')
  })

  it('finds exactly KP→RU, RU→KP, and the headline-only KP→IR and KP→SY', () => {
    const pairs = out.transfers.map((t) => `${t.supplier.id}>${t.recipient.id}`).sort()
    expect(pairs).toEqual(['KP>IR', 'KP>RU', 'KP>SY', 'RU>KP'])
  })

  it('KP→RU: ammunition and military equipment, delivered, confirmed, in the body', () => {
    const t = pair(out, 'KP', 'RU')
    expect(t).toMatchObject({ phase: 'delivered', certainty: 'confirmed', in_headline_only: false })
    expect(t?.categories).toEqual(expect.arrayContaining(['ammunition', 'unspecified']))
  })

  it('KP→RU carries the 1,000+ containers', () => {
    const q = pair(out, 'KP', 'RU')?.items.find((i) => i.quantity?.value === 1000)?.quantity
    expect(q).toMatchObject({ value: 1000, qualifier: 'more_than' })
  })

  it('KP→RU claims: the three ministers condemn, Lavrov (RU) denies, the White House asserts', () => {
    const claims = pair(out, 'KP', 'RU')?.claims ?? []
    const by = (c: string, st: string) =>
      claims.some((x) => x.speaker.country === c && x.stance === st)
    expect(by('US', 'condemns') && by('KR', 'condemns') && by('JP', 'condemns')).toBe(true)
    expect(by('RU', 'denies')).toBe(true)
    expect(claims.some((x) => x.speaker.id === 'white-house' && x.stance === 'asserts')).toBe(true)
    expect(claims.some((x) => x.speaker.name.includes('Lavrov') && x.stance === 'denies')).toBe(
      true,
    )
  })

  it('RU→KP: technology the North seeks (sought), with nuclear, missile and space items', () => {
    const t = pair(out, 'RU', 'KP')
    expect(t).toMatchObject({ phase: 'sought', in_headline_only: false })
    expect(t?.categories).toEqual(
      expect.arrayContaining(['technology', 'nuclear', 'missiles', 'space']),
    )
  })

  it('KP→IR and KP→SY are stated only by the headline', () => {
    for (const r of ['IR', 'SY'])
      expect(pair(out, 'KP', r)).toMatchObject({ in_headline_only: true, certainty: 'alleged' })
  })

  it('every evidence span points into the document text', () => {
    for (const t of out.transfers)
      for (const e of t.evidence) expect(e.end).toBeGreaterThan(e.start)
  })
})

describe.skipIf(!hasShared)('dev set (../shared/eval/dev)', () => {
  const cases = hasShared
    ? readdirSync(DEV_DIR)
        .filter((d) => !d.endsWith('.md'))
        .sort()
    : []
  it.each(cases)('%s: extracts without warnings other than unsupported languages', (c) => {
    const gold = JSON.parse(readFileSync(join(DEV_DIR, c, 'gold.json'), 'utf8')) as {
      published: string | null
    }
    const out = extract(
      { content: readFileSync(join(DEV_DIR, c, 'doc.txt'), 'utf8'), published: gold.published },
      data,
    )
    expect(out.warnings.filter((w) => w.code !== 'language_unsupported')).toEqual([])
    const text = out.document.segments.length > 0
    expect(text).toBe(true)
  })

  it('no transfer on the negative documents', () => {
    for (const c of cases) {
      const gold = JSON.parse(readFileSync(join(DEV_DIR, c, 'gold.json'), 'utf8')) as {
        transfers: unknown[]
        published: string | null
      }
      if (gold.transfers.length > 0) continue
      const out = extract(
        { content: readFileSync(join(DEV_DIR, c, 'doc.txt'), 'utf8'), published: gold.published },
        data,
      )
      expect({
        c,
        transfers: out.transfers.map((t) => `${t.supplier.id}>${t.recipient.id}`),
      }).toEqual({ c, transfers: [] })
    }
  })
})

if (!hasShared) {
  describe('shared material', () => {
    it.skip(SHARED_MISSING, () => undefined)
  })
}
