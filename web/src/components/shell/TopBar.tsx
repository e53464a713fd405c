import { Link } from '../Link'

const NAV = [
  { to: '/network', label: 'Network' },
  { to: '/map', label: 'Map' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/events', label: 'Events' },
  { to: '/review', label: 'Review' },
  { to: '/ingest', label: 'Ingest' },
] as const

/** Product name, the main navigation (links keep the current filters), and who is signed in. */
export function TopBar({
  path,
  who,
  signOut,
}: {
  path: string
  who: string
  signOut: (() => void) | null
}) {
  return (
    <header className="top-bar">
      <Link to="/network" className="brand">
        armsgraph
      </Link>
      <nav className="nav" aria-label="Main">
        {NAV.map((n) => {
          const active = path === n.to || path.startsWith(`${n.to}/`)
          return (
            <Link
              key={n.to}
              to={n.to}
              className={active ? 'nav-link active' : 'nav-link'}
              aria-current={active ? 'page' : undefined}
              data-testid={`nav-${n.to.slice(1)}`}
            >
              {n.label}
            </Link>
          )
        })}
      </nav>
      <div className="who" data-testid="who">
        <span>{who}</span>
        {signOut ? (
          <button type="button" className="sign-out" onClick={signOut} data-testid="sign-out">
            Sign out
          </button>
        ) : null}
      </div>
    </header>
  )
}
