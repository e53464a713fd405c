import type { ReactNode } from 'react'
import { ApiError } from '../api/client'

/** The page-level loading, error and empty states the end-to-end tests look for. */

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <div className="state state-loading" data-testid="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {what}…
    </div>
  )
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError) return `${error.message} (${error.code})`
  if (error instanceof Error) return error.message
  return String(error)
}

export function ErrorNote({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div className="state state-error" data-testid="error" role="alert">
      <strong>Error.</strong> {messageOf(error)}
      {retry ? (
        <button type="button" className="btn btn-small" onClick={retry}>
          Retry
        </button>
      ) : null}
    </div>
  )
}

export function Empty({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="state state-empty" data-testid="empty">
      <span>{children}</span>
      {action}
    </div>
  )
}
