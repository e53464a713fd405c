// extract() throughput per language, on our own texts of that language: the golden inputs and
// held-out documents (test/golden/<lang>, test/fixtures/heldout*-<lang>) joined into articles of
// one size and repeated to one total for every language, so one language can be set beside English.
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

// Our texts run from a 150-byte golden case to a 1 KB held-out report; joined into articles of
// about this size, every language pays the per-document costs (language detection of the body
// and title) on the same number of bytes.
const ARTICLE_BYTES = 2048

/** Articles of about ARTICLE_BYTES joined from the texts in turn, until they reach `bytes`. */
function corpusOf(texts: string[], bytes: number): string[] {
  const out: string[] = []
  let total = 0
  let article = ''
  for (let i = 0; total < bytes && texts.length > 0; i++) {
    const t = texts[i % texts.length] as string
    article = article ? `${article}\n\n${t}` : t
    if (Buffer.byteLength(article, 'utf8') < ARTICLE_BYTES) continue
    out.push(article)
    total += Buffer.byteLength(article, 'utf8')
    article = ''
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
  const sets = langs
    .map((lang) => ({ lang, texts: textsOf(lang) }))
    .filter((x) => x.texts.length > 0)
    .map(({ lang, texts }) => {
      const corpus = corpusOf(texts, bytes)
      const size = corpus.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0)
      return { lang, docs: texts.length, corpus, size, rates: [] as number[] }
    })
  for (const x of sets) for (const t of x.corpus.slice(0, 50)) extract(t, data) // warm-up
  // Languages take turns within each pass, so a machine that slows down mid-run slows all alike.
  for (let p = 0; p < passes; p++) {
    for (const x of sets) {
      gc()
      const t0 = performance.now()
      for (const t of x.corpus) extract(t, data)
      x.rates.push(x.size / MiB / ((performance.now() - t0) / 1000))
    }
  }
  const rows = sets.map((x) => ({ lang: x.lang, docs: x.docs, mbs: median(x.rates) }))
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
