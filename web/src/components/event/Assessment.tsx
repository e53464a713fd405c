import type { Violation } from '../../api/types'
import { isUrl } from '../format'

/** The event's UN/EU arms-embargo assessment, each finding with its reason and source. */
export function Assessment({ assessment }: { assessment: readonly Violation[] }) {
  return (
    <section className="panel" data-testid="assessment">
      <h2>Embargo assessment</h2>
      {assessment.length === 0 ? (
        <p className="muted">
          No binding UN or EU arms embargo applies to this flow over its window.
        </p>
      ) : (
        <ul className="violations">
          {assessment.map((v) => (
            <li key={`${v.body}|${v.provision}`} className={`violation violation-${v.status}`}>
              <div className="violation-head">
                <span className={`badge embargo-${v.status}`}>
                  {v.body} {v.status}
                </span>
                <strong>{v.instrument}</strong>
                <span className="muted">{v.provision}</span>
                {v.disputed ? (
                  <span className="badge disputed" title="The measure's validity is disputed">
                    disputed
                  </span>
                ) : null}
              </div>
              <p className="reason">{v.reason}</p>
              <div className="source muted">
                Source:{' '}
                {isUrl(v.source) ? (
                  <a href={v.source} target="_blank" rel="noreferrer noopener">
                    {v.source}
                  </a>
                ) : (
                  <cite>{v.source}</cite>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
