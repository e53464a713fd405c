import { useCallback, useSyncExternalStore } from 'react'
import { filtersFrom, queryOf } from './filters'

/**
 * A tiny router over the history API: the location is the path plus the query string, and
 * every navigation is a pushState that re-renders the subscribers. No router library, since the
 * app has six routes and keeps all of its state (filters, sort) in the URL.
 */

export interface AppLocation {
  path: string
  /** The query string without "?". */
  search: string
}

const listeners = new Set<() => void>()

function notify(): void {
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  if (listeners.size === 1) window.addEventListener('popstate', notify)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('popstate', notify)
  }
}

// A string snapshot, so useSyncExternalStore compares by value and never loops.
function snapshot(): string {
  return window.location.pathname + window.location.search
}

function parse(href: string): AppLocation {
  const q = href.indexOf('?')
  return q < 0 ? { path: href, search: '' } : { path: href.slice(0, q), search: href.slice(q + 1) }
}

/** Goes to an app href ("/events?supplier=KP"); `replace` rewrites the current history entry. */
export function go(href: string, replace = false): void {
  if (href === snapshot()) return
  if (replace) window.history.replaceState(null, '', href)
  else window.history.pushState(null, '', href)
  window.scrollTo(0, 0)
  notify()
}

/**
 * The href for `to`: a target with its own query is taken as it is, otherwise the current
 * filters ride along, so moving between views keeps what the analyst has narrowed down to.
 */
export function resolveHref(to: string, currentSearch: string): string {
  if (to.includes('?')) return to
  const query = queryOf(filtersFrom(currentSearch))
  return query ? `${to}?${query}` : to
}

export function useLocation(): AppLocation {
  return parse(useSyncExternalStore(subscribe, snapshot))
}

/** `navigate(to)` with the same filter-keeping rule as links. */
export function useNavigate(): (to: string, replace?: boolean) => void {
  const { search } = useLocation()
  return useCallback((to, replace = false) => go(resolveHref(to, search), replace), [search])
}

/**
 * Matches "/events/:id" against a path; returns the decoded parameters, or null.
 * @example matchPath('/events/:id', '/events/KP-RU-1') // { id: 'KP-RU-1' }
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean)
  const got = path.split('/').filter(Boolean)
  if (want.length !== got.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? ''
    const g = got[i] ?? ''
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g)
      } catch {
        return null
      }
    } else if (w !== g) return null
  }
  return params
}
