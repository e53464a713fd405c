import { useCallback, useEffect, useRef, useState } from 'react'

export type Resource<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'done'; data: T }

/**
 * Loads `load()` whenever `key` changes and drops answers that arrive after a newer request, so a
 * fast filter change never shows the previous filter's data.
 */
export function useResource<T>(
  key: string,
  load: () => Promise<T>,
): [Resource<T>, () => void, (data: T) => void] {
  const [state, setState] = useState<{ key: string; tick: number; res: Resource<T> }>({
    key,
    tick: 0,
    res: { status: 'loading' },
  })
  const [tick, setTick] = useState(0)
  // The loader closes over the key's inputs; the key alone decides when to reload.
  const loader = useRef(load)
  loader.current = load

  useEffect(() => {
    let alive = true
    setState({ key, tick, res: { status: 'loading' } })
    loader.current().then(
      (data) => alive && setState({ key, tick, res: { status: 'done', data } }),
      (error: unknown) => alive && setState({ key, tick, res: { status: 'error', error } }),
    )
    return () => {
      alive = false
    }
  }, [key, tick, loader])

  const reload = useCallback(() => setTick((t) => t + 1), [])
  const replace = useCallback(
    (data: T) => setState((s) => ({ ...s, res: { status: 'done', data } })),
    [],
  )
  // Until the effect has run for a new key, the old data belongs to another request.
  const res: Resource<T> =
    state.key === key && state.tick === tick ? state.res : { status: 'loading' }
  return [res, reload, replace]
}
