import type { ImportStatus } from '../../api/client'
import { Link } from '../../components/Link'
import { ErrorNote } from '../../components/States'
import { useEventNames } from './use-event-names'

function Progress({ status }: { status: ImportStatus }) {
  const running = status.status === 'running'
  const ratio = status.total ? Math.min(1, status.processed / status.total) : null
  return (
    <div className="import-progress" data-testid="ingest-progress" data-status={status.status}>
      <div className="import-counts">
        <span className={`badge import-${status.status}`}>{status.status}</span>
        <span>
          {status.processed}
          {status.total !== null ? ` / ${status.total}` : ''} read
        </span>
        <span>{status.added} added</span>
        <span>{status.skipped} already stored</span>
        <span className={status.failed > 0 ? 'text-bad' : undefined}>{status.failed} failed</span>
      </div>
      {running ? (
        <div
          className="progress-bar"
          role="progressbar"
          aria-valuenow={ratio === null ? undefined : Math.round(ratio * 100)}
        >
          <div
            className={ratio === null ? 'progress-fill indeterminate' : 'progress-fill'}
            style={ratio === null ? undefined : { width: `${ratio * 100}%` }}
          />
        </div>
      ) : null}
      {status.message ? (
        <p className={status.status === 'failed' ? 'text-bad' : 'muted'}>{status.message}</p>
      ) : null}
    </div>
  )
}

/** What an import did: counts while it runs, then its failures, documents and events. */
export function ImportResult({ status, pollError }: { status: ImportStatus; pollError: unknown }) {
  const names = useEventNames(status.status === 'running' ? [] : status.events)
  return (
    <>
      <Progress status={status} />
      {pollError ? <ErrorNote error={pollError} /> : null}
      {status.failures.length > 0 ? (
        <section className="panel">
          <h2>Failures</h2>
          <ul className="failures">
            {status.failures.map((f, i) => (
              <li key={`${f.origin}-${i}`}>
                <span className="mono">{f.origin}</span>: {f.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {status.status !== 'running' ? (
        <div className="import-lists">
          <section className="panel">
            <h2>
              Documents <span className="muted">({status.documents.length})</span>
            </h2>
            {status.documents.length === 0 ? (
              <p className="muted">No document was stored.</p>
            ) : (
              <ul className="doc-list">
                {status.documents.map((d) => (
                  <li key={d.id}>
                    <Link to={`/documents/${d.id}`} data-testid="ingest-document">
                      {d.title ?? d.id.slice(0, 12)}
                    </Link>{' '}
                    <span className={d.added ? 'badge added' : 'badge muted-badge'}>
                      {d.added ? 'new' : 'already stored'}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="panel">
            <h2>
              Events <span className="muted">({status.events.length})</span>
            </h2>
            {status.events.length === 0 ? (
              <p className="muted">No transfer found in these documents.</p>
            ) : (
              <ul className="doc-list">
                {status.events.map((id) => (
                  <li key={id}>
                    <Link
                      to={`/events/${encodeURIComponent(id)}`}
                      data-testid="ingest-event"
                      data-event-id={id}
                    >
                      {names.get(id) ?? id}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      ) : null}
    </>
  )
}
