import { useCallback, useEffect, useRef, useState } from 'react'
import { api, type ImportStatus } from '../../api/client'

export type ImportRun =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running' | 'finished'; status: ImportStatus; pollError: unknown }
  | { phase: 'error'; error: unknown }

const POLL_MS = 500

/** Starts an import and polls its status every 500 ms until it is no longer running. */
export function useImport(): {
  run: ImportRun
  start: (begin: () => Promise<ImportStatus>) => void
} {
  const [run, setRun] = useState<ImportRun>({ phase: 'idle' })
  // One poll loop at a time: a new start or leaving the page ends the previous one.
  const generation = useRef(0)

  useEffect(
    () => () => {
      generation.current++
    },
    [],
  )

  const poll = useCallback((id: string, gen: number) => {
    window.setTimeout(() => {
      if (gen !== generation.current) return
      api.importStatus(id).then(
        (status) => {
          if (gen !== generation.current) return
          const phase = status.status === 'running' ? 'running' : 'finished'
          setRun({ phase, status, pollError: null })
          if (phase === 'running') poll(id, gen)
        },
        (pollError: unknown) => {
          if (gen !== generation.current) return
          // A failed poll is shown and retried: the import goes on in the server regardless.
          setRun((r) => (r.phase === 'running' ? { ...r, pollError } : r))
          poll(id, gen)
        },
      )
    }, POLL_MS)
  }, [])

  const start = useCallback(
    (begin: () => Promise<ImportStatus>) => {
      const gen = ++generation.current
      setRun({ phase: 'starting' })
      begin().then(
        (status) => {
          if (gen !== generation.current) return
          const phase = status.status === 'running' ? 'running' : 'finished'
          setRun({ phase, status, pollError: null })
          if (phase === 'running') poll(status.id, gen)
        },
        (error: unknown) => gen === generation.current && setRun({ phase: 'error', error }),
      )
    },
    [poll],
  )
  return { run, start }
}
