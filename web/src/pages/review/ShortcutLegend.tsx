export const SHORTCUTS = [
  { keys: ['a'], action: 'accept', short: 'accept' },
  { keys: ['r'], action: 'reject', short: 'reject' },
  { keys: ['e'], action: 'edit phase, certainty, categories', short: 'edit' },
  { keys: ['j', '→'], action: 'next event', short: 'next' },
  { keys: ['k', '←'], action: 'previous event', short: 'previous' },
  { keys: ['?'], action: 'this help', short: 'help' },
] as const

/** The always-visible one-line legend of the queue's keys. */
export function ShortcutLegend() {
  return (
    <div className="shortcut-legend" data-testid="shortcut-legend">
      {SHORTCUTS.map((s) => (
        <span key={s.action}>
          {s.keys.map((k) => (
            <kbd key={k}>{k}</kbd>
          ))}{' '}
          {s.short}
        </span>
      ))}
    </div>
  )
}

/** The full help, opened with "?". */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="help-backdrop" onClick={onClose}>
      <div
        className="help"
        role="dialog"
        aria-label="Keyboard shortcuts"
        data-testid="shortcut-help"
        onClick={(e) => e.stopPropagation()}
      >
        <h2>Keyboard shortcuts</h2>
        <table className="table">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <td className="nowrap">
                  {s.keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </td>
                <td>{s.action}</td>
              </tr>
            ))}
            <tr>
              <td>
                <kbd>Esc</kbd>
              </td>
              <td>close this help, cancel an edit</td>
            </tr>
          </tbody>
        </table>
        <p className="muted">
          Keys do nothing while you type in a field. A decision moves on to the next event.
        </p>
        <button type="button" className="btn" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </div>
  )
}
