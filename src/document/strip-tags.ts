import { decodeEntities } from './decode-entities.js'
import { BLOCK_TAGS, SKIPPED_TAGS, squeezeSpaces } from './html-tags.js'
import { tagNameAt } from './html-shape.js'

/** Index just after the end tag `</name…>` at or after `from`, or the end of the input. */
function skipElement(html: string, name: string, from: number): number {
  let i = html.indexOf('</', from)
  while (i !== -1) {
    if (tagNameAt(html, i + 2) === name) {
      const gt = html.indexOf('>', i)
      return gt === -1 ? html.length : gt + 1
    }
    i = html.indexOf('</', i + 2)
  }
  return html.length
}

/** Text of the first `<title>` element, if any, entity-decoded and squeezed. */
export function titleOf(html: string): string | null {
  let i = html.indexOf('<')
  while (i !== -1) {
    if (tagNameAt(html, i + 1) === 'title') {
      const gt = html.indexOf('>', i)
      if (gt === -1) return null
      const end = html.indexOf('<', gt)
      const title = squeezeSpaces(
        decodeEntities(html.slice(gt + 1, end === -1 ? html.length : end)),
      )
      return title === '' ? null : title
    }
    i = html.indexOf('<', i + 1)
  }
  return null
}

/**
 * Last-resort HTML to paragraphs, for pages the DOM path refuses or cannot read. One forward pass
 * with indexOf: every search starts where the previous one stopped, so the cost stays linear.
 */
export function stripTags(html: string): string[] {
  const blocks: string[] = []
  let buf = ''
  const flush = (): void => {
    const text = squeezeSpaces(decodeEntities(buf))
    if (text !== '') blocks.push(text)
    buf = ''
  }
  let i = 0
  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt === -1) {
      buf += html.slice(i)
      break
    }
    buf += html.slice(i, lt)
    i = nextPosition(html, lt, flush)
    if (i === lt) buf += '<'
    i = Math.max(i, lt + 1)
  }
  flush()
  return blocks
}

/** Consumes the markup at `lt` and returns where text resumes; `lt` itself when it is not markup. */
function nextPosition(html: string, lt: number, flush: () => void): number {
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4)
    return end === -1 ? html.length : end + 3
  }
  const closing = html.charCodeAt(lt + 1) === 47
  const bang = html.charCodeAt(lt + 1) === 33 || html.charCodeAt(lt + 1) === 63 // <! or <?
  const name = bang ? '!' : tagNameAt(html, closing ? lt + 2 : lt + 1)
  if (name === '') return lt
  const gt = html.indexOf('>', lt)
  // No '>' anywhere after this point: the rest is a broken tag, not text.
  if (gt === -1) return html.length
  if (BLOCK_TAGS.has(name)) flush()
  const selfClosing = html.charCodeAt(gt - 1) === 47
  if (!closing && !selfClosing && SKIPPED_TAGS.has(name)) {
    flush()
    return skipElement(html, name, gt + 1)
  }
  return gt + 1
}
