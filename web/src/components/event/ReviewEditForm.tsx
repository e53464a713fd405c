import { useState } from 'react'
import type { Category, Certainty, EventSummary, Phase } from '../../api/types'
import { CATEGORIES, CERTAINTIES, PHASES, labelOf } from '../vocab'
import type { ReviewEdits } from './use-review'

export interface ReviewEditFormProps {
  event: EventSummary
  busy: boolean
  onSave: (edits: ReviewEdits) => void
  onCancel: () => void
}

/** The analyst's correction of phase, certainty and categories; starts from the current values. */
export function ReviewEditForm({ event, busy, onSave, onCancel }: ReviewEditFormProps) {
  const [phase, setPhase] = useState<Phase>(event.phase)
  const [certainty, setCertainty] = useState<Certainty>(event.certainty)
  const [categories, setCategories] = useState<Category[]>(event.categories)
  const toggle = (c: Category) =>
    setCategories((cs) =>
      cs.includes(c)
        ? cs.filter((x) => x !== c)
        : CATEGORIES.filter((x) => x === c || cs.includes(x)),
    )
  return (
    <form
      className="edit-form"
      data-testid="review-edit-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (categories.length > 0) onSave({ phase, certainty, categories })
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel()
      }}
    >
      <div className="edit-row">
        <label>
          Phase{' '}
          <select
            className="select"
            data-testid="edit-phase"
            value={phase}
            autoFocus
            onChange={(e) => setPhase(PHASES.find((p) => p === e.target.value) ?? phase)}
          >
            {PHASES.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          Certainty{' '}
          <select
            className="select"
            data-testid="edit-certainty"
            value={certainty}
            onChange={(e) =>
              setCertainty(CERTAINTIES.find((c) => c === e.target.value) ?? certainty)
            }
          >
            {CERTAINTIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="edit-categories" data-testid="edit-categories">
        <legend>Categories</legend>
        {CATEGORIES.map((c) => (
          <label key={c} className="check">
            <input
              type="checkbox"
              checked={categories.includes(c)}
              onChange={() => toggle(c)}
              value={c}
            />
            {labelOf(c)}
          </label>
        ))}
      </fieldset>
      {categories.length === 0 ? <p className="field-error">Pick at least one category.</p> : null}
      <div className="edit-row">
        <button
          type="submit"
          className="btn btn-primary"
          data-testid="review-save"
          disabled={busy || categories.length === 0}
        >
          Save edit
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
