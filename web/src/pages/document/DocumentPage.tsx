import { useEffect, useMemo, useState } from 'react'
import type { DocumentReading } from '../../api/types'
import { loadDocument } from '../../components/event/document-cache'
import { ErrorNote, Loading } from '../../components/States'
import { useResource } from '../../components/use-resource'
import { Legend } from './Legend'
import { ReaderText } from './ReaderText'
import { readerLayers, type MentionKind } from './reader-layers'
import { TransferList } from './TransferList'

function Reader({ doc }: { doc: DocumentReading }) {
  const [hidden, setHidden] = useState<ReadonlySet<MentionKind>>(new Set())
  const [active, setActive] = useState<number | null>(null)
  const layers = useMemo(() => readerLayers(doc, hidden), [doc, hidden])
  const hasTitleSegment = doc.segments.some((s) => s.kind === 'title')

  // Bring the selected transfer's first evidence sentence into view.
  useEffect(() => {
    if (active === null) return
    const marks = document.querySelectorAll<HTMLElement>('.reader mark.evidence.active')
    marks[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }, [active])

  const toggle = (k: MentionKind) =>
    setHidden((h) => {
      const next = new Set(h)
      if (next.has(k)) next.delete(k)
      else next.add(k)
      return next
    })
  return (
    <div className="reader-grid">
      <article className="reader">
        {doc.headline_unsupported ? (
          <div className="banner banner-warning" data-testid="headline-unsupported" role="note">
            <strong>The headline states a transfer the body does not support.</strong> Transfers
            marked “headline only” rest on the title alone.
          </div>
        ) : null}
        {hasTitleSegment ? (
          <ReaderText doc={doc} layers={layers} active={active} part="title" />
        ) : (
          <h1 className="reader-title">{doc.title ?? '(untitled)'}</h1>
        )}
        <div className="reader-meta muted">
          {doc.publisher ?? 'unknown publisher'}
          {doc.publisher_country ? ` (${doc.publisher_country})` : ''} ·{' '}
          {doc.published ?? 'undated'} · {doc.language}
          {doc.url ? (
            <>
              {' · '}
              <a href={doc.url} target="_blank" rel="noreferrer noopener">
                original
              </a>
            </>
          ) : null}
        </div>
        <Legend hidden={hidden} toggle={toggle} />
        <ReaderText doc={doc} layers={layers} active={active} part="body" />
        <div className="muted mono doc-id">document {doc.id}</div>
      </article>
      <aside className="reader-side">
        <section className="panel">
          <h2>
            Transfers <span className="muted">({doc.transfers.length})</span>
          </h2>
          <TransferList transfers={doc.transfers} active={active} onSelect={setActive} />
        </section>
      </aside>
    </div>
  )
}

/** `/documents/:id`: the stored text with what the extractor found in it. */
export function DocumentPage({ id }: { id: string }) {
  const [res, reload] = useResource(`document:${id}`, () => loadDocument(id))
  return (
    <section className="page" data-testid="page-document">
      {res.status === 'loading' ? <Loading what="Loading document" /> : null}
      {res.status === 'error' ? <ErrorNote error={res.error} retry={reload} /> : null}
      {res.status === 'done' ? <Reader key={res.data.id} doc={res.data} /> : null}
    </section>
  )
}
