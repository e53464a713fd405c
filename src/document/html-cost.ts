import { tagNameAt } from './html-shape.js'
import { BLOCK_TAGS, VOID_TAGS } from './html-tags.js'

export interface DomCost {
  /**
   * Nodes the DOM parser would build, estimated from above: elements, attributes, comments and
   * text runs. linkedom slows down faster than linearly with the node count (a WeakMap entry per
   * node), so 800 000 entity-split text nodes in 4 MB took 40 s where 400 000 took one.
   */
  nodes: number
  /**
   * Sum over elements of their depth, i.e. of all subtree sizes. Readability measures the text
   * of each element's subtree again and again, so a few hundred 200-deep `<div>` chains (20 kB)
   * kept it busy for seconds and a megabyte of them for minutes.
   */
  nesting: number
  /** Deepest element, with end tags matched by name as the parser matches them. */
  depth: number
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 47 // also '/'

/**
 * Index of the `>` that ends the start tag whose name ends at `from`, and its attribute count.
 * Quoted values are skipped whole, as the parser does, so a `>` or `<` inside one hides nothing.
 */
function scanStartTag(html: string, from: number): { end: number; attributes: number } {
  let attributes = 0
  let i = from
  while (i < html.length) {
    const c = html.charCodeAt(i)
    if (c === 62) return { end: i, attributes } // '>'
    if (isSpace(c)) {
      i += 1
      continue
    }
    attributes += 1
    while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '>' && html[i] !== '=')
      i += 1
    if (html[i] !== '=') continue
    i += 1
    while (i < html.length && isSpace(html.charCodeAt(i)) && html[i] !== '/') i += 1
    const quote = html[i]
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, i + 1)
      i = close === -1 ? html.length : close + 1
    } else {
      while (i < html.length && !isSpace(html.charCodeAt(i)) && html[i] !== '>') i += 1
    }
  }
  return { end: html.length, attributes }
}

/** Where the markup starting at `lt` (an end tag, comment, doctype or processing instruction) ends. */
function skipOther(html: string, lt: number): number {
  const end = html.startsWith('<!--', lt) ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt)
  return end === -1 ? html.length : end
}

/** Entity references: the parser emits each decoded one as a text chunk of its own. */
function countAmpersands(html: string): number {
  let count = 0
  for (let i = html.indexOf('&'); i !== -1; i = html.indexOf('&', i + 1)) count += 1
  return count
}

const P_ONLY: ReadonlySet<string> = new Set(['p'])
const CELLS: ReadonlySet<string> = new Set(['td', 'th'])
const DEFINITIONS: ReadonlySet<string> = new Set(['dd', 'dt'])

/**
 * The open elements a start tag closes first, as htmlparser2 does it (its `openImpliesClose`,
 * abridged): `<li>` ends an open `<li>`, a row ends an open cell, a block ends an open `<p>`.
 * Without this a page of bare `<p>` or a long table would look thousands of levels deep.
 */
const IMPLIED_CLOSES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['tr', new Set(['tr', 'td', 'th'])],
  ['td', CELLS],
  ['th', CELLS],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['dd', DEFINITIONS],
  ['dt', DEFINITIONS],
])

function impliedCloses(name: string): ReadonlySet<string> | undefined {
  return IMPLIED_CLOSES.get(name) ?? (BLOCK_TAGS.has(name) ? P_ONLY : undefined)
}

/** The parser's stack of open elements, by name, with a count per name for end-tag lookups. */
class OpenElements {
  private readonly names: string[] = []
  private readonly counts = new Map<string, number>()

  get depth(): number {
    return this.names.length
  }

  /** Opens an element (a void one only closes what it implies) and returns its depth. */
  open(name: string, isVoid: boolean): number {
    const closes = impliedCloses(name)
    while (closes !== undefined && closes.has(this.names[this.names.length - 1] ?? '')) this.pop()
    const depth = this.names.length + 1
    if (isVoid) return depth
    this.names.push(name)
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1)
    return depth
  }

  /** An end tag closes up to its open element; one with no open element is ignored. */
  close(name: string): boolean {
    if ((this.counts.get(name) ?? 0) === 0) return false
    while (this.pop() !== name);
    return true
  }

  private pop(): string | undefined {
    const name = this.names.pop()
    if (name !== undefined) this.counts.set(name, (this.counts.get(name) ?? 1) - 1)
    return name
  }
}

/**
 * One forward pass estimating what building and reading a DOM of `html` would cost, so that
 * pages too expensive for the DOM path go to the linear tag stripper instead. Each tag costs
 * O(1) amortised: every element pushed on the stack is popped at most once.
 */
export function estimateDomCost(html: string): DomCost {
  let nodes = countAmpersands(html)
  let nesting = 0
  let depth = 0
  const stack = new OpenElements()
  let i = html.indexOf('<')
  while (i !== -1) {
    nodes += 2 // the markup and the text run after it
    const c = html.charCodeAt(i + 1)
    const other = c === 47 || c === 33 || c === 63 // '</', '<!', '<?'
    const name = other ? '' : tagNameAt(html, i + 1)
    let end = i
    if (name !== '') {
      const tag = scanStartTag(html, i + 1 + name.length)
      nodes += tag.attributes
      // '<div/>' is an open <div> in HTML: the slash closes nothing.
      const at = stack.open(name, VOID_TAGS.has(name))
      nesting += at
      depth = Math.max(depth, at)
      end = tag.end
    } else if (other) {
      const closing = c === 47 ? tagNameAt(html, i + 2) : ''
      // A stray '</p>' or '</br>' still makes an element.
      const stray = closing !== '' && !stack.close(closing)
      if (stray && (closing === 'p' || closing === 'br')) nesting += stack.depth + 1
      end = skipOther(html, i)
    }
    i = html.indexOf('<', end + 1)
  }
  return { nodes, nesting, depth }
}
