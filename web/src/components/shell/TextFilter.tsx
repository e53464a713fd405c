import { useEffect, useState } from 'react'

export interface TextFilterProps {
  id: string
  value: string
  placeholder: string
  /** Whether a typed value may go into the URL (an invalid one is shown, not sent). */
  isValid: (value: string) => boolean
  onCommit: (value: string) => void
  inputMode?: 'numeric' | 'text'
  width?: string
  title?: string
}

// A pause long enough not to fire a request per keystroke while typing "2023-10".
const SETTLE_MS = 600

/**
 * A typed filter: it goes into the URL on Enter, on blur, or after a short pause, and only when
 * valid, so half-typed dates never reach the API.
 */
export function TextFilter(props: TextFilterProps) {
  const { value, isValid, onCommit } = props
  const [draft, setDraft] = useState(value)
  // Follow the URL (back, forward, clear) but not our own commit, which would reset the caret
  // while the analyst goes on typing "2023" → "2023-10".
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    setSeen(value)
    if (draft.trim() !== value) setDraft(value)
  }
  const valid = draft.trim() === '' || isValid(draft.trim())

  useEffect(() => {
    if (draft.trim() === value || !valid) return
    const t = window.setTimeout(() => onCommit(draft.trim()), SETTLE_MS)
    return () => window.clearTimeout(t)
  }, [draft, value, valid, onCommit])

  const commit = () => {
    if (valid && draft.trim() !== value) onCommit(draft.trim())
  }
  return (
    <input
      id={props.id}
      data-testid={props.id}
      className={valid ? 'input' : 'input invalid'}
      style={props.width ? { width: props.width } : undefined}
      value={draft}
      placeholder={props.placeholder}
      inputMode={props.inputMode}
      title={props.title}
      aria-invalid={!valid}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit()
        if (e.key === 'Escape') setDraft(value)
      }}
    />
  )
}
