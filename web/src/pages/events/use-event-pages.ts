import { useCallback, useEffect, useState } from 'react'
import { api, type EventSort } from '../../api/client'
import type { EventJson } from '../../api/types'
import { queryOf, type Filters } from '../../filters'

export interface EventPages {
  status: 'loading' | 'error' | 'done'
  events: EventJson[]
  error: unknown
  nextCursor: string | null
  loadingMore: boolean
  moreError: unknown
  loadMore: () => void
  reload: () => void
}

interface State {
  key: string
  status: EventPages['status']
  events: EventJson[]
  error: unknown
  nextCursor: string | null
  loadingMore: boolean
  moreError: unknown
}

const PAGE = 50

const fresh = (key: string): State => ({
  key,
  status: 'loading',
  events: [],
  error: null,
  nextCursor: null,
  loadingMore: false,
  moreError: null,
})

/** The events table's pages: the first on every filter or sort change, more on demand. */
export function useEventPages(filters: Filters, sort: EventSort): EventPages {
  const key = `${queryOf(filters)}|${sort}`
  const [tick, setTick] = useState(0)
  const [state, setState] = useState<State>(() => fresh(key))

  useEffect(() => {
    let alive = true
    setState(fresh(key))
    api.events(filters, { sort, limit: PAGE }).then(
      (page) =>
        alive &&
        setState({
          ...fresh(key),
          status: 'done',
          events: page.events,
          nextCursor: page.next_cursor,
        }),
      (error: unknown) => alive && setState({ ...fresh(key), status: 'error', error }),
    )
    return () => {
      alive = false
    }
    // `key` stands for filters and sort, which are new objects on every render.
  }, [key, tick])

  const loadMore = useCallback(() => {
    const cursor = state.nextCursor
    if (!cursor || state.loadingMore || state.key !== key) return
    setState((s) => ({ ...s, loadingMore: true, moreError: null }))
    api.events(filters, { sort, limit: PAGE, cursor }).then(
      (page) =>
        setState((s) =>
          s.key === key
            ? {
                ...s,
                loadingMore: false,
                events: [...s.events, ...page.events],
                nextCursor: page.next_cursor,
              }
            : s,
        ),
      (moreError: unknown) =>
        setState((s) => (s.key === key ? { ...s, loadingMore: false, moreError } : s)),
    )
  }, [state.nextCursor, state.loadingMore, state.key, key, filters, sort])

  const reload = useCallback(() => setTick((t) => t + 1), [])
  const current = state.key === key ? state : fresh(key)
  return { ...current, loadMore, reload }
}
