import { api } from '../../api/client'
import type { Filters } from '../../filters'

const FORMATS = [
  { format: 'csv', label: 'CSV', note: 'one row per event' },
  { format: 'jsonl', label: 'JSON lines', note: 'events with their documents' },
  { format: 'graphml', label: 'GraphML', note: 'for yEd, Gephi' },
  { format: 'gexf', label: 'GEXF', note: 'for Gephi' },
  { format: 'register', label: 'Register', note: 'arms-register style table' },
] as const

/** Downloads of the events that match the current filters. */
export function ExportMenu({ filters }: { filters: Filters }) {
  return (
    <details className="menu" data-testid="export-menu">
      <summary className="btn btn-small">Export ▾</summary>
      <ul className="menu-list">
        {FORMATS.map((f) => (
          <li key={f.format}>
            <a href={api.exportUrl(filters, f.format)} download data-testid={`export-${f.format}`}>
              {f.label} <span className="muted">{f.note}</span>
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
