import { useState } from 'react'
import type { EventSupport } from '../../api/types'
import { SourceCard } from './SourceCard'

/** Every supporting document, in the API's order; `initial` keeps a compact view short. */
export function Sources({
  supports,
  initial,
}: {
  supports: readonly EventSupport[]
  initial?: number
}) {
  const [all, setAll] = useState(false)
  const shown = all || initial === undefined ? supports : supports.slice(0, initial)
  return (
    <section className="panel" data-testid="sources">
      <h2>
        Sources <span className="muted">({supports.length})</span>
      </h2>
      <div className="sources">
        {shown.map((s, i) => (
          <SourceCard key={`${s.document.id}-${i}`} support={s} />
        ))}
      </div>
      {shown.length < supports.length ? (
        <button type="button" className="btn btn-small" onClick={() => setAll(true)}>
          Show all {supports.length} sources
        </button>
      ) : null}
    </section>
  )
}
