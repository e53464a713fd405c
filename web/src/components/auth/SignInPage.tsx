import { useState, type FormEvent } from 'react'
import { api, ApiError } from '../../api/client'

/** Asks for an API token (from `armsgraph token create`) and opens a session with it. */
export function SignInPage({
  reason,
  onSignedIn,
}: {
  reason: string | null
  onSignedIn: () => void
}) {
  const [token, setToken] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    setError(null)
    api
      .signIn(token.trim())
      .then(() => {
        setToken('')
        onSignedIn()
      })
      .catch((err: unknown) => setError(err instanceof ApiError ? err.message : String(err)))
      .finally(() => setBusy(false))
  }
  return (
    <main className="sign-in" data-testid="page-sign-in">
      <form className="sign-in-card" onSubmit={submit}>
        <h1>armsgraph</h1>
        <p>Sign in with an API token. An administrator creates one with</p>
        <pre>armsgraph token create --role analyst --name "your name"</pre>
        {reason ? <p className="notice">{reason}</p> : null}
        <label>
          Token
          <input
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
            data-testid="sign-in-token"
            autoFocus
          />
        </label>
        {error ? (
          <p className="error" role="alert" data-testid="error">
            {error}
          </p>
        ) : null}
        <button type="submit" disabled={busy || token.trim() === ''} data-testid="sign-in-submit">
          Sign in
        </button>
      </form>
    </main>
  )
}
