import { BLOCK_TAGS, SKIPPED_TAGS, squeezeSpaces } from './html-tags.js'

/**
 * The slice of the DOM the walker needs. Declared here because the project compiles without the
 * DOM lib; linkedom's nodes satisfy it.
 */
export interface DomNode {
  nodeType: number
  nodeName: string
  nodeValue: string | null
  firstChild: DomNode | null
  nextSibling: DomNode | null
  parentNode: DomNode | null
}

const ELEMENT = 1
const TEXT = 3

function tagOf(node: DomNode): string {
  return node.nodeType === ELEMENT ? node.nodeName.toLowerCase() : ''
}

/**
 * Paragraph texts under `root`, one per block element (p, h1–h6, li, blockquote, pre, and divs
 * holding only inline content). `textContent` would run blocks together ("Par Jean MartinLe
 * ministère"), so text is cut wherever a block starts or ends. The walk is iterative: deeply
 * nested markup must not overflow the stack.
 */
export function blocksOf(root: DomNode): string[] {
  const blocks: string[] = []
  let buf = ''
  const flush = (): void => {
    const text = squeezeSpaces(buf)
    if (text !== '') blocks.push(text)
    buf = ''
  }
  let node: DomNode | null = root.firstChild
  while (node !== null) {
    const tag = tagOf(node)
    if (node.nodeType === TEXT) buf += node.nodeValue ?? ''
    if (BLOCK_TAGS.has(tag)) flush()
    const enter = node.nodeType === ELEMENT && !SKIPPED_TAGS.has(tag) && node.firstChild !== null
    if (enter) {
      node = node.firstChild
      continue
    }
    node = nextAfter(node, root, flush)
  }
  flush()
  return blocks
}

/** Next node in document order after `node`'s subtree, flushing each block element left behind. */
function nextAfter(start: DomNode, root: DomNode, flush: () => void): DomNode | null {
  let node: DomNode | null = start
  while (node !== null && node !== root) {
    if (node.nextSibling !== null) return node.nextSibling
    node = node.parentNode
    if (node !== null && node !== root && BLOCK_TAGS.has(tagOf(node))) flush()
  }
  return null
}
