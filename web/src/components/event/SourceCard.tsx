import { useState } from 'react'
import type { DocumentReading, EventSupport } from '../../api/types'
import { CertaintyBadge, Categories, PhaseBadge } from '../Badges'
import { formatPeriod } from '../format'
import { Link } from '../Link'
import { ErrorNote } from '../States'
import { loadDocument } from './document-cache'
import { EvidenceContext } from './EvidenceContext'

type Context =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'on'; doc: DocumentReading }
  | { status: 'error'; error: unknown }

/** One supporting document: what it says about the flow, and the sentences that say it. */
export function SourceCard({ support }: { support: EventSupport }) {
  const d = support.document
  const [context, setContext] = useState<Context>({ status: 'off' })
  const showContext = () => {
    setContext({ status: 'loading' })
    loadDocument(d.id).then(
      (doc) => setContext({ status: 'on', doc }),
      (error: unknown) => setContext({ status: 'error', error }),
    )
  }
  return (
    <article className="source-card" data-document-id={d.id}>
      <header>
        <Link to={`/documents/${d.id}`} className="source-title">
          {d.title ?? '(untitled)'}
        </Link>
        <div className="source-meta muted">
          {d.publisher ?? 'unknown publisher'}
          {d.publisher_country ? ` (${d.publisher_country})` : ''} · {d.published ?? 'undated'} ·{' '}
          {d.language}
          {d.url ? (
            <>
              {' · '}
              <a href={d.url} target="_blank" rel="noreferrer noopener">
                original
              </a>
            </>
          ) : null}
        </div>
        <div className="badge-row">
          <PhaseBadge phase={support.phase} />
          <CertaintyBadge certainty={support.certainty} />
          <Categories categories={support.categories} />
          {support.in_headline_only ? (
            <span className="badge headline-only" title="Only the headline states it">
              headline only
            </span>
          ) : null}
          <span className="muted">period {formatPeriod(support.period)}</span>
        </div>
      </header>
      <EvidenceContext
        evidence={support.evidence}
        text={context.status === 'on' ? context.doc.text : null}
      />
      {context.status === 'error' ? <ErrorNote error={context.error} retry={showContext} /> : null}
      <footer className="source-actions">
        {context.status === 'off' || context.status === 'error' ? (
          <button type="button" className="btn-link" onClick={showContext}>
            show in context
          </button>
        ) : null}
        {context.status === 'loading' ? <span className="muted">loading context…</span> : null}
        {context.status === 'on' ? (
          <button type="button" className="btn-link" onClick={() => setContext({ status: 'off' })}>
            sentences only
          </button>
        ) : null}
        <Link to={`/documents/${d.id}`}>read document</Link>
        <span className="muted rules" title="Rules that produced the transfer">
          {support.rule_ids.join(' · ')}
        </span>
      </footer>
    </article>
  )
}
