// Throughput and memory of extract() on the generated corpus (scripts/gen-corpus.ts).
//   npx tsx bench/extract.bench.ts [--mb 5] [--passes 5] [--big-mb 50] [--skip-memory]
// Method as in ../shared/reference/stack.md §3: data load reported as setup, 50-article
// warm-up, gc() before every timed pass, one extract() call per article, MB = 2^20 bytes.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import v8 from 'node:v8'
import vm from 'node:vm'
import { loadData } from '../src/data/index.js'
import { extract } from '../src/extract/index.js'
import {
  CORPUS_LANGS,
  corpusPath,
  genCorpus,
  writeCorpus,
  type Article,
  type CorpusLang,
} from '../scripts/gen-corpus.js'

const MiB = 2 ** 20
const { values: args } = parseArgs({
  options: {
    mb: { type: 'string', default: '5' },
    passes: { type: 'string', default: '5' },
    'big-mb': { type: 'string', default: '50' },
    'skip-memory': { type: 'boolean', default: false },
    'memory-only': { type: 'boolean', default: false }, // internal: the child of the memory check
  },
})

// gc() without asking every caller for --expose-gc: passes must start from a collected heap.
v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void

const bytesOf = (s: string): number => Buffer.byteLength(s, 'utf8')
const peakRssMB = (): number => Math.round((process.resourceUsage().maxRSS * 1024) / MiB)
const round = (n: number, digits = 3): number => Number(n.toFixed(digits))

/** The first `mb` MiB of the saved corpus, generating and saving it when it is missing or short. */
function loadCorpus(lang: CorpusLang, mb: number): Article[] {
  const want = mb * MiB
  const path = corpusPath(lang)
  const saved = existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Article)
    : []
  const out: Article[] = []
  let total = 0
  for (const a of saved) {
    if (total >= want) return out
    out.push(a)
    total += bytesOf(a.text)
  }
  if (total >= want) return out
  const fresh = genCorpus(lang, want)
  writeCorpus(lang, fresh)
  return fresh
}

const runOne = (data: ReturnType<typeof loadData>, a: Article): number =>
  extract({ content: a.text, published: a.published }, data).transfers.length

interface LangResult {
  lang: CorpusLang
  articles: number
  MB: number
  median_s: number
  min_s: number
  max_s: number
  MB_per_s: number
  articles_per_s: number
  transfers: number
  peak_rss_MB: number
}

function benchLang(data: ReturnType<typeof loadData>, lang: CorpusLang, articles: Article[]) {
  const passes = Math.max(1, Number(args.passes))
  const times: number[] = []
  let transfers = 0
  for (let p = 0; p < passes; p++) {
    gc()
    const t0 = performance.now()
    transfers = 0
    for (const a of articles) transfers += runOne(data, a)
    times.push((performance.now() - t0) / 1000)
  }
  const sorted = [...times].sort((x, y) => x - y)
  const mid = sorted.length / 2
  // Even pass counts take the mean of the two middle passes.
  const median = ((sorted[Math.ceil(mid) - 1] ?? 0) + (sorted[Math.floor(mid)] ?? 0)) / 2
  const mb = articles.reduce((sum, a) => sum + bytesOf(a.text), 0) / MiB
  const result: LangResult = {
    lang,
    articles: articles.length,
    MB: round(mb, 2),
    median_s: round(median),
    min_s: round(sorted[0] ?? 0),
    max_s: round(sorted.at(-1) ?? 0),
    MB_per_s: round(mb / median, 2),
    articles_per_s: Math.round(articles.length / median),
    transfers,
    peak_rss_MB: peakRssMB(),
  }
  return result
}

/** Child process: one big input in one call, so the peak RSS is this input's alone. */
function memoryOnly(): void {
  const data = loadData()
  const want = Number(args['big-mb']) * MiB
  const parts = CORPUS_LANGS.flatMap((lang) => genCorpus(lang, want / CORPUS_LANGS.length))
  const text = parts.map((a) => a.text).join('\n\n')
  parts.length = 0
  gc()
  const baseline = process.memoryUsage().rss
  const t0 = performance.now()
  const out = extract(text, data)
  const seconds = (performance.now() - t0) / 1000
  const input = bytesOf(text)
  const peak = process.resourceUsage().maxRSS * 1024
  const memory = {
    input_MB: round(input / MiB, 1),
    seconds: round(seconds, 2),
    transfers: out.transfers.length,
    baseline_rss_MB: Math.round(baseline / MiB),
    peak_rss_MB: Math.round(peak / MiB),
    peak_over_input: round(peak / input, 2),
    growth_over_input: round((peak - baseline) / input, 2),
  }
  console.log(JSON.stringify(memory))
}

function memoryCheck(): Record<string, number> | { error: string } {
  const script = fileURLToPath(import.meta.url)
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, script, '--memory-only', '--big-mb', String(args['big-mb'])],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * MiB },
  )
  const last = child.stdout.trim().split('\n').at(-1) ?? ''
  if (child.status !== 0 || !last.startsWith('{')) {
    return { error: `memory check exited with ${child.status ?? child.signal}` }
  }
  return JSON.parse(last) as Record<string, number>
}

function printTable(rows: LangResult[]): void {
  const cols = Object.keys(rows[0] ?? {}) as Array<keyof LangResult>
  const cells = [cols.map(String), ...rows.map((r) => cols.map((c) => String(r[c])))]
  const widths = cols.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  for (const row of cells) console.log(row.map((c, i) => c.padStart(widths[i] ?? 0)).join('  '))
}

function main(): void {
  const mb = Number(args.mb)
  const t0 = performance.now()
  const data = loadData()
  const setupMs = Math.round(performance.now() - t0)
  const corpora = CORPUS_LANGS.map((lang) => ({ lang, articles: loadCorpus(lang, mb) }))
  for (const { articles } of corpora) for (const a of articles.slice(0, 25)) runOne(data, a)
  const rows = corpora.map(({ lang, articles }) => benchLang(data, lang, articles))
  console.log(`extract() on ${mb} MiB per language, ${args.passes} passes, setup ${setupMs} ms`)
  printTable(rows)
  const memory = args['skip-memory'] ? null : memoryCheck()
  if (memory) console.log('memory check (one input, one call):', memory)
  const summary = { bench: 'extract', node: process.version, passes: Number(args.passes) }
  console.log(JSON.stringify({ ...summary, mb, setup_ms: setupMs, langs: rows, memory }))
}

if (args['memory-only']) memoryOnly()
else main()
