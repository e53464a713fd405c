import type { DocumentRef, EventDetail, Side } from '../../api/types'
import { Link } from '../Link'

const SIDES: ReadonlyArray<{ side: Side; label: (e: EventDetail) => string }> = [
  { side: 'supplier', label: (e) => `Supplier side (${e.supplier.name})` },
  { side: 'recipient', label: (e) => `Recipient side (${e.recipient.name})` },
  { side: 'third_party', label: () => 'Third parties' },
]

/** Who says what about the flow, grouped by side: assertions next to denials. */
export function Claims({ event }: { event: EventDetail }) {
  const docs = new Map<string, DocumentRef>(event.supports.map((s) => [s.document.id, s.document]))
  return (
    <section className="panel" data-testid="claims">
      <h2>Claims by side</h2>
      <div className="claims-grid">
        {SIDES.map(({ side, label }) => {
          const claims = event.claims[side]
          return (
            <div key={side} className="claims-side" data-side={side}>
              <h3>{label(event)}</h3>
              {claims.length === 0 ? (
                <p className="muted">No statement.</p>
              ) : (
                <ul className="claims">
                  {claims.map((c) => {
                    const doc = docs.get(c.document_id)
                    return (
                      <li
                        key={`${c.document_id}-${c.evidence.start}-${c.speaker.name}`}
                        className="claim"
                      >
                        <div className="claim-head">
                          <span className="speaker">{c.speaker.name}</span>
                          {c.speaker.country ? (
                            <span className="muted"> ({c.speaker.country})</span>
                          ) : null}{' '}
                          <span className={`badge stance-${c.stance}`}>{c.stance}</span>
                        </div>
                        <blockquote>{c.evidence.text}</blockquote>
                        <div className="claim-source muted">
                          <Link to={`/documents/${c.document_id}`}>
                            {doc
                              ? `${doc.publisher ?? 'unknown publisher'}, ${doc.published ?? 'undated'}`
                              : 'document'}
                          </Link>
                        </div>
                      </li>
                    )
                  })}
                </ul>
              )}
            </div>
          )
        })}
      </div>
    </section>
  )
}
