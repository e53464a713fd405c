import { MENTION_KINDS, type MentionKind } from './reader-layers'

/** What the colours mean; each mention kind can be switched off to read the text plainly. */
export function Legend({
  hidden,
  toggle,
}: {
  hidden: ReadonlySet<MentionKind>
  toggle: (k: MentionKind) => void
}) {
  return (
    <div className="legend" aria-label="Legend">
      {MENTION_KINDS.map((k) => (
        <label key={k} className="legend-item">
          <input type="checkbox" checked={!hidden.has(k)} onChange={() => toggle(k)} />
          <mark className={`mention mention-${k}`}>{k}</mark>
        </label>
      ))}
      <span className="legend-item">
        <mark className="evidence">evidence</mark>
      </span>
    </div>
  )
}
