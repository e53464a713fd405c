import type { ReactNode } from 'react'
import type { DocumentReading } from '../../api/types'
import { MarkedText } from '../../components/text/MarkedText'
import { paragraphsOf, type Highlight } from '../../components/text/mark-tree'

export interface ReaderTextProps {
  doc: DocumentReading
  layers: readonly [Highlight[], Highlight[]]
  /** The transfer whose evidence is emphasised, or null. */
  active: number | null
  /** The headline (title segments) or the rest. */
  part: 'title' | 'body'
}

/** The document's headline or body as plain paragraphs (one per line), mentions and evidence marked. */
export function ReaderText({ doc, layers, active, part }: ReaderTextProps) {
  const titles = doc.segments.filter((s) => s.kind === 'title')
  const isTitle = (p: { start: number; end: number }) =>
    titles.some((s) => p.start >= s.start && p.end <= s.end)
  const renderMark = (h: Highlight, layer: number, children: ReactNode, key: string) =>
    layer === 0 ? (
      <mark
        key={key}
        className={active !== null && h.refs.includes(active) ? 'evidence active' : 'evidence'}
        data-testid="evidence"
        data-transfers={h.refs.join(' ')}
      >
        {children}
      </mark>
    ) : (
      <mark key={key} className={`mention mention-${h.kind}`} data-kind={h.kind} title={h.title}>
        {children}
      </mark>
    )
  return (
    <div className={`reader-text reader-${part}`} lang={doc.language}>
      {paragraphsOf(doc.text)
        .filter((p) => isTitle(p) === (part === 'title'))
        .map((p) => {
          const body = (
            <MarkedText
              text={doc.text}
              from={p.start}
              to={p.end}
              layers={layers}
              renderMark={renderMark}
            />
          )
          return isTitle(p) ? (
            <h1 key={p.start} className="reader-title">
              {body}
            </h1>
          ) : (
            <p key={p.start}>{body}</p>
          )
        })}
    </div>
  )
}
