import type { ViewData } from './use-view-data'

export interface ViewStatusProps<T> {
  state: ViewData<T>
  /** Whether the data, once loaded, has nothing to draw. */
  isEmpty: (data: T) => boolean
}

/** Loading, error and empty states, the same in every view; null when there is something to draw. */
export function ViewStatus<T>({ state, isEmpty }: ViewStatusProps<T>) {
  if (state.status === 'loading')
    return (
      <p className="viz-status" data-testid="loading" role="status">
        Loading…
      </p>
    )
  if (state.status === 'error')
    return (
      <p className="viz-status viz-status-error" data-testid="error" role="alert">
        {state.error}
      </p>
    )
  if (isEmpty(state.data))
    return (
      <p className="viz-status" data-testid="empty">
        No events match these filters
      </p>
    )
  return null
}
