import { Link } from '../components/Link'

/** Any path the dashboard does not know. */
export function NotFoundPage({ path }: { path: string }) {
  return (
    <section className="page" data-testid="page-not-found">
      <div className="page-head">
        <h1>Not found</h1>
      </div>
      <p>
        There is no page at <code>{path}</code>.
      </p>
      <p>
        Go to the <Link to="/network">network</Link>, the <Link to="/events">events</Link> or the{' '}
        <Link to="/review">review queue</Link>.
      </p>
    </section>
  )
}
