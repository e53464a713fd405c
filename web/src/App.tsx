import { useCallback, useEffect, useMemo, type ReactNode } from 'react'
import { SignInPage } from './components/auth/SignInPage'
import { useSession } from './components/auth/use-session'
import { CLEAR_FILTERS } from './components/clear-filters'
import { FilterBar } from './components/shell/FilterBar'
import { TopBar } from './components/shell/TopBar'
import { FILTER_KEYS, filtersFrom, queryOf, withFilters, type FilterKey } from './filters'
import { DocumentPage } from './pages/document/DocumentPage'
import { EventPage } from './pages/EventPage'
import { EventsPage } from './pages/events/EventsPage'
import { IngestPage } from './pages/ingest/IngestPage'
import { NotFoundPage } from './pages/NotFoundPage'
import { ReviewPage } from './pages/review/ReviewPage'
import { go, matchPath, useLocation, useNavigate } from './router'
import type { ViewProps } from './view-props'
import { MapView } from './views/MapView'
import { NetworkView } from './views/NetworkView'
import { TimelineView } from './views/TimelineView'

interface Route {
  pattern: string
  title: string
  render: (props: ViewProps, params: Record<string, string>) => ReactNode
}

const ROUTES: readonly Route[] = [
  { pattern: '/network', title: 'Network', render: (p) => <NetworkView {...p} /> },
  { pattern: '/map', title: 'Map', render: (p) => <MapView {...p} /> },
  { pattern: '/timeline', title: 'Timeline', render: (p) => <TimelineView {...p} /> },
  { pattern: '/events', title: 'Events', render: (p) => <EventsPage {...p} /> },
  {
    pattern: '/events/:id',
    title: 'Event',
    render: (_p, { id = '' }) => <EventPage key={id} id={id} />,
  },
  {
    pattern: '/documents/:id',
    title: 'Document',
    render: (_p, { id = '' }) => <DocumentPage key={id} id={id} />,
  },
  { pattern: '/review', title: 'Review', render: (p) => <ReviewPage {...p} /> },
  { pattern: '/ingest', title: 'Ingest', render: () => <IngestPage /> },
]

function matchRoute(path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, path)
    if (params) return { route, params }
  }
  return null
}

/** The query with the filters replaced and any other parameter (such as sort) kept. */
function queryWith(search: string, patch: Partial<Record<FilterKey, string | undefined>>): string {
  const params = new URLSearchParams(search)
  const others: Record<string, string> = {}
  for (const [k, v] of params) if (!(FILTER_KEYS as readonly string[]).includes(k)) others[k] = v
  return queryOf(withFilters(filtersFrom(params), patch), others)
}

/** Signs in first when the server needs a token, then the shell. */
export function App() {
  const { session, refresh, signOut } = useSession()
  if (session.state === 'checking') {
    return (
      <div className="loading" data-testid="loading">
        Loading…
      </div>
    )
  }
  if (session.state === 'signed-out') {
    return <SignInPage reason={session.reason} onSignedIn={refresh} />
  }
  const me = session.me.token
  return (
    <Shell
      who={me ? `${me.name} · ${me.role}` : 'public read-only'}
      signOut={me ? signOut : null}
    />
  )
}

/** The shell: top bar, filter bar, and the view of the current path. */
function Shell({ who, signOut }: { who: string; signOut: (() => void) | null }) {
  const { path, search } = useLocation()
  const navigate = useNavigate()
  const filters = useMemo(() => filtersFrom(search), [search])
  const setFilters = useCallback(
    (patch: Partial<Record<FilterKey, string | undefined>>) => {
      const query = queryWith(search, patch)
      go(query ? `${path}?${query}` : path)
    },
    [path, search],
  )
  const clear = useCallback(() => setFilters(CLEAR_FILTERS), [setFilters])
  // matchPath ignores empty segments, so "/events/" is "/events" and "//" is the root.
  const isRoot = path.split('/').every((s) => s === '')
  const match = isRoot ? null : matchRoute(path)

  // "/" has no view of its own; the network is the landing page. Replace, so Back leaves the app.
  useEffect(() => {
    if (isRoot) go(`/network${search ? `?${search}` : ''}`, true)
  }, [isRoot, search])

  useEffect(() => {
    const title = match?.route.title
    document.title = title ? `${title} · armsgraph` : 'armsgraph'
  }, [match?.route.title])

  const props: ViewProps = { filters, setFilters, navigate }
  return (
    <div className="app">
      <TopBar path={path} who={who} signOut={signOut} />
      <FilterBar filters={filters} setFilters={setFilters} clear={clear} />
      <main className="main">
        {isRoot ? null : match ? (
          match.route.render(props, match.params)
        ) : (
          <NotFoundPage path={path} />
        )}
      </main>
    </div>
  )
}
