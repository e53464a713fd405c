// Deterministic news-like corpus for bench/extract.bench.ts: English and French articles built
// from our own sentence templates (test/helpers/news-*.ts). Same seed and size → same bytes.
//   npx tsx scripts/gen-corpus.ts [--mb 5] [--seed 42]
// writes bench/out/corpus-en.jsonl and bench/out/corpus-fr.jsonl, one article per line:
//   {"id":"en-000001","lang":"en","published":"2024-03-07","text":"Title\n\nBody…"}
import { mkdirSync, writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { newsEn } from '../test/helpers/news-en.js'
import { newsFr } from '../test/helpers/news-fr.js'
import type { NewsLanguage } from '../test/helpers/news-language.js'
import { prng, type Prng } from '../test/helpers/prng.js'

export type CorpusLang = 'en' | 'fr'
export interface Article {
  id: string
  lang: CorpusLang
  published: string
  /** Title on line 1, a blank line, then paragraphs separated by blank lines. */
  text: string
}

const LANGS: Record<CorpusLang, NewsLanguage> = { en: newsEn, fr: newsFr }
export const CORPUS_LANGS = Object.keys(LANGS) as CorpusLang[]
export const CORPUS_DIR = fileURLToPath(new URL('../bench/out/', import.meta.url))
const MIN_ARTICLE = 1024
const MAX_ARTICLE = 4096
// About one sentence in three is about a transfer; news prose around a deal is mostly context.
const TRANSFER_SHARE = 0.35

const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8')

export function corpusPath(lang: CorpusLang): string {
  return `${CORPUS_DIR}corpus-${lang}.jsonl`
}

function sentence(news: NewsLanguage, r: Prng): string {
  return r.pick(r.chance(TRANSFER_SHARE) ? news.transfer : news.filler)(r)
}

/** One article of 1–4 KiB (UTF-8): a headline and paragraphs of two to five sentences. */
export function genArticle(news: NewsLanguage, r: Prng, n: number): Article {
  const target = r.int(MIN_ARTICLE, MAX_ARTICLE)
  const title = r.pick(news.headline)(r)
  const paragraphs: string[][] = [[]]
  let size = utf8Bytes(title) + 2
  let perParagraph = r.int(2, 5)
  while (size < target) {
    const next = sentence(news, r)
    const cost = utf8Bytes(next) + 2
    // Sentences are far shorter than 3 KiB, so stopping here still leaves at least 1 KiB.
    if (size + cost > MAX_ARTICLE) break
    let current = paragraphs[paragraphs.length - 1] ?? []
    if (current.length >= perParagraph) {
      current = []
      paragraphs.push(current)
      perParagraph = r.int(2, 5)
    }
    current.push(next)
    size += cost
  }
  const body = paragraphs.map((p) => p.join(' ')).join('\n\n')
  const published = `${r.int(2019, 2025)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`
  return {
    id: `${news.code}-${String(n).padStart(6, '0')}`,
    lang: news.code,
    published,
    text: `${title}\n\n${body}`,
  }
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** Articles in `lang` until their texts reach `bytes` UTF-8 bytes in total. */
export function genCorpus(lang: CorpusLang, bytes: number, seed = 42): Article[] {
  // A different stream per language, so adding a language leaves the others unchanged.
  const r = prng(seed + CORPUS_LANGS.indexOf(lang) * 7919)
  const out: Article[] = []
  let total = 0
  while (total < bytes) {
    const article = genArticle(LANGS[lang], r, out.length + 1)
    out.push(article)
    total += utf8Bytes(article.text)
  }
  return out
}

export function writeCorpus(lang: CorpusLang, articles: readonly Article[]): string {
  mkdirSync(CORPUS_DIR, { recursive: true })
  const path = corpusPath(lang)
  writeFileSync(path, articles.map((a) => JSON.stringify(a)).join('\n') + '\n')
  return path
}

function main(): void {
  const { values } = parseArgs({
    options: { mb: { type: 'string', default: '5' }, seed: { type: 'string', default: '42' } },
  })
  const mb = Number(values.mb)
  const seed = Number(values.seed)
  if (!(mb > 0) || !Number.isInteger(seed)) {
    console.error('usage: gen-corpus [--mb N (> 0)] [--seed integer]')
    process.exit(2)
  }
  for (const lang of CORPUS_LANGS) {
    const articles = genCorpus(lang, mb * 2 ** 20, seed)
    const bytes = articles.reduce((sum, a) => sum + utf8Bytes(a.text), 0)
    const path = writeCorpus(lang, articles)
    console.error(
      `${relative(process.cwd(), path)}: ${articles.length} articles, ${(bytes / 2 ** 20).toFixed(2)} MiB`,
    )
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
