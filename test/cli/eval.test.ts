import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadGoldDir } from '../../src/eval/index.js'

// Runs the built binary, as a user would. Build first with `npx tsc -p tsconfig.build.json`.
const MAIN = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url))
const DEV = fileURLToPath(new URL('../../../shared/eval/dev', import.meta.url))
const hasMain = existsSync(MAIN)
const hasDev = existsSync(DEV)
if (!hasMain)
  console.warn('eval CLI tests skipped: dist/cli/main.js is missing (run npm run build)')
if (!hasDev) console.warn('dev-set tests skipped: ../shared/eval/dev is not present')

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

function goldFor(id: string, transfers: unknown[]): string {
  const meta = { id, source: 'armsgraph tests', url: null, license: 'CC0', language: 'en' }
  return JSON.stringify({ ...meta, published: '2024-02-12', transfers, claims: [] })
}

// Two tiny documents in our own words: one transfer, one military story without any.
const CASES: Record<string, { doc: string; gold: string }> = {
  'p01-norway-shells': {
    doc: 'Norway sends shells to Ukraine\n\nNorway has delivered a new batch of artillery shells to Ukraine, its defence ministry said on Monday.\n',
    gold: goldFor('p01-norway-shells', [
      {
        supplier: 'NO',
        recipient: 'UA',
        categories: ['ammunition'],
        phase: 'delivered',
        certainty: 'confirmed',
        in_headline_only: false,
        evidence: 'Norway has delivered a new batch of artillery shells to Ukraine',
      },
    ]),
  },
  'n01-winter-drill': {
    doc: 'Finnish troops train in the snow\n\nFinnish infantry units held a week-long winter drill near the eastern border. No equipment changed hands.\n',
    gold: goldFor('n01-winter-drill', []),
  },
}

let root = ''
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'armsgraph-eval-cli-'))
  for (const [name, c] of Object.entries(CASES)) {
    mkdirSync(join(root, 'ok', name), { recursive: true })
    writeFileSync(join(root, 'ok', name, 'doc.txt'), c.doc)
    writeFileSync(join(root, 'ok', name, 'gold.json'), c.gold)
  }
  mkdirSync(join(root, 'bad', 'b01'), { recursive: true })
  writeFileSync(join(root, 'bad', 'b01', 'doc.txt'), 'A title\n\nA body.\n')
  writeFileSync(join(root, 'bad', 'b01', 'gold.json'), goldFor('b01', [{ supplier: 'NO' }]))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe.skipIf(!hasMain)('armsgraph eval (built CLI)', () => {
  it('scores a positive and a negative document as JSON', () => {
    const r = runCli('eval', join(root, 'ok'), '--format', 'json')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout)
    expect(report.documents.map((d: { id: string }) => d.id)).toEqual([
      'n01-winter-drill',
      'p01-norway-shells',
    ])
    const all = report.rows.find((row: { language: string }) => row.language === 'all')
    expect(all.docs).toBe(2)
    expect(all.negative.docs).toBe(1)
    expect(all.pairs.tp + all.pairs.fn).toBe(1)
    expect(all.pairs.fp).toBeGreaterThanOrEqual(0)
    for (const key of ['precision', 'recall', 'f1'] as const) {
      expect(all.pairs[key]).toBeGreaterThanOrEqual(0)
      expect(all.pairs[key]).toBeLessThanOrEqual(1)
    }
    expect(all.negative.with_fp).toBeLessThanOrEqual(1)
    expect(Object.keys(all)).toContain('claims')
  })

  it('prints a text table by default', () => {
    const r = runCli('eval', join(root, 'ok'), '--verbose')
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/^lang {2}docs/)
    expect(r.stdout).toContain('p01-norway-shells [en]')
  })

  it('fails with exit 1 and one stderr line on a bad gold.json', () => {
    const r = runCli('eval', join(root, 'bad'), '--format', 'json')
    expect(r.status).toBe(1)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^armsgraph: /)
    expect(lines[0]).toContain('gold.json')
    expect(lines[0]).toContain('ERR_GOLD_INVALID')
  })

  it.skipIf(!hasDev)('reports en and fr rows on the shared dev set', () => {
    const r = runCli('eval', DEV, '--format', 'json')
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout)
    const languages = report.rows.map((row: { language: string }) => row.language)
    expect(languages).toEqual(expect.arrayContaining(['en', 'fr', 'all']))
    expect(report.documents).toHaveLength(countCaseFolders(DEV))
  })
})

describe.skipIf(!hasDev)('shared dev set', () => {
  it('loads every annotated case', () => {
    const cases = loadGoldDir(DEV)
    expect(cases).toHaveLength(countCaseFolders(DEV))
    expect(cases.map((c) => c.gold.language)).toEqual(expect.arrayContaining(['en', 'fr']))
    for (const c of cases) expect(c.gold.id).toBe(c.name)
  })
})

function countCaseFolders(dir: string): number {
  return readdirSync(dir).filter((name) => existsSync(join(dir, name, 'gold.json'))).length
}
