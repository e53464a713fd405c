// extract() throughput per language, on our own texts of that language: the golden inputs and
// held-out documents (test/golden/<lang>, test/fixtures/heldout*-<lang>), repeated to the same
// size for every language, so one language can be set beside English.
//   npx tsx bench/languages.bench.ts [--kb 256] [--passes 5]
// The issue [6] target: every language within 20% of the English figure.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import v8 from 'node:v8'
import vm from 'node:vm'
import { loadData } from '../src/data/index.js'
import { extract } from '../src/extract/index.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const { values: args } = parseArgs({
  options: {
    kb: { type: 'string', default: '256' },
    passes: { type: 'string', default: '5' },
  },
})
v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void
const MiB = 2 ** 20

/** Every text file of one language: golden inputs, and held-out documents of that language. */
function textsOf(lang: string): string[] {
  const out: string[] = []
  const golden = join(ROOT, 'test/golden', lang)
  if (existsSync(golden))
    for (const slug of readdirSync(golden)) {
      const f = join(golden, slug, 'input.txt')
      if (existsSync(f)) out.push(readFileSync(f, 'utf8'))
    }
  const fixtures = join(ROOT, 'test/fixtures')
  const heldout = lang === 'en' || lang === 'fr' ? ['heldout', 'heldout-2'] : [`heldout-${lang}`]
  for (const set of heldout) {
    const dir = join(fixtures, set)
    if (!existsSync(dir)) continue
    for (const doc of readdirSync(dir)) {
      if (set.startsWith('heldout') && !doc.startsWith(`${lang}-`)) continue
      const f = join(dir, doc, 'doc.txt')
      if (existsSync(f)) out.push(readFileSync(f, 'utf8'))
    }
  }
  return out
}

/** The texts repeated until they reach `bytes`. */
function corpusOf(texts: string[], bytes: number): string[] {
  const out: string[] = []
  let total = 0
  for (let i = 0; total < bytes && texts.length > 0; i++) {
    const t = texts[i % texts.length] as string
    out.push(t)
    total += Buffer.byteLength(t, 'utf8')
  }
  return out
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

function main(): void {
  const data = loadData()
  const bytes = Number(args.kb) * 1024
  const passes = Number(args.passes)
  const langs = Object.keys(data.languages).sort((a, b) =>
    a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b),
  )
  const rows: Array<{ lang: string; docs: number; mbs: number }> = []
  for (const lang of langs) {
    const texts = textsOf(lang)
    if (texts.length === 0) continue
    const corpus = corpusOf(texts, bytes)
    const size = corpus.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0)
    for (const t of corpus.slice(0, 50)) extract(t, data) // warm-up
    const rates: number[] = []
    for (let p = 0; p < passes; p++) {
      gc()
      const t0 = performance.now()
      for (const t of corpus) extract(t, data)
      rates.push(size / MiB / ((performance.now() - t0) / 1000))
    }
    rows.push({ lang, docs: texts.length, mbs: median(rates) })
  }
  const en = rows.find((r) => r.lang === 'en')?.mbs ?? 0
  console.log('lang  texts  MB/s   vs en')
  for (const r of rows) {
    const ratio = en > 0 ? `${((r.mbs / en - 1) * 100).toFixed(0)}%` : '–'
    console.log(
      `${r.lang.padEnd(4)}  ${String(r.docs).padStart(5)}  ${r.mbs.toFixed(2).padStart(5)}  ${ratio.padStart(5)}`,
    )
  }
}

main()
