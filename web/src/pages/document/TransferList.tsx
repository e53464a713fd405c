import type { ReadingTransfer } from '../../api/types'
import { CertaintyBadge, Categories, PhaseBadge } from '../../components/Badges'
import { Link } from '../../components/Link'

export interface TransferListProps {
  transfers: readonly ReadingTransfer[]
  active: number | null
  onSelect: (index: number | null) => void
}

/** The transfers the document states; selecting one emphasises its evidence in the text. */
export function TransferList({ transfers, active, onSelect }: TransferListProps) {
  if (transfers.length === 0) return <p className="muted">No transfer found in this document.</p>
  return (
    <ul className="transfer-list">
      {transfers.map((t, i) => (
        <li
          key={`${t.supplier.id}-${t.recipient.id}-${i}`}
          className={`transfer${active === i ? ' active' : ''}${t.in_headline_only ? ' transfer-headline-only' : ''}`}
          data-testid="reader-transfer"
        >
          <button
            type="button"
            className="transfer-select"
            aria-pressed={active === i}
            onClick={() => onSelect(active === i ? null : i)}
          >
            <span className="pair">
              {t.supplier.name} <span className="arrow">→</span> {t.recipient.name}
            </span>
          </button>
          <div className="badge-row">
            <PhaseBadge phase={t.phase} />
            <CertaintyBadge certainty={t.certainty} />
            {t.in_headline_only ? (
              <span
                className="badge headline-only"
                data-testid="headline-only"
                title="Only the headline states it"
              >
                headline only
              </span>
            ) : null}
          </div>
          <Categories categories={t.categories} />
          <div className="transfer-foot muted">
            {t.evidence.length} evidence sentence{t.evidence.length === 1 ? '' : 's'}
            {t.event_id ? (
              <>
                {' · '}
                <Link to={`/events/${encodeURIComponent(t.event_id)}`}>event</Link>
              </>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  )
}
