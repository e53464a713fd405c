import { useEffect, useState } from 'react'
import { api } from '../../api/client'
import { pairName } from '../../components/format'

// An import of a big feed can touch hundreds of events; name the first ones, a few at a time.
const MAX_NAMED = 200
const AT_ONCE = 6

/** "Supplier → Recipient" for each event id, filled in as the events arrive. */
export function useEventNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map())
  const key = ids.slice(0, MAX_NAMED).join(',')

  useEffect(() => {
    let alive = true
    const todo = key ? key.split(',') : []
    const next = async () => {
      while (alive && todo.length > 0) {
        const id = todo.shift()
        if (id === undefined) return
        try {
          const e = await api.event(id)
          if (alive) setNames((m) => new Map(m).set(id, pairName(e.supplier, e.recipient)))
        } catch {
          // The link still works with the bare id.
        }
      }
    }
    for (let i = 0; i < AT_ONCE; i++) void next()
    return () => {
      alive = false
    }
  }, [key])
  return names
}
