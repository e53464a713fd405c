import { useCallback, useState } from 'react'
import { api } from '../../api/client'
import type { Category, Certainty, EventDetail, Phase, ReviewStatus } from '../../api/types'

export interface ReviewEdits {
  phase: Phase
  certainty: Certainty
  categories: Category[]
}

export interface ReviewController {
  note: string
  setNote: (note: string) => void
  reviewer: string
  setReviewer: (name: string) => void
  editing: boolean
  setEditing: (editing: boolean) => void
  busy: boolean
  error: unknown
  /** Posts the decision; resolves with the updated event, or null when it failed. */
  decide: (status: ReviewStatus, edits?: ReviewEdits) => Promise<EventDetail | null>
}

// The analyst's name is typed once per browser, not once per decision.
const REVIEWER_KEY = 'armsgraph.reviewer'

function storedReviewer(): string {
  try {
    return window.localStorage.getItem(REVIEWER_KEY) ?? ''
  } catch {
    return ''
  }
}

/** The state behind a review panel, shared with the review queue's keyboard shortcuts. */
export function useReview(
  event: EventDetail | null,
  onReviewed: (updated: EventDetail, status: ReviewStatus) => void,
): ReviewController {
  const [note, setNote] = useState('')
  const [reviewer, setReviewerState] = useState(storedReviewer)
  const [editing, setEditing] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)

  const setReviewer = useCallback((name: string) => {
    setReviewerState(name)
    try {
      window.localStorage.setItem(REVIEWER_KEY, name)
    } catch {
      // Private mode: the name lasts for this page only.
    }
  }, [])

  const decide = useCallback(
    async (status: ReviewStatus, edits?: ReviewEdits) => {
      if (!event || busy) return null
      setBusy(true)
      setError(null)
      try {
        const updated = await api.review(event.id, {
          status,
          note: note.trim() || undefined,
          reviewer: reviewer.trim() || undefined,
          edits: status === 'edited' ? edits : undefined,
        })
        setNote('')
        setEditing(false)
        onReviewed(updated, status)
        return updated
      } catch (e) {
        setError(e)
        return null
      } finally {
        setBusy(false)
      }
    },
    [event, busy, note, reviewer, onReviewed],
  )

  return { note, setNote, reviewer, setReviewer, editing, setEditing, busy, error, decide }
}
