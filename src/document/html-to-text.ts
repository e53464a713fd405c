import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { blocksOf, type DomNode } from './html-blocks.js'
import { estimateDomCost } from './html-cost.js'
import { isoDay, readHtmlMeta, type HtmlMeta, type MetaDocument } from './html-meta.js'
import { measureHtml } from './html-shape.js'
import { squeezeSpaces } from './html-tags.js'
import { stripTags, titleOf } from './strip-tags.js'

export interface HtmlText extends HtmlMeta {
  /** Article body: one paragraph per block, separated by blank lines; no title line. */
  text: string
}

/**
 * Beyond these the DOM parser and Readability slow down badly (a million unclosed `<div>` takes
 * minutes), so such pages go straight to the linear tag stripper. Real articles stay far below:
 * a heavy news page has some 15 000 elements, 100 000 nodes, rarely 40 levels.
 */
const MAX_TAGS = 60_000
const MAX_DEPTH = 500
/**
 * Readability's cost grows with nesting (the sum of element depths) and, past about 150 levels,
 * with its cube: 20 kB of 320-deep `<div>` chains took 4 s, 1 MB of them minutes. At these limits
 * the worst hostile page found by the property tests takes about 2.5 s; see html-cost.ts.
 */
const MAX_NODES = 200_000
const MAX_NESTING = 400_000
const MAX_NESTED_DEPTH = 128

const EMPTY_META: HtmlMeta = {
  title: null,
  published: null,
  language: null,
  publisher: null,
  publisherCountry: null,
}

/** Site name from the URL when the page names none: 'https://www.example.org/a' → 'example.org'. */
function hostOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null
  } catch {
    return null
  }
}

/** Readability usually removes the headline from the body; when it does not, drop it here. */
function withoutTitle(blocks: string[], title: string | null): string[] {
  const first = blocks[0]
  if (title === null || first === undefined) return blocks
  return first.toLowerCase() === title.toLowerCase() ? blocks.slice(1) : blocks
}

interface DomResult {
  meta: HtmlMeta
  blocks: string[]
}

/** Metadata first (Readability edits the document it reads), then the article's blocks. */
function viaDom(html: string): DomResult | null {
  const shape = measureHtml(html)
  if (shape.tags > MAX_TAGS || shape.depth > MAX_DEPTH) return null
  const cost = estimateDomCost(html)
  if (cost.nodes > MAX_NODES || cost.nesting > MAX_NESTING || cost.depth > MAX_NESTED_DEPTH) {
    return null
  }
  const { document } = parseHTML(html)
  const meta = readHtmlMeta(document as unknown as MetaDocument)
  const reader = new Readability<DomNode>(document as never, {
    maxElemsToParse: MAX_TAGS,
    // Hand back the DOM node itself: re-serialising and re-parsing the article would be waste.
    serializer: (node) => node as unknown as DomNode,
  })
  const article = reader.parse()
  const blocks = article?.content ? blocksOf(article.content) : []
  return {
    meta: {
      title: meta.title ?? (squeezeSpaces(article?.title ?? '') || null),
      published: meta.published ?? isoDay(article?.publishedTime),
      language: meta.language,
      publisher: meta.publisher ?? (squeezeSpaces(article?.siteName ?? '') || null),
      publisherCountry: meta.publisherCountry,
    },
    blocks,
  }
}

/**
 * Article text and metadata from an HTML page. Never throws: if the DOM path fails, refuses the
 * page as too large or finds no article, a linear tag-stripping pass supplies the text.
 */
export function htmlToText(html: string, url?: string | null): HtmlText {
  let dom: DomResult | null
  try {
    dom = viaDom(html)
  } catch {
    dom = null
  }
  const meta = dom?.meta ?? { ...EMPTY_META, title: titleOf(html) }
  const found = dom !== null && dom.blocks.length > 0 ? dom.blocks : stripTags(html)
  const blocks = withoutTitle(found, meta.title)
  return { ...meta, publisher: meta.publisher ?? hostOf(url), text: blocks.join('\n\n') }
}
