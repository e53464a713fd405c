import { useCallback, useEffect, useState } from 'react'
import { api, UNAUTHORIZED_EVENT, type Me } from '../../api/client'

export type Session =
  | { state: 'checking' }
  | { state: 'signed-out'; reason: string | null }
  | { state: 'ready'; me: Me }

/**
 * Whether the dashboard may show data: signed in with a token, or the server reads publicly.
 * Any 401 afterwards (expired session, revoked token) sends the user back to sign in.
 */
export function useSession(): { session: Session; refresh: () => void; signOut: () => void } {
  const [session, setSession] = useState<Session>({ state: 'checking' })
  const refresh = useCallback(() => {
    api
      .me()
      .then((me) =>
        setSession(
          me.authenticated || me.public_read
            ? { state: 'ready', me }
            : { state: 'signed-out', reason: null },
        ),
      )
      .catch((e: unknown) =>
        setSession({ state: 'signed-out', reason: e instanceof Error ? e.message : String(e) }),
      )
  }, [])
  useEffect(refresh, [refresh])
  useEffect(() => {
    const onUnauthorized = () =>
      setSession((s) =>
        s.state === 'ready' && !s.me.public_read
          ? { state: 'signed-out', reason: 'Your session has ended: sign in again.' }
          : s,
      )
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized)
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized)
  }, [])
  const signOut = useCallback(() => {
    void api.signOut().then(() => setSession({ state: 'signed-out', reason: null }))
  }, [])
  return { session, refresh, signOut }
}
