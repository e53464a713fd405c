import type { Span } from '../../api/types'
import { MarkedText } from '../text/MarkedText'
import { mergeSpans, paragraphsOf, type Highlight } from '../text/mark-tree'

// Past this a paragraph is cut around its evidence, so one long paragraph does not fill the card.
const MAX_PARAGRAPH = 900
const MARGIN = 280

/** The evidence as a marked sentence, alone (no document text yet) or within its paragraphs. */
export function EvidenceContext({
  evidence,
  text,
}: {
  evidence: readonly Span[]
  text: string | null
}) {
  // Offsets index the stored text; when they do not match it, show the sentences alone.
  const usable = text !== null && evidence.every((e) => text.slice(e.start, e.end) === e.text)
  if (!usable) {
    return (
      <ul className="evidence-list">
        {evidence.map((e) => (
          <li key={`${e.start}-${e.end}`}>
            <mark className="evidence" data-testid="evidence">
              {e.text}
            </mark>
          </li>
        ))}
      </ul>
    )
  }
  const spans: Highlight[] = mergeSpans(
    evidence.map((e) => ({ start: e.start, end: e.end, refs: [], kind: 'evidence' })),
  )
  const paragraphs = paragraphsOf(text).filter((p) =>
    spans.some((s) => s.start < p.end && s.end > p.start),
  )
  return (
    <div className="evidence-context">
      {paragraphs.map((p) => {
        const inside = spans.filter((s) => s.start < p.end && s.end > p.start)
        const first = inside[0]?.start ?? p.start
        const last = inside[inside.length - 1]?.end ?? p.end
        const long = p.end - p.start > MAX_PARAGRAPH
        const from = long ? Math.max(p.start, first - MARGIN) : p.start
        const to = long ? Math.min(p.end, last + MARGIN) : p.end
        return (
          <p key={p.start}>
            {from > p.start ? '… ' : null}
            <MarkedText
              text={text}
              from={from}
              to={to}
              layers={[spans]}
              renderMark={(_h, _layer, children, key) => (
                <mark key={key} className="evidence" data-testid="evidence">
                  {children}
                </mark>
              )}
            />
            {to < p.end ? ' …' : null}
          </p>
        )
      })}
    </div>
  )
}
