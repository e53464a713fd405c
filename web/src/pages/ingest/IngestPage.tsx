import { ErrorNote, Loading } from '../../components/States'
import { ImportResult } from './ImportResult'
import { IngestForm } from './IngestForm'
import { useImport } from './use-import'

/** `/ingest`: add documents from the dashboard and see what the extractor made of them. */
export function IngestPage() {
  const { run, start } = useImport()
  const busy = run.phase === 'starting' || run.phase === 'running'
  return (
    <section className="page" data-testid="page-ingest">
      <div className="page-head">
        <h1>Ingest</h1>
        <span className="muted">Documents already stored are recognised and skipped.</span>
      </div>
      <IngestForm busy={busy} onStart={start} />
      {run.phase === 'idle' ? null : (
        <div className="ingest-result" data-testid="ingest-result" aria-live="polite">
          {run.phase === 'starting' ? <Loading what="Starting the import" /> : null}
          {run.phase === 'error' ? <ErrorNote error={run.error} /> : null}
          {run.phase === 'running' || run.phase === 'finished' ? (
            <ImportResult status={run.status} pollError={run.pollError} />
          ) : null}
        </div>
      )}
    </section>
  )
}
