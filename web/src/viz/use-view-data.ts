import { useEffect, useState } from 'react'
import { ApiError } from '../api/client'

export type ViewData<T> =
  | { status: 'loading'; data: null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: null; error: string }

const LOADING = { status: 'loading', data: null, error: null } as const

/**
 * Fetches a view's data whenever `key` changes (the query string it depends on). A response that
 * arrives after the key moved on is dropped, so a slow answer to an old filter never overwrites
 * the answer to the current one.
 */
export function useViewData<T>(key: string, load: () => Promise<T>): ViewData<T> {
  const [state, setState] = useState<{ key: string; value: ViewData<T> }>({ key, value: LOADING })
  useEffect(() => {
    let isCurrent = true
    load().then(
      (data) => {
        if (isCurrent) setState({ key, value: { status: 'ready', data, error: null } })
      },
      (err: unknown) => {
        if (isCurrent)
          setState({ key, value: { status: 'error', data: null, error: messageOf(err) } })
      },
    )
    return () => {
      isCurrent = false
    }
    // `load` is a fresh closure on every render; `key` says when it asks for something new.
  }, [key])
  // Until the effect has answered for this key, what we hold belongs to the previous one.
  return state.key === key ? state.value : LOADING
}

function messageOf(err: unknown): string {
  if (err instanceof ApiError) return err.message
  if (err instanceof Error) return err.message
  return String(err)
}
